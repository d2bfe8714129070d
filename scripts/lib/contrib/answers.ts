/**
 * Answers files for `npm run new -- --answers answers.yaml` (or answers.json): the answers to the
 * questions by key, so a record can be written without typing and the file fixed and run again.
 * Every problem — a missing answer, a wrong one, a key that is not a question — is reported at
 * once, by its key, in the validator's words; nothing is written while an error remains.
 */
import fs from 'node:fs';
import { didYouMean, formatProblem } from '../../../src/validate/problem';
import { visit } from 'yaml';
import { parseYamlFile } from '../../../src/validate/yaml-file';
import type { Answer, AnswerProblem, Asker, Question } from './prompt';

export type AnswersData = Record<string, unknown>;

const isMapping = (v: unknown): v is Record<string, unknown> =>
	!!v && typeof v === 'object' && !Array.isArray(v);

/** Reads an answers file (YAML, or JSON when its name ends in .json); problems in plain words. */
export function readAnswersFile(file: string): { data?: AnswersData; problems: string[] } {
	if (!fs.existsSync(file) || !fs.statSync(file).isFile())
		return {
			problems: [
				`${file}: there is no such file — give the path of your answers file, e.g. npm run new -- --answers answers.yaml`,
			],
		};
	const bytes = fs.readFileSync(file);
	let data: unknown;
	if (/\.json$/i.test(file)) {
		try {
			data = JSON.parse(new TextDecoder().decode(bytes));
		} catch (err) {
			return {
				problems: [
					`${file}: this is not valid JSON (${(err as Error).message}) — check the commas, quotes and brackets, or write the answers as YAML`,
				],
			};
		}
	} else {
		const parsed = parseYamlFile(file, bytes);
		if (parsed.problems.length) return { problems: parsed.problems.map(formatProblem) };
		// A number is kept as it was written (value: 0800123 keeps its 0): answers are text.
		visit(parsed.doc!, {
			Scalar(_, node) {
				if (typeof node.value === 'number' && node.source) node.value = node.source;
			},
		});
		data = parsed.doc!.toJS();
	}
	if (!isMapping(data))
		return {
			problems: [
				`${file}: the answers must be a mapping of keys to answers — write one answer per line, e.g. name: Example Youth Line`,
			],
		};
	return { data, problems: [] };
}

/** A key with list positions written as []: channels[2].type → channels[].type. */
export const keyPattern = (key: string): string => key.replace(/\[\d+\]/g, '[]');

