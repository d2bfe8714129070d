/**
 * Rules on every string of every file, whatever its kind: no invisible or control characters, and
 * names that are one line with at least one letter or digit. They run before the schema, on the
 * parsed data, so a NUL or a right-to-left override is reported with its code point and position.
 */
import { FORBIDDEN_CHARS } from '../../schemas/common';
import { fieldName, type Problem } from '../problem';
import { locate, type ParsedYaml } from '../yaml-file';

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x1b: 'ESC (escape)',
	0x7f: 'DEL',
	0x85: 'NEXT LINE (NEL)',
	0x061c: 'ARABIC LETTER MARK',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
};
const codePoint = (ch: string) =>
	`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
export const describeChar = (ch: string) =>
	`${codePoint(ch)}${NAMES[ch.codePointAt(0)!] ? ` ${NAMES[ch.codePointAt(0)!]}` : ''}`;

/** Fields that hold one line: names, labels, numbers, titles. */
const ONE_LINE = new Set([
	'name',
	'alternate_name',
	'label',
	'value',
	'title',
	'publisher',
	'replaced_by',
	'platform',
]);
/** Fields that are a name, which must say something in letters or digits. */
const NAMES_FIELDS = new Set(['name', 'alternate_name']);
/** Keys whose values are web addresses or identifiers, where no joiner is ever right. */
const STRICT = new Set(['url', 'evidence', 'statement_url', 'e164', 'value']);

const LETTER = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;
const FORBIDDEN_ANY = new RegExp(FORBIDDEN_CHARS.source, FORBIDDEN_CHARS.flags.replace('g', ''));

/**
 * The first forbidden character in `text`, or undefined. Zero-width joiners (U+200C, U+200D) are
 * allowed between two letters or emoji in prose, where scripts such as Persian need them.
 */
export function forbiddenChar(
	text: string,
	strict = false,
): { ch: string; index: number } | undefined {
	// Most strings hold none: one test with a shared pattern before the search that needs its own.
	if (!FORBIDDEN_ANY.test(text)) return undefined;
	const re = new RegExp(FORBIDDEN_CHARS.source, 'g' + FORBIDDEN_CHARS.flags.replace('g', ''));
	for (const m of text.matchAll(re)) {
		const ch = m[0];
		const i = m.index;
		if (!strict && (ch === '\u200c' || ch === '\u200d')) {
			const before = [...text.slice(0, i)].at(-1) ?? '';
			const after = [...text.slice(i + 1)][0] ?? '';
			if (LETTER.test(before) && LETTER.test(after)) continue;
		}
		return { ch, index: i };
	}
	return undefined;
}

/** Every string (and key) of a parsed file, with its path. */
function* strings(
	v: unknown,
	path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; text: string; key: boolean }> {
	if (typeof v === 'string') yield { path, text: v, key: false };
	else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* strings(v[i], [...path, i]);
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) {
			yield { path: [...path, k], text: k, key: true };
			yield* strings(x, [...path, k]);
		}
}

export function textProblems(parsed: ParsedYaml): Problem[] {
	const out: Problem[] = [];
	const push = (
		path: (string | number)[],
		rule: string,
		message: string,
		hint: string,
		mode: 'value' | 'key' = 'value',
	) =>
		out.push({
			file: parsed.file,
			...locate(parsed, path, mode),
			field: fieldName(path),
			message,
			hint,
			severity: 'error',
			rule,
		});
	for (const s of strings(parsed.data)) {
		const last = String(s.path.at(-1) ?? '');
		const bad = forbiddenChar(s.text, s.key || STRICT.has(last));
		if (bad) {
			push(
				s.path,
				'text-control',
				`${s.key ? 'the key' : 'the text'} holds an invisible or control character, ${describeChar(bad.ch)}, at character ${bad.index + 1}`,
				'delete it (retype the text by hand if you copied it): such characters can hide text, reverse it on screen or break the feeds',
				s.key ? 'key' : 'value',
			);
			continue;
		}
		if (s.key) continue;
		if (ONE_LINE.has(last) && /[\r\n]/.test(s.text.trim()))
			push(
				s.path,
				'one-line',
				`${last} must be one line`,
				'join the lines; use note or description for anything longer',
			);
		if (NAMES_FIELDS.has(last) && s.text.trim() !== '' && !/[\p{L}\p{N}]/u.test(s.text))
			push(
				s.path,
				'name-letters',
				`the name "${s.text}" has no letter or digit`,
				"write the service's name in words, as the operator writes it",
			);
	}
	return out;
}
