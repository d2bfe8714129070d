/**
 * Checks the evidence components in a chapter's MDX before anything is rendered: every
 * <Rec>, <Figure>, <Chart>, <Records>, <Cite> and <Source> must name something that exists, with
 * literal props, or the build stops with `file:line:col` and a hint. The same scan lists what a
 * chapter cites, for its list of sources.
 *
 * This is a scanner for the small, literal component syntax the chapters use (self-closing tags
 * whose props are strings, numbers or arrays of strings), not a full MDX parser: it skips
 * frontmatter, fenced and inline code and MDX comments.
 */
import YAML from 'yaml';
import type { Problem } from '../problem';
import { didYouMean } from '../problem';
import { CHART_IDS } from '../../model/findings';
import { DENOMINATORS, FORMATS, MEASURES, STATS } from '../../model/recommendation-evidence';

/** The components authors may use in chapters (passed to <Content components={…} />). */
export const MDX_COMPONENTS = ['Rec', 'Figure', 'Chart', 'Records', 'Cite', 'Source'] as const;
export type MdxComponent = (typeof MDX_COMPONENTS)[number];

export type PropValue = string | number | boolean | string[];
export interface Usage {
	component: string;
	props: Record<string, PropValue>;
	line: number;
	col: number;
}
interface ScanProblem {
	line: number;
	col: number;
	message: string;
	hint: string;
}

