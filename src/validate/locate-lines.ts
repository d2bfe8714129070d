/**
 * The line and column of a path in a block-style YAML file, read from its lines and indentation,
 * without the `yaml` library's positional document. Building that document took a third of the
 * time of validating 10,000 synthetic records, for files whose only problem was a warning
 * (docs/benchmarks.md). Records are written in one plain style (block maps and sequences, plain
 * keys, one-line values), and in that style a path can be followed by indentation alone.
 *
 * It answers only when it can follow the whole path without doubt; otherwise (a flow collection
 * or a quoted string spanning lines, a quoted or complex key, an anchor, a block scalar or an
 * empty value on the way, a key or item that is not there) it returns undefined and the caller
 * builds the document as before. tests/unit/locate-lines.test.ts checks every answer it gives
 * against the document's, on every YAML file of the repository.
 */

export interface Position {
	line: number;
	col: number;
}

interface Line {
	/** 1-based line number. */
	no: number;
	/** Spaces before the content. */
	indent: number;
	/** The content, from its first non-space character. */
	text: string;
}

/** The file's content lines (no blank or comment-only lines), or undefined when its layout is not plain. */
export type ScannedLines = readonly Line[] | undefined;

const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
/** A value that may continue on the next lines or carries YAML node properties. */
const UNSAFE_VALUE_START = /^[&*!|>%@`?]/;

function opensAndCloses(value: string): boolean {
	const v = value.trimEnd();
	const first = v[0];
	if (first === '"') return v.length > 1 && v.endsWith('"') && !v.endsWith('\\"');
	if (first === "'") return v.length > 1 && v.endsWith("'");
	if (first === '[') return v.endsWith(']');
	if (first === '{') return v.endsWith('}');
	return true;
}

/** The value after `key: ` or `- ` on a content line, if any. */
function inlineValue(text: string): string {
	const key = PLAIN_KEY.exec(text);
	if (key) return text.slice(key[0].length);
	if (text === '-' || text.startsWith('- ')) return inlineValue(text.slice(1).trimStart());
	return text;
}

export function scanLines(text: string): ScannedLines {
	const out: Line[] = [];
	const raw = text.split('\n');
	for (let i = 0; i < raw.length; i++) {
		const line = raw[i]!.replace(/\r$/, '');
		// YAML indents with spaces only: a tab, a no-break or other space before the content is not
		// indentation (YAML reads it as part of a key or a value), so such a file is not plain.
		const indent = /^ */.exec(line)![0].length;
		const content = line.slice(indent);
		if (/^\s/.test(content) && content.trim() !== '') return undefined;
		if (content.trim() === '' || content.startsWith('#')) continue;
		if (indent === 0 && /^(?:---|\.\.\.|%)/.test(content)) return undefined;
		// A quoted string or a flow collection that does not close on its line spans lines.
		if (!opensAndCloses(inlineValue(content))) return undefined;
		out.push({ no: i + 1, indent, text: content });
	}
	return out;
}

const isItem = (l: Line) => l.text === '-' || l.text.startsWith('- ');

/** The lines after `from` that belong to a node whose parent sits at `indent`. */
function childLines(
	lines: readonly Line[],
	from: number,
	indent: number,
	seqAtSame: boolean,
): Line[] {
	const out: Line[] = [];
	for (let j = from; j < lines.length; j++) {
		const l = lines[j]!;
		if (l.indent > indent || (seqAtSame && l.indent === indent && isItem(l))) out.push(l);
		else break;
	}
	return out;
}

/** Whether position k of a flow collection starts a scalar: only spaces since the entry's start or its key's `: `. */
function entryStart(body: string, k: number, start: number): boolean {
	const before = body.slice(start, k);
	return before.trim() === '' || /:\s+$/.test(before);
}

/**
 * The entries of a flow collection written on one line (`[a, "b, c"]`, `{ k: v, k2: v2 }`): each
 * entry's key and value columns (0-based, within the line). Undefined when it nests collections,
 * or an entry is not a plain key with a value.
 */
function flowEntries(
	rest: string,
	col0: number,
):
	| { kind: 'seq' | 'map'; entries: { key?: string; keyCol?: number; valueCol: number }[] }
	| undefined {
	const open = rest[0];
	const close = open === '[' ? ']' : '}';
	const body = rest.trimEnd();
	if (!body.endsWith(close)) return undefined;
	const parts: { text: string; col: number }[] = [];
	let start = 1;
	let quote = '';
	for (let k = 1; k < body.length - 1; k++) {
		const c = body[k]!;
		if (quote) {
			if (c === '\\' && quote === '"') k++;
			else if (c === quote) quote = '';
			continue;
		}
		if ((c === '"' || c === "'") && entryStart(body, k, start)) quote = c;
		else if (c === '[' || c === '{' || c === ']' || c === '}' || c === '#') return undefined;
		else if (c === ',') {
			parts.push({ text: body.slice(start, k), col: start });
			start = k + 1;
		}
	}
	if (quote) return undefined;
	parts.push({ text: body.slice(start, body.length - 1), col: start });
	const entries: { key?: string; keyCol?: number; valueCol: number }[] = [];
	for (const [n, part] of parts.entries()) {
		const text = part.text.trimStart();
		const col = col0 + part.col + (part.text.length - text.length);
		if (text.trim() === '') {
			if (n === parts.length - 1 && n > 0) continue; // a trailing comma
			return undefined;
		}
		if (UNSAFE_VALUE_START.test(text)) return undefined;
		if (open === '[') {
			entries.push({ valueCol: col });
			continue;
		}
		const key = PLAIN_KEY.exec(text);
		if (!key) return undefined;
		const value = text.slice(key[0].length);
		if (value.trim() === '' || UNSAFE_VALUE_START.test(value)) return undefined;
		entries.push({ key: key[1]!, keyCol: col, valueCol: col + key[0].length });
	}
	return { kind: open === '[' ? 'seq' : 'map', entries };
}

/** The last segment of a path that ends inside a one-line flow collection. */
function inFlow(
	line: number,
	rest: string,
	col0: number,
	seg: string | number,
	at: 'value' | 'key',
): Position | undefined {
	if (rest[0] !== '[' && rest[0] !== '{') return undefined;
	const flow = flowEntries(rest, col0);
	if (!flow) return undefined;
	const entry =
		flow.kind === 'seq'
			? typeof seg === 'number'
				? flow.entries[seg]
				: undefined
			: flow.entries.find((e) => e.key === String(seg));
	if (!entry) return undefined;
	return {
		line,
		col: (at === 'key' && entry.keyCol !== undefined ? entry.keyCol : entry.valueCol) + 1,
	};
}

function follow(
	lines: readonly Line[],
	path: readonly (string | number)[],
	i: number,
	at: 'value' | 'key',
): Position | undefined {
	const base = lines[0]!.indent;
	if (lines.some((l) => l.indent < base)) return undefined;
	const seg = path[i]!;
	const last = i === path.length - 1;
	if (isItem(lines[0]!)) {
		if (typeof seg !== 'number') return undefined;
		const items = lines.map((l, j) => [l, j] as const).filter(([l]) => l.indent === base);
		if (items.some(([l]) => !isItem(l))) return undefined;
		const found = items[seg];
		if (!found) return undefined;
		const [item, j] = found;
		const rest = item.text.slice(1).trimStart();
		if (
			rest === '' ||
			rest.startsWith('-') ||
			rest.startsWith('#') ||
			UNSAFE_VALUE_START.test(rest)
		)
			return undefined;
		const col = base + (item.text.length - rest.length);
		if (last) return { line: item.no, col: col + 1 };
		if (!PLAIN_KEY.test(rest))
			return i + 2 === path.length ? inFlow(item.no, rest, col, path[i + 1]!, at) : undefined;
		// The item's map: its first key on the item's line, the others below at the same column.
		const map = [
			{ no: item.no, indent: col, text: rest },
			...childLines(lines, j + 1, base, false),
		];
		return follow(map, path, i + 1, at);
	}
	if (typeof seg !== 'string') return undefined;
	for (let j = 0; j < lines.length; j++) {
		const l = lines[j]!;
		if (l.indent !== base) continue;
		const key = PLAIN_KEY.exec(l.text);
		if (!key) return undefined;
		if (key[1] !== seg) continue;
		if (last && at === 'key') return { line: l.no, col: base + 1 };
		const rest = l.text.slice(key[0].length);
		if (rest !== '' && !rest.startsWith('#')) {
			// A block scalar (`>-`, `|`) is placed at its indicator, as the document places it.
			if (last && /^[|>]/.test(rest)) return { line: l.no, col: base + key[0].length + 1 };
			if (UNSAFE_VALUE_START.test(rest)) return undefined;
			if (last) return { line: l.no, col: base + key[0].length + 1 };
			return i + 2 === path.length
				? inFlow(l.no, rest, base + key[0].length, path[i + 1]!, at)
				: undefined;
		}
		const children = childLines(lines, j + 1, base, true);
		// An anchor or a tag on its own line belongs to the value below it.
		if (!children.length || UNSAFE_VALUE_START.test(children[0]!.text)) return undefined;
		if (last) return { line: children[0]!.no, col: children[0]!.indent + 1 };
		return follow(children, path, i + 1, at);
	}
	return undefined;
}

/** The position of `path` (of its key with at = 'key'), or undefined when the lines cannot say for sure. */
export function locateByLines(
	lines: ScannedLines,
	path: readonly (string | number)[],
	at: 'value' | 'key' = 'value',
): Position | undefined {
	if (!lines?.length) return undefined;
	if (path.length === 0) return { line: lines[0]!.no, col: lines[0]!.indent + 1 };
	return follow(lines, path, 0, at);
}