/** The value at a key such as channels[1].type or source.url. */
function lookup(data: unknown, key: string): unknown {
	let v: unknown = data;
	for (const seg of key.split('.')) {
		const m = /^([^[]+)((?:\[\d+\])*)$/.exec(seg);
		if (!m) return undefined;
		v = isMapping(v) ? v[m[1]!] : undefined;
		for (const idx of m[2]!.matchAll(/\[(\d+)\]/g))
			v = Array.isArray(v) ? (v as unknown[])[Number(idx[1])] : undefined;
	}
	return v;
}

/** An answer as the text typed on the terminal would be: lists joined with commas, yes and no for true and false. */
function asText(v: unknown): { text: string } | { problem: string; fix: string } {
	if (v === undefined || v === null) return { text: '' };
	if (typeof v === 'string') return { text: v.trim() };
	if (typeof v === 'boolean') return { text: v ? 'yes' : 'no' };
	// (Only JSON has numbers here: YAML numbers are read as written.)
	if (typeof v === 'number')
		return {
			problem: `${v} is a number, so a leading 0 or + would be lost`,
			fix: `put it in quotes, e.g. "${v}", written exactly as the source writes it`,
		};
	if (Array.isArray(v)) {
		const items = v.map(asText);
		const bad = items.find((i) => !('text' in i));
		if (bad) return bad;
		return { text: items.map((i) => ('text' in i ? i.text : '')).join(', ') };
	}
	return { problem: 'is a mapping here', fix: 'write the answer as text, or as a list of words' };
}

export interface AnswersSpec {
	/** Every key an answers file may hold, lists written with [] (channels[].type). */
	keys: readonly string[];
	/** Lists of mappings that must be there, with how to add them (channels). */
	requiredLists: Record<string, string>;
	/** Hints for keys people write by mistake (notes, confidence …). */
	unknownHints?: Record<string, string>;
}

/** Answers read from a file: a missing or wrong answer is recorded, and the run goes on to find the others. */
export class FileAsker implements Asker {
	readonly interactive = false;
	readonly problems: AnswerProblem[] = [];
	private asked = new Set<string>();
	private missingLists = new Set<string>();
	private skipped: string[] = [];

	constructor(
		private data: AnswersData,
		private spec: AnswersSpec,
	) {
		for (const [list, fix] of Object.entries(spec.requiredLists)) {
			const v = data[list];
			if (Array.isArray(v) && v.length) continue;
			this.missingLists.add(list);
			this.problems.push({
				field: list,
				message:
					v === undefined || v === null ? 'this answer is missing' : 'needs at least one item',
				hint: fix,
				severity: 'error',
			});
		}
		for (const [list] of Object.entries(spec.requiredLists)) {
			const v = data[list];
			if (!Array.isArray(v)) continue;
			v.forEach((item, i) => {
				if (!isMapping(item))
					this.problems.push({
						field: `${list}[${i}]`,
						message: 'is not a mapping',
						hint: `write each item as keys and answers under a "-", e.g. - type: voice_call`,
						severity: 'error',
					});
			});
		}
	}

	say(): void {}

	private problem(field: string, message: string, hint: string): void {
		this.problems.push({ field, message, hint, severity: 'error' });
	}

	ask<T>(q: Question<T>): Promise<T> {
		this.asked.add(keyPattern(q.key));
		if ([...this.missingLists].some((l) => q.key.startsWith(`${l}[`)))
			return Promise.resolve(q.empty);
		const raw = lookup(this.data, q.key);
		let r: Answer<T>;
		if (isMapping(raw) && q.fromMapping) r = q.fromMapping(raw);
		else {
			const t = Array.isArray(raw) && raw.length === 0 ? { text: q.noneAnswer ?? '' } : asText(raw);
			if (!('text' in t)) r = { ok: false, problem: t.problem, fix: t.fix };
			else {
				let text = t.text;
				if (text === '' && q.default) text = q.default;
				if (text === '' && !q.optional) {
					this.problem(q.key, 'this answer is missing', q.missing ?? `add ${q.key}:`);
					return Promise.resolve(q.empty);
				}
				r = q.parse(text);
			}
		}
		if (r.ok) return Promise.resolve(r.value);
		this.problem(q.key, r.problem, r.fix);
		return Promise.resolve(q.empty);
	}

	another(group: string, done: number): Promise<boolean> {
		const v = this.data[group];
		return Promise.resolve(Array.isArray(v) && done < v.length && isMapping(v[done]));
	}

	report(p: AnswerProblem): void {
		this.problems.push(p);
	}

	skip(key: string): void {
		this.skipped.push(`${keyPattern(key)}.`);
	}

	close(): void {}

	/**
	 * Keys that are not questions (an error: a typo would silently lose an answer) and answers that
	 * were not used because the question was not asked for this record (a warning).
	 */
	finish(): void {
		const known = new Set(this.spec.keys);
		const walk = (v: Record<string, unknown>, prefix: string) => {
			for (const [k, x] of Object.entries(v)) {
				const key = `${prefix}${k}`;
				const pattern = keyPattern(key);
				if (!known.has(pattern)) {
					const guess = didYouMean(pattern, this.spec.keys);
					this.problem(
						key,
						'this key is not a question of npm run new',
						this.spec.unknownHints?.[pattern] ??
							(guess
								? `did you mean ${guess}?`
								: 'remove it; npm run new -- --help lists the keys (and CONTRIBUTING.md)'),
					);
					continue;
				}
				const isGroup = this.spec.keys.some(
					(s) => s.startsWith(`${pattern}.`) || s.startsWith(`${pattern}[].`),
				);
				if (isGroup) {
					if (Array.isArray(x))
						x.forEach((item, i) => isMapping(item) && walk(item, `${key}[${i}].`));
					else if (isMapping(x)) walk(x, `${key}.`);
					else if (x !== undefined && x !== null)
						this.problem(
							key,
							'is not a mapping',
							'write its answers on the lines below it, indented by two spaces',
						);
				} else if (!this.asked.has(pattern) && !this.skipped.some((p) => pattern.startsWith(p)))
					this.problems.push({
						field: key,
						message: 'this answer was not used',
						hint: 'the question is not asked for this record (it depends on another answer, such as functions or scope); remove it, or check that answer',
						severity: 'warning',
					});
			}
		};
		walk(this.data, '');
	}
}