/** Replaces everything but newlines in [start, end) with spaces, so offsets keep their lines. */
function blank(chars: string[], start: number, end: number) {
	for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/** Frontmatter, fenced code, inline code and {/* comments *\/} masked out. */
export function maskNonJsx(text: string): string {
	const chars = [...text];
	const s = text;
	const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(s);
	if (fm) blank(chars, 0, fm[0].length);
	for (const m of s.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm))
		blank(chars, m.index, m.index + m[0].length);
	for (const m of s.matchAll(/\{\/\*[\s\S]*?\*\/\}/g)) blank(chars, m.index, m.index + m[0].length);
	const masked = chars.join('');
	const out = [...masked];
	for (const m of masked.matchAll(/`[^`\n]+`/g)) blank(out, m.index, m.index + m[0].length);
	return out.join('');
}

function lineCol(text: string, index: number): { line: number; col: number } {
	let line = 1;
	let last = -1;
	for (let i = 0; i < index; i++)
		if (text.charCodeAt(i) === 10) {
			line++;
			last = i;
		}
	return { line, col: index - last };
}

/** Parses a literal expression: number, string, boolean or array of strings. */
export function parseLiteral(expr: string): PropValue | undefined {
	const e = expr.trim();
	if (/^-?[0-9]+(?:\.[0-9]+)?$/.test(e)) return Number(e);
	if (e === 'true' || e === 'false') return e === 'true';
	const str = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')$/.exec(e);
	if (str) return (str[1] ?? str[2] ?? '').replace(/\\(.)/g, '$1');
	if (e.startsWith('[') && e.endsWith(']')) {
		const inner = e.slice(1, -1);
		const items: string[] = [];
		const rest = inner.replace(
			/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g,
			(_, a: string | undefined, b: string | undefined) => {
				items.push((a ?? b ?? '').replace(/\\(.)/g, '$1'));
				return '';
			},
		);
		if (/^[\s,]*$/.test(rest)) return items;
	}
	return undefined;
}

/** Every capitalised JSX tag in the text, with its literal props. */
export function scanMdx(text: string): { usages: Usage[]; problems: ScanProblem[] } {
	const masked = maskNonJsx(text);
	const usages: Usage[] = [];
	const problems: ScanProblem[] = [];
	const tag = /<([A-Z][A-Za-z0-9]*)(?=[\s/>])/g;
	for (let m = tag.exec(masked); m; m = tag.exec(masked)) {
		const start = m.index;
		const { line, col } = lineCol(masked, start);
		// Read the attribute list up to the closing > (outside quotes and braces).
		let i = start + m[0].length;
		let depth = 0;
		let quote = '';
		for (; i < masked.length; i++) {
			const ch = masked[i]!;
			if (quote) {
				if (ch === quote && masked[i - 1] !== '\\') quote = '';
			} else if (ch === '"' || ch === "'") quote = ch;
			else if (ch === '{') depth++;
			else if (ch === '}') depth--;
			else if (ch === '>' && depth === 0) break;
		}
		const attrText = masked.slice(start + m[0].length, i).replace(/\/\s*$/, '');
		const props: Record<string, PropValue> = {};
		const attr =
			/([A-Za-z_][A-Za-z0-9_-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\}))?/g;
		let consumed = '';
		for (let a = attr.exec(attrText); a; a = attr.exec(attrText)) {
			consumed += a[0];
			const name = a[1]!;
			if (a[2] !== undefined || a[3] !== undefined) props[name] = a[2] ?? a[3]!;
			else if (a[4] !== undefined) {
				const v = parseLiteral(a[4]);
				if (v === undefined)
					problems.push({
						line,
						col,
						message: `<${m[1]} ${name}={${a[4].trim()}}>: the value is not a literal`,
						hint: 'write a string, a number or a list of strings, e.g. ids={["global/take-it-down"]}, so the reference can be checked',
					});
				else props[name] = v;
			} else props[name] = true;
		}
		if (attrText.replace(/\s+/g, '').length !== consumed.replace(/\s+/g, '').length)
			problems.push({
				line,
				col,
				message: `<${m[1]}>: could not read its props`,
				hint: 'write props as name="value" or name={["a", "b"]}',
			});
		usages.push({ component: m[1]!, props, line, col });
		tag.lastIndex = i;
	}
	return { usages, problems };
}

/** What a chapter's references may point at. */
export interface Knowledge {
	recIds: Set<string>;
	figureIds: Set<string>;
	sourceIds: Set<string>;
	recordIds: Set<string>;
	resourceTypes: readonly string[];
	countryCodes: Set<string>;
	areas: readonly string[];
	indicatorIds: readonly string[];
	/** Recommendation ids by stakeholder, to check a chapter shows all of its own. */
	recsByStakeholder: Map<string, string[]>;
	/** Figure id → the reference it was read in. */
	figureSource: Map<string, string>;
}

/** What a chapter cites, in order of first appearance. */
export interface ChapterRefs {
	recs: string[];
	figures: string[];
	sources: string[];
	records: string[];
	indicators: string[];
	/** Findings charts embedded. */
	charts: string[];
}

type Rule = {
	required?: boolean;
	kind: 'string' | 'number' | 'strings';
	/** For numbers: the whole numbers allowed, from and to (a heading level, a count). */
	range?: readonly [number, number];
	/** A value to suggest in the hint (the component's default). */
	example?: number;
	oneOf?: (k: Knowledge) => readonly string[] | Set<string>;
	what?: string;
};
const RULES: Record<MdxComponent, Record<string, Rule>> = {
	Rec: {
		id: { required: true, kind: 'string', oneOf: (k) => k.recIds, what: 'recommendation' },
		level: { kind: 'number', range: [1, 4], example: 3, what: 'heading level' },
	},
	Figure: {
		indicator: { kind: 'string', oneOf: (k) => k.indicatorIds, what: 'indicator' },
		stat: { kind: 'string', oneOf: () => STATS, what: 'stat' },
		area: { kind: 'string', oneOf: (k) => k.areas, what: 'area' },
		measure: { kind: 'string', oneOf: () => MEASURES, what: 'measure' },
		format: { kind: 'string', oneOf: () => FORMATS, what: 'format' },
		of: { kind: 'string', oneOf: () => DENOMINATORS, what: 'denominator' },
	},
	Chart: {
		indicator: { kind: 'string', oneOf: (k) => k.indicatorIds, what: 'indicator' },
		findings: { kind: 'string', oneOf: () => CHART_IDS, what: 'findings chart' },
		by: { kind: 'string', oneOf: () => ['region'], what: 'grouping' },
		level: { kind: 'number', range: [3, 4], what: 'heading level' },
	},
	Records: {
		ids: { kind: 'strings', oneOf: (k) => k.recordIds, what: 'record' },
		type: { kind: 'string', oneOf: (k) => k.resourceTypes, what: 'resource type' },
		country: { kind: 'string', oneOf: (k) => k.countryCodes, what: 'country code' },
		region: { kind: 'string', oneOf: (k) => k.areas, what: 'area' },
		limit: { kind: 'number', range: [1, 1000], what: 'number of records' },
	},
	Cite: {
		id: { required: true, kind: 'string', oneOf: (k) => k.figureIds, what: 'external figure' },
		with: { kind: 'string', oneOf: () => ['period'], what: 'addition' },
	},
	Source: {
		id: { required: true, kind: 'string', oneOf: (k) => k.sourceIds, what: 'reference' },
		at: { kind: 'string' },
	},
};

const has = (set: readonly string[] | Set<string>, v: string) =>
	set instanceof Set ? set.has(v) : set.includes(v);

/** Checks one chapter; `file` is the repository-relative path used in messages. */
export function checkChapter(
	file: string,
	text: string,
	k: Knowledge,
): { problems: Problem[]; refs: ChapterRefs } {
	const problems: Problem[] = [];
	const push = (line: number, col: number, field: string, message: string, hint: string) =>
		problems.push({
			file,
			line,
			col,
			field,
			message,
			hint,
			severity: 'error',
			rule: 'mdx-reference',
		});
	const refs: ChapterRefs = {
		recs: [],
		figures: [],
		sources: [],
		records: [],
		indicators: [],
		charts: [],
	};
	const add = (list: string[], v: string) => {
		if (!list.includes(v)) list.push(v);
	};
	const scan = scanMdx(text);
	for (const p of scan.problems) push(p.line, p.col, '(mdx)', p.message, p.hint);
	for (const u of scan.usages) {
		const rules = RULES[u.component as MdxComponent];
		const where = `<${u.component}>`;
		if (!rules) {
			const guess = didYouMean(u.component, MDX_COMPONENTS);
			push(
				u.line,
				u.col,
				u.component,
				`<${u.component}> is not a chapter component`,
				guess
					? `did you mean <${guess}>?`
					: `use one of ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
			);
			continue;
		}
		for (const [name, value] of Object.entries(u.props)) {
			const rule = rules[name];
			if (!rule) {
				const guess = didYouMean(name, Object.keys(rules));
				push(
					u.line,
					u.col,
					`${u.component}.${name}`,
					`${where} has no prop "${name}"`,
					guess ? `did you mean "${guess}"?` : `its props are ${Object.keys(rules).join(', ')}`,
				);
				continue;
			}
			const values = rule.kind === 'strings' ? value : [value];
			if (
				rule.kind === 'number'
					? typeof value !== 'number'
					: rule.kind === 'strings'
						? !Array.isArray(value)
						: typeof value !== 'string'
			) {
				push(
					u.line,
					u.col,
					`${u.component}.${name}`,
					`${where} ${name} should be ${rule.kind === 'number' ? 'a number' : rule.kind === 'strings' ? 'a list of strings' : 'a string'}`,
					rule.kind === 'strings'
						? `write ${name}={["…", "…"]}`
						: rule.kind === 'number'
							? `write ${name}={5}`
							: `write ${name}="…"`,
				);
				continue;
			}
			if (
				rule.range &&
				typeof value === 'number' &&
				!(Number.isInteger(value) && value >= rule.range[0] && value <= rule.range[1])
			) {
				push(
					u.line,
					u.col,
					`${u.component}.${name}`,
					`${where} ${name}={${value}} is not a ${rule.what ?? name} from ${rule.range[0]} to ${rule.range[1]}`,
					`write a whole number from ${rule.range[0]} to ${rule.range[1]}, e.g. ${name}={${rule.example ?? rule.range[0]}}`,
				);
				continue;
			}
			if (rule.oneOf && Array.isArray(values)) {
				const allowed = rule.oneOf(k);
				for (const v of values as string[]) {
					if (has(allowed, v)) continue;
					const list = [...allowed];
					const guess = didYouMean(v, list);
					push(
						u.line,
						u.col,
						`${u.component}.${name}`,
						`${where}: there is no ${rule.what} "${v}"`,
						guess
							? `did you mean "${guess}"?`
							: list.length <= 20
								? `use one of ${list.join(', ')}`
								: `check the spelling against the ${rule.what} list`,
					);
				}
			}
		}
		for (const [name, rule] of Object.entries(rules)) {
			if (rule.required && u.props[name] === undefined)
				push(
					u.line,
					u.col,
					`${u.component}.${name}`,
					`${where} needs ${name}="…"`,
					`add the ${rule.what ?? name}`,
				);
		}
		const p = u.props;
		if (u.component === 'Figure' && (p.indicator === undefined) === (p.stat === undefined))
			push(
				u.line,
				u.col,
				'Figure',
				'<Figure> needs either indicator="…" or stat="…"',
				'e.g. <Figure indicator="child_helpline" measure="exists" /> or <Figure stat="records" />',
			);
		if (
			u.component === 'Figure' &&
			p.stat !== undefined &&
			(p.area ?? p.measure ?? p.of) !== undefined
		)
			push(
				u.line,
				u.col,
				'Figure',
				'<Figure stat="…"> takes no area, measure or of',
				'remove them: a stat is a figure of the whole mapping',
			);
		if (u.component === 'Chart' && (p.indicator === undefined) === (p.findings === undefined))
			push(
				u.line,
				u.col,
				'Chart',
				'<Chart> needs either indicator="…" or findings="…"',
				`e.g. <Chart indicator="child_helpline" /> or <Chart findings="${CHART_IDS[0]}" />`,
			);
		if (
			u.component === 'Records' &&
			(p.ids === undefined) ===
				(p.type === undefined && p.country === undefined && p.region === undefined)
		)
			push(
				u.line,
				u.col,
				'Records',
				'<Records> needs either ids={[…]} or type/country/region',
				'e.g. <Records ids={["global/take-it-down"]} /> or <Records type="reporting_hotline" region="europe" limit={8} />',
			);
		// What the chapter cites.
		if (u.component === 'Rec' && typeof p.id === 'string') add(refs.recs, p.id);
		if (u.component === 'Cite' && typeof p.id === 'string') {
			add(refs.figures, p.id);
			const src = k.figureSource.get(p.id);
			if (src) add(refs.sources, src);
		}
		if (u.component === 'Source' && typeof p.id === 'string') add(refs.sources, p.id);
		if (u.component === 'Records' && Array.isArray(p.ids))
			for (const id of p.ids) add(refs.records, id);
		if ((u.component === 'Figure' || u.component === 'Chart') && typeof p.indicator === 'string')
			add(refs.indicators, p.indicator);
		if (u.component === 'Chart' && typeof p.findings === 'string') add(refs.charts, p.findings);
	}
	// Astro reads unquoted YAML dates as dates, which the chapter schema refuses with an unclear message.
	const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	(fm?.[1] ?? '').split('\n').forEach((l, i) => {
		const d = /^(\s*(?:-\s*)?)([a-z_]+):\s*([0-9]{4}-[0-9]{2}-[0-9]{2})\s*$/.exec(l);
		if (d)
			push(
				i + 2,
				d[1]!.length + 1,
				d[2]!,
				`the date ${d[3]} is not in quotes`,
				`write ${d[2]}: "${d[3]}" (Astro reads an unquoted date as a date object, not text)`,
			);
	});
	// A stakeholder chapter shows every recommendation to its stakeholder.
	const audience = fm ? (YAML.parse(fm[1]!) as { audience?: string } | null)?.audience : undefined;
	if (audience && audience !== 'all') {
		const missing = (k.recsByStakeholder.get(audience) ?? []).filter(
			(id) => !refs.recs.includes(id),
		);
		if (missing.length)
			push(
				1,
				1,
				'audience',
				`the chapter for ${audience} does not show ${missing.join(', ')}`,
				`add <Rec id="${missing[0]}" /> where it belongs in the chapter`,
			);
	}
	return { problems, refs };
}
