/**
 * Edits a YAML file in place: given the file's text and the new data, only the parts whose value
 * changed are rewritten, at their own place in the text. Comments, key order, quoting and line
 * breaks of everything else stay as they were, so a correction's diff shows the changed lines only
 * (a new number is one changed line, not a rewritten file).
 */
import {
	Document,
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	Scalar,
	type Node,
	type Pair,
	type YAMLMap,
	type YAMLSeq,
} from 'yaml';
import { YAML11_BOOL, YAML11_SEXAGESIMAL } from '../../../src/validate/yaml-file';
import { styleDocument } from './record-yaml';

type Json = unknown;
interface Splice {
	start: number;
	end: number;
	text: string;
}

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: Json): v is Record<string, Json> =>
	!!v && typeof v === 'object' && !Array.isArray(v);

/** The column (0-based) at which the line holding `offset` starts its content. */
function indentAt(text: string, offset: number): number {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	return /^ */.exec(text.slice(lineStart))![0].length;
}
const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEndOf = (text: string, offset: number) => {
	const i = text.indexOf('\n', offset);
	return i < 0 ? text.length : i + 1;
};

/** A value as YAML in the house style, for a key (`key: value`) or alone, indented by `indent`. */
function render(value: Json, indent: number, key?: string): string {
	const doc = new Document(key === undefined ? value : { [key]: value }, { version: '1.2' });
	styleDocument(doc);
	const out = doc
		.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false })
		.replace(/\n$/, '');
	const pad = ' '.repeat(indent);
	return out
		.split('\n')
		.map((l, i) => (i === 0 ? l : pad + l))
		.join('\n');
}

const plainReadsBack = (v: string) => {
	try {
		return (
			(parseDocument(`x: ${v}\n`, { version: '1.2' }).toJS() as { x?: unknown } | null)?.x === v
		);
	} catch {
		return false;
	}
};

/** A scalar's new text, keeping the old one's quoting where it can. */
function scalarText(node: Scalar, value: Json, key: string | undefined, indent: number): string {
	if (typeof value === 'string' && !value.includes('\n')) {
		if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
		if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
		// A plain scalar stays plain when the new text reads back as the same string everywhere.
		if (
			node.type === Scalar.PLAIN &&
			value === value.trim() &&
			value.length < 100 &&
			!YAML11_BOOL.test(value) &&
			!YAML11_SEXAGESIMAL.test(value) &&
			plainReadsBack(value)
		)
			return value;
	}
	const line = render(value, indent, key ?? 'x');
	return line.slice(line.indexOf(':') + 1).replace(/^ /, '');
}

function patchNode(
	text: string,
	node: Node,
	oldV: Json,
	newV: Json,
	key: string | undefined,
	out: Splice[],
	keyStart?: number,
): void {
	if (same(oldV, newV)) return;
	const [start, valueEnd] = node.range!;
	if (isMap(node) && isObject(oldV) && isObject(newV) && !node.flow) {
		patchMap(text, node, oldV, newV, out);
		return;
	}
	if (isSeq(node) && Array.isArray(oldV) && Array.isArray(newV) && !node.flow) {
		patchSeq(text, node, oldV, newV, out);
		return;
	}
	const indent = indentAt(text, start);
	if (isScalar(node) && (typeof newV !== 'object' || newV === null)) {
		out.push({ start, end: valueEnd, text: scalarText(node, newV, key, indent) });
		return;
	}
	// A collection that changed shape or is written in flow style: rewrite it where it stands.
	if (((isMap(node) || isSeq(node)) && node.flow) || typeof newV !== 'object' || newV === null) {
		const line = render(newV, indent, key ?? 'x');
		const value = line.slice(line.indexOf(':') + 1).replace(/^ /, '');
		if (!value.includes('\n')) {
			out.push({ start, end: valueEnd, text: value });
			return;
		}
	}
	// Otherwise rewrite the whole entry, key and value (or list item), on its own lines.
	if (keyStart !== undefined) {
		const keyIndent = indentAt(text, keyStart);
		out.push({
			start: lineStartOf(text, keyStart),
			end: lineEndOf(text, valueEnd - 1),
			text: `${' '.repeat(keyIndent)}${render(newV, keyIndent, key)}\n`,
		});
	} else {
		const dash = text.lastIndexOf('-', start);
		const dashIndent = indentAt(text, dash);
		out.push({
			start: lineStartOf(text, dash),
			end: lineEndOf(text, valueEnd - 1),
			text: `${' '.repeat(dashIndent)}${render([newV], dashIndent)}\n`,
		});
	}
}

