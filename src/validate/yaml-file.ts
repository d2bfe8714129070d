/**
 * Reads one YAML file the strict way: size, encoding, byte-order mark, tabs, syntax and duplicate
 * keys are checked before any schema, and every node keeps its position so later problems can be
 * reported at `line:col`.
 */
import jsYaml from 'js-yaml';
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node,
} from 'yaml';
import { locateByLines, scanLines, type ScannedLines } from './locate-lines';
import type { Problem } from './problem';

/** The largest file a record may be; real records are a few kilobytes. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface ParsedYaml {
	file: string;
	data: unknown;
	/** The positional document; on the fast path it is built only when a problem needs a line. */
	doc?: Document | undefined;
	lines?: LineCounter | undefined;
	problems: Problem[];
	/** The file's text, once it decoded as UTF-8. */
	text?: string;
}

/**
 * The fast path: most files are valid, and js-yaml (YAML 1.2 core schema: no timestamps, so dates
 * stay strings as in the `yaml` library) reads them about ten times faster. The `yaml` library's
 * positional document, needed only to report a line and column, is then built on demand. Any
 * file js-yaml refuses (syntax, duplicate keys, several documents) takes the full path, which
 * reports the error at its position.
 */
function fastParse(file: string, text: string): ParsedYaml | undefined {
	let data: unknown;
	try {
		data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
	} catch {
		return undefined;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
	let doc: Document | undefined;
	let lines: LineCounter | undefined;
	const build = () => {
		lines = new LineCounter();
		doc = parseDocument(text, {
			lineCounter: lines,
			uniqueKeys: true,
			prettyErrors: false,
			strict: true,
			version: '1.2',
		});
	};
	return {
		file,
		data,
		text,
		problems: [],
		get doc() {
			if (!doc) build();
			return doc;
		},
		get lines() {
			if (!lines) build();
			return lines;
		},
	};
}

const fileProblem = (
	file: string,
	line: number,
	col: number,
	rule: string,
	message: string,
	hint: string,
): Problem => ({
	file,
	line,
	col,
	field: '(file)',
	message,
	hint,
	severity: 'error',
	rule,
});

/** Translates the yaml library's messages into ones a contributor can act on. */
function explainYamlError(code: string, message: string, source = ''): [string, string] {
	if (code === 'DUPLICATE_KEY') {
		const key = /^\s*(?:- )?([^:#\s][^:#]*?)\s*:/.exec(source)?.[1];
		return [
			`the key ${key ? `"${key}" ` : ''}appears twice in the same mapping`,
			'keep one of them and delete the other (YAML keeps only one, so the other would be silently lost)',
		];
	}
	if (code === 'TAB_AS_INDENT')
		return ['a tab is used for indentation', 'indent with spaces only (two per level)'];
	if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN')
		return [
			`YAML syntax error: ${message.split('\n')[0]}`,
			'check the indentation and the colons on this line and the one above',
		];
	if (code === 'MULTIPLE_DOCS')
		return [
			'the file holds more than one YAML document (a line with ---)',
			'keep one record per file',
		];
	if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY')
		return [
			`YAML syntax error: ${message.split('\n')[0]}`,
			'a key is missing its colon, or a value continues on the next line without indentation; quote long values',
		];
	return [
		`YAML syntax error: ${message.split('\n')[0]}`,
		'fix the YAML syntax on this line (quote values that contain ": " or start with special characters)',
	];
}

/** Runs `f`; a parser that runs out of stack (deep nesting) or throws gives `fallback` instead. */
function safely<T>(f: () => T): T | undefined;
function safely<T, F>(f: () => T, fallback: F): T | F;
function safely<T, F>(f: () => T, fallback?: F): T | F | undefined {
	try {
		return f();
	} catch {
		return fallback;
	}
}

/** Cheap tests on the text: only files that pass one get the slower positional checks. */
const MAY_HAVE_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/m;
const MAY_HAVE_YAML11 =
	/(?:^|[[,{:-])[ \t]*(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[1-9][0-9_]*(?::[0-5]?[0-9])+)[ \t]*(?:$|[,\]}]|[ \t]#)/m;
/** Plain scalars a YAML 1.1 reader (PyYAML, many older tools) takes for a boolean or a number. */
export const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
export const YAML11_SEXAGESIMAL = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

const at = (lines: LineCounter, n: Node) =>
	n.range ? lines.linePos(n.range[0]) : { line: 1, col: 1 };

/** Aliases (*name) repeat a part of the file, and can multiply it a billion times: records do not use them. */
function aliasProblems(file: string, doc: Document, lines: LineCounter): Problem[] {
	let first: { source: string; line: number; col: number } | undefined;
	let count = 0;
	visit(doc, {
		Alias(_key, node) {
			count++;
			first ??= { source: node.source, ...at(lines, node) };
			return visit.SKIP;
		},
	});
	if (!first) return [];
	const more = count > 1 ? ` (and ${count - 1} more alias${count > 2 ? 'es' : ''})` : '';
	return [
		fileProblem(
			file,
			first.line,
			first.col,
			'yaml-alias',
			`the alias *${first.source} repeats another part of the file${more}`,
			'write the value out in full: records do not use YAML anchors and aliases',
		),
	];
}

/** The field path of a node from the visitor's ancestors: channels[0].value. */
function fieldOf(ancestors: readonly unknown[], node: unknown): string {
	const parts: (string | number)[] = [];
	const chain = [...ancestors, node];
	for (let i = 0; i < chain.length; i++) {
		const a = chain[i];
		const next = chain[i + 1];
		if (isPair(a) && isScalar(a.key)) parts.push(String(a.key.value));
		else if (isSeq(a) && next !== undefined) parts.push(a.items.indexOf(next));
	}
	let out = '';
	for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
	return out || '(file)';
}

/**
 * Unquoted scalars such as NO (Norway) or 8:30 that YAML 1.1 readers (PyYAML and many older tools)
 * load as false or 510, so people who reuse the files would lose them. Run on files that passed
 * their schema, so the advice to quote never hides a value of the wrong kind.
 */
export function yaml11Problems(parsed: ParsedYaml): Problem[] {
	if (!parsed.text || !MAY_HAVE_YAML11.test(parsed.text) || !parsed.doc || !parsed.lines) return [];
	const out: Problem[] = [];
	const lines = parsed.lines;
	visit(parsed.doc, {
		Scalar(_key, node, ancestors) {
			if (node.type !== 'PLAIN' || typeof node.value !== 'string') return;
			const v = node.value;
			if (YAML11_BOOL.test(v) || YAML11_SEXAGESIMAL.test(v)) {
				const { line, col } = at(lines, node);
				const reads = YAML11_BOOL.test(v)
					? /^(?:y|yes|on)$/i.test(v)
						? 'true'
						: 'false'
					: 'a number';
				out.push({
					...fileProblem(
						parsed.file,
						line,
						col,
						'yaml-11-scalar',
						`${v} without quotes is read as ${reads} by YAML 1.1 readers such as PyYAML`,
						`put it in quotes: "${v}"`,
					),
					field: fieldOf(ancestors, node),
				});
			}
		},
	});
	return out.slice(0, 50);
}

export function parseYamlFile(file: string, bytes: Uint8Array): ParsedYaml {
	const problems: Problem[] = [];
	const fail = (p: Problem): ParsedYaml => ({ file, data: undefined, problems: [...problems, p] });

	if (bytes.length > MAX_FILE_BYTES) {
		return fail(
			fileProblem(
				file,
				1,
				1,
				'file-too-large',
				`the file is ${Math.round(bytes.length / 1024)} KB; a record may be at most ${MAX_FILE_BYTES / 1024} KB`,
				'remove pasted page content or split it into several records',
			),
		);
	}
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return fail(
			fileProblem(
				file,
				1,
				1,
				'bom',
				'the file starts with a byte-order mark (BOM)',
				'save it as UTF-8 without BOM (in VS Code: "Save with Encoding" → UTF-8)',
			),
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Find the first invalid byte to point at it.
		let offset = 0;
		for (let end = 1; end <= bytes.length; end++) {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
				offset = end;
			} catch {
				// A multi-byte character may just be incomplete; look further before giving up.
				if (end - offset > 4) break;
			}
		}
		const before = new TextDecoder().decode(bytes.subarray(0, offset));
		const line = before.split('\n').length;
		const col = before.length - before.lastIndexOf('\n');
		return fail(
			fileProblem(
				file,
				line,
				col,
				'not-utf8',
				'the file is not valid UTF-8 text',
				'save it as UTF-8 (it was probably saved as Latin-1 or Windows-1252)',
			),
		);
	}
	if (text.trim() === '') {
		return fail(
			fileProblem(
				file,
				1,
				1,
				'empty',
				'the file is empty',
				'fill in the record (see docs/record-format.md or run `npm run new`), or delete the file',
			),
		);
	}
	if (text.split(/\r?\n/).every((l) => l.trim() === '' || l.trim().startsWith('#'))) {
		return fail(
			fileProblem(
				file,
				1,
				1,
				'empty',
				'the file has only comments',
				'fill in the record (see docs/record-format.md or run `npm run new`), or delete the file',
			),
		);
	}
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const col = lines[i]!.indexOf('\t');
		if (col >= 0) {
			problems.push(
				fileProblem(
					file,
					i + 1,
					col + 1,
					'tab',
					'the file contains a tab character',
					'YAML indentation must use spaces: replace the tab with spaces',
				),
			);
			return { file, data: undefined, problems };
		}
	}

	// Aliases need the positional document before anything expands them.
	const fast = MAY_HAVE_ALIAS.test(text) ? undefined : safely(() => fastParse(file, text));
	if (fast) return fast;
	const lineCounter = new LineCounter();
	const doc = safely(() =>
		parseDocument(text, {
			lineCounter,
			uniqueKeys: true,
			prettyErrors: false,
			strict: true,
			version: '1.2',
		}),
	);
	if (!doc)
		return fail(
			fileProblem(
				file,
				1,
				1,
				'yaml-too-deep',
				'the file is nested too deeply to read',
				'a record is a few levels deep: remove the extra brackets or indentation',
			),
		);
	for (const err of doc.errors) {
		const pos = lineCounter.linePos(err.pos[0]);
		if (/call stack/i.test(err.message)) {
			problems.push(
				fileProblem(
					file,
					pos.line,
					pos.col,
					'yaml-too-deep',
					'the file is nested too deeply to read',
					'a record is a few levels deep: remove the extra brackets or indentation',
				),
			);
			break;
		}
		const [message, hint] = explainYamlError(
			err.code,
			err.message,
			text.slice(err.pos[0], text.indexOf('\n', err.pos[0]) >>> 0),
		);
		problems.push({
			...fileProblem(
				file,
				pos.line,
				pos.col,
				err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
				message,
				hint,
			),
		});
	}
	if (problems.length) return { file, data: undefined, problems };
	problems.push(...aliasProblems(file, doc, lineCounter));
	if (problems.length) return { file, data: undefined, problems };
	const data = safely(() => doc.toJS({ maxAliasCount: 0 }) as unknown, null);
	if (data === null && doc.contents !== null)
		return fail(
			fileProblem(
				file,
				1,
				1,
				'yaml-too-deep',
				'the file is nested too deeply to read',
				'a record is a few levels deep: remove the extra brackets or indentation',
			),
		);
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return fail(
			fileProblem(
				file,
				1,
				1,
				'not-a-mapping',
				'the file is not a mapping of fields',
				'a record is a list of `field: value` lines; see docs/record-format.md',
			),
		);
	}
	return { file, data, doc, lines: lineCounter, problems, text };
}

const scanned = new WeakMap<ParsedYaml, ScannedLines>();

/**
 * Position of the node at `path` (or of its key when `at` is 'key'). Falls back to the nearest
 * ancestor that exists, so a missing field is reported on its parent. Read from the file's lines
 * when their plain layout allows it (src/validate/locate-lines.ts), else from the document.
 */
export function locate(
	parsed: ParsedYaml,
	path: (string | number)[],
	at: 'value' | 'key' = 'value',
): { line: number; col: number } {
	if (parsed.text !== undefined) {
		if (!scanned.has(parsed)) scanned.set(parsed, scanLines(parsed.text));
		const quick = locateByLines(scanned.get(parsed), path, at);
		if (quick) return quick;
	}
	return locateInDocument(parsed, path, at);
}

/** `locate` from the `yaml` library's positional document (built on first use). */
export function locateInDocument(
	parsed: ParsedYaml,
	path: (string | number)[],
	at: 'value' | 'key' = 'value',
): { line: number; col: number } {
	if (!parsed.doc || !parsed.lines) return { line: 1, col: 1 };
	let node: unknown = parsed.doc.contents;
	let best: { line: number; col: number } = { line: 1, col: 1 };
	const pos = (n: Node | undefined) => (n?.range ? parsed.lines!.linePos(n.range[0]) : undefined);
	best = pos(node as Node) ?? best;
	for (let i = 0; i < path.length; i++) {
		const seg = path[i]!;
		const last = i === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find(
				(p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
			);
			if (!pair) return best;
			if (last && at === 'key') return pos(pair.key as Node) ?? best;
			node = pair.value;
			best = pos(node as Node) ?? pos(pair.key as Node) ?? best;
		} else if (isSeq(node)) {
			const item = node.items[Number(seg)];
			if (item === undefined) return best;
			node = item;
			best = pos(node as Node) ?? best;
		} else {
			return best;
		}
	}
	return best;
}