function patchMap(
	text: string,
	node: YAMLMap,
	oldV: Record<string, Json>,
	newV: Record<string, Json>,
	out: Splice[],
): void {
	const pairs = node.items as Pair<Scalar, Node>[];
	const byKey = new Map(pairs.map((p) => [String(p.key.value), p]));
	for (const [k, v] of Object.entries(newV)) {
		const p = byKey.get(k);
		if (p && p.value && k in oldV) patchNode(text, p.value, oldV[k], v, k, out, p.key.range![0]);
	}
	// Removed keys: their lines go.
	for (const k of Object.keys(oldV)) {
		if (k in newV) continue;
		const p = byKey.get(k);
		if (!p) continue;
		const from = lineStartOf(text, p.key.range![0]);
		const to = lineEndOf(text, ((p.value?.range ?? p.key.range)![1] || p.key.range![1]) - 1);
		out.push({ start: from, end: to, text: '' });
	}
	// New keys: written after the last line of the mapping, at its indentation.
	const added = Object.entries(newV).filter(([k]) => !(k in oldV));
	if (added.length) {
		const first = pairs[0]!;
		const indent = indentAt(text, first.key.range![0]);
		const last = pairs.at(-1)!;
		const at = lineEndOf(
			text,
			((last.value?.range ?? last.key.range)![1] || last.key.range![1]) - 1,
		);
		out.push({
			start: at,
			end: at,
			text: added.map(([k, v]) => `${' '.repeat(indent)}${render(v, indent, k)}\n`).join(''),
		});
	}
}

function patchSeq(text: string, node: YAMLSeq, oldV: Json[], newV: Json[], out: Splice[]): void {
	const items = node.items as Node[];
	const n = Math.min(oldV.length, newV.length, items.length);
	for (let i = 0; i < n; i++) patchNode(text, items[i]!, oldV[i], newV[i], undefined, out);
	// Removed items (from the end): their lines go.
	for (let i = newV.length; i < items.length; i++) {
		const item = items[i]!;
		const dash = text.lastIndexOf('-', item.range![0]);
		out.push({
			start: lineStartOf(text, dash),
			end: lineEndOf(text, item.range![1] - 1),
			text: '',
		});
	}
	// Added items: after the last item, at the dash's indentation.
	if (newV.length > items.length) {
		const last = items.at(-1)!;
		const dash = text.lastIndexOf('-', last.range![0]);
		const indent = indentAt(text, dash);
		const at = lineEndOf(text, last.range![1] - 1);
		const block = newV
			.slice(items.length)
			.map((v) => {
				const rendered = render([v], indent);
				return `${' '.repeat(indent)}${rendered}\n`;
			})
			.join('');
		out.push({ start: at, end: at, text: block });
	}
}

/** `text` with its data changed to `data`, touching only what changed. */
export function patchYaml(text: string, data: Record<string, Json>): string {
	const doc = parseDocument(text, { version: '1.2', lineCounter: new LineCounter() });
	if (!isMap(doc.contents)) throw new Error('the file is not a mapping');
	const old = doc.toJS() as Record<string, Json>;
	const out: Splice[] = [];
	patchMap(text, doc.contents, old, data, out);
	out.sort((a, b) => b.start - a.start || b.end - a.end);
	let result = text;
	for (const s of out) result = result.slice(0, s.start) + s.text + result.slice(s.end);
	return result;
}
