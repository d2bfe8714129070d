/**
 * A suggestion sent without an account (the /suggest/ page and the block on record and country
 * pages): the one definition of its fields and of the message that carries them. The same fields,
 * with the same English labels, travel on every route — the e-mail, the text to copy, the GitHub
 * issue (its form, .github/ISSUE_TEMPLATE/suggestion.yml, is generated from SUGGESTION_FIELDS) —
 * and `npm run intake` reads any of them back with parseSuggestion.
 *
 * Three shapes are read back:
 * - the message composeSuggestion writes (`Label: value` lines, the free text last);
 * - the body a browser writes when the form is sent to the mail program without JavaScript
 *   (`<form action="mailto:…" method="post" enctype="text/plain">`: `name=value` lines, in the
 *   order of the form's fields). Chromium writes it as if it were URL-encoded, so an `&` in the
 *   text arrives as a line break and a `+` as a space;
 * - a GitHub issue written with the suggestion form (`### Label` above each answer).
 *
 * Pure: no I/O, no site constants (the address and repository are passed in), so the browser
 * script bundles it as it is.
 */

/** Age bands a reader may give; saying nothing is the default. */
export const AGE_BANDS = ['prefer-not-to-say', 'under-13', '13-17', '18-24', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface SuggestionFields {
	/** A record id (gb/childline) when the message is about a record. */
	record?: string | undefined;
	/** The service's name as the reader wrote it (or as the record page gives it). */
	service?: string | undefined;
	/** True when the reader says the service is not on POP Atlas yet. */
	missing?: boolean | undefined;
	/** ISO 3166-1 alpha-2 code. */
	country?: string | undefined;
	/** The country's name in the reader's language (shown next to the code; never read back). */
	countryName?: string | undefined;
	/** Where the reader saw the information: a link or a place. */
	where?: string | undefined;
	/** What is wrong or missing, in the reader's words. */
	what?: string | undefined;
	age?: AgeBand | undefined;
	/** The language of the page the message was written on. */
	lang?: string | undefined;
	/** The day the message was written, YYYY-MM-DD (only known when the browser composes it). */
	date?: string | undefined;
}

export type SuggestionKey = Exclude<keyof SuggestionFields, 'countryName'>;

interface FieldDef {
	/** The form field's name, the GitHub issue form's field id and the mailto `name=`. */
	key: SuggestionKey;
	/** The label in the message and on the GitHub issue form. */
	label: string;
	/** Longest value kept. */
	max: number;
	/** Asked on the GitHub issue form too (the language and date are only known on the site). */
	onIssueForm: boolean;
}

/** The fields, in the order the message lists them; `what` is always last. */
export const SUGGESTION_FIELDS: readonly FieldDef[] = [
	{ key: 'record', label: 'Record', max: 80, onIssueForm: true },
	{ key: 'service', label: 'Service', max: 200, onIssueForm: true },
	{ key: 'missing', label: 'Missing from POP Atlas', max: 3, onIssueForm: true },
	{ key: 'country', label: 'Country', max: 120, onIssueForm: true },
	{ key: 'where', label: 'Where I saw it', max: 500, onIssueForm: true },
	{ key: 'age', label: 'Age', max: 20, onIssueForm: true },
	{ key: 'lang', label: 'Page language', max: 20, onIssueForm: false },
	{ key: 'date', label: 'Written on', max: 10, onIssueForm: false },
	{ key: 'what', label: 'What is wrong or missing', max: 1500, onIssueForm: true },
];
/** The first line of every composed message. */
export const SUGGESTION_HEADER = 'POP Atlas suggestion';
/** The GitHub issue form the "open on GitHub" route fills in (.github/ISSUE_TEMPLATE/). */
export const SUGGESTION_TEMPLATE = 'suggestion.yml';

const def = (key: SuggestionKey): FieldDef => SUGGESTION_FIELDS.find((f) => f.key === key)!;
export const maxLength = (key: SuggestionKey): number => def(key).max;

const RECORD_ID = /^(?:[a-z]{2}|global|regional)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bidirectional embeddings, overrides and isolates: they can make text read differently from what it holds. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** Drops control characters (C0 but tab and line feed, DEL, C1) and bidi overrides. */
function stripControls(s: string): string {
	let out = '';
	for (const ch of s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(BIDI, '')) {
		const c = ch.charCodeAt(0);
		if (c === 9 || c === 10 || (c >= 32 && c !== 127 && !(c >= 0x80 && c <= 0x9f))) out += ch;
	}
	return out;
}

/** One line of plain text: controls and bidi overrides dropped, white space collapsed, cut to `max`. */
export function cleanLine(s: string, max: number): string {
	return stripControls(s).replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** Free text: as `cleanLine`, but line breaks are kept (at most one empty line in a row). */
export function cleanText(s: string, max: number): string {
	return stripControls(s)
		.replace(/\t/g, ' ')
		.replace(/[ \u00a0]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim()
		.slice(0, max)
		.trim();
}

/** A record id, or undefined when the text is not one. */
export function cleanRecordId(s: string | undefined): string | undefined {
	const v = cleanLine(s ?? '', 80)
		.toLowerCase()
		.replace(/^\/?resources\//, '')
		.replace(/\/$/, '');
	return RECORD_ID.test(v) ? v : undefined;
}

/** A country code from "GB", "gb" or "United Kingdom (GB)"; undefined otherwise. */
export function cleanCountry(s: string | undefined): string | undefined {
	const v = cleanLine(s ?? '', 120);
	const m = /^([A-Za-z]{2})$/.exec(v) ?? /\(([A-Za-z]{2})\)$/.exec(v);
	return m ? m[1]!.toUpperCase() : undefined;
}

/** An age band from its id; "13–17" with an en dash is read too. */
export function cleanAge(s: string | undefined): AgeBand | undefined {
	const v = cleanLine(s ?? '', 20)
		.toLowerCase()
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/\s+/g, '-');
	return (AGE_BANDS as readonly string[]).includes(v) ? (v as AgeBand) : undefined;
}

const yes = (s: string | undefined) => /^(yes|true|on|1)$/i.test(cleanLine(s ?? '', 5));

/**
 * The fields as they may travel: every text cleaned, every coded value checked. What does not
 * pass a check (a record id that is not one, an unknown age band) is dropped and named in `dropped`.
 */
export function cleanFields(f: SuggestionFields): {
	fields: SuggestionFields;
	dropped: SuggestionKey[];
} {
	const dropped: SuggestionKey[] = [];
	const out: SuggestionFields = {};
	const keep = <K extends SuggestionKey>(
		key: K,
		raw: string | undefined,
		value: SuggestionFields[K] | undefined,
	) => {
		if (value !== undefined && value !== '') out[key] = value;
		else if (raw !== undefined && cleanLine(raw, 500) !== '') dropped.push(key);
	};
	keep('record', f.record, cleanRecordId(f.record));
	keep('service', f.service, cleanLine(f.service ?? '', def('service').max) || undefined);
	if (f.missing) out.missing = true;
	keep('country', f.country, cleanCountry(f.country));
	if (out.country && f.countryName) {
		const name = cleanLine(f.countryName, 100).replace(/[()]/g, '');
		if (name) out.countryName = name;
	}
	keep('where', f.where, cleanLine(f.where ?? '', def('where').max) || undefined);
	keep('age', f.age, cleanAge(f.age));
	const lang = cleanLine(f.lang ?? '', 20);
	keep('lang', f.lang, LANG_TAG.test(lang) ? lang : undefined);
	const date = cleanLine(f.date ?? '', 10);
	keep('date', f.date, ISO_DATE.test(date) ? date : undefined);
	keep('what', f.what, cleanText(f.what ?? '', def('what').max) || undefined);
	return { fields: out, dropped };
}

/** How a field is written in the message. */
function shown(f: SuggestionFields, key: SuggestionKey): string {
	switch (key) {
		case 'missing':
			return f.missing ? 'yes' : '';
		case 'country':
			return f.country ? (f.countryName ? `${f.countryName} (${f.country})` : f.country) : '';
		case 'age':
			return f.age ?? AGE_BANDS[0];
		default:
			return f[key] ?? '';
	}
}

/**
 * The message: a subject and a body of `Label: value` lines, the reader's text last. A field that
 * does not apply is left out (the record id, "missing", the language and date when unknown); the
 * others are always there, empty when not answered, so the text works as an outline to fill in.
 */
export function composeSuggestion(input: SuggestionFields): { subject: string; body: string } {
	const { fields: f } = cleanFields(input);
	const optional = new Set<SuggestionKey>(['record', 'missing', 'lang', 'date']);
	const lines = [SUGGESTION_HEADER];
	for (const { key, label } of SUGGESTION_FIELDS) {
		if (key === 'what') continue;
		const value = shown(f, key);
		if (optional.has(key) && !value) continue;
		lines.push(value ? `${label}: ${value}` : `${label}:`);
	}
	lines.push('', `${def('what').label}:`, f.what ?? '');
	const about = [
		f.missing && !f.record ? 'missing service' : '',
		f.service ?? '',
		f.record ? `(${f.record})` : f.country ? `(${f.country})` : '',
	]
		.filter(Boolean)
		.join(' ');
	const subject = cleanLine(about ? `${SUGGESTION_HEADER}: ${about}` : SUGGESTION_HEADER, 150);
	return { subject, body: `${lines.join('\n').trimEnd()}\n` };
}

/** A mailto: link to `email` carrying the message; only `subject` and `body` are set. */
export function suggestionMailto(
	email: string,
	message: { subject: string; body: string },
): string {
	const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
	return `mailto:${email}?subject=${enc(message.subject)}&body=${enc(message.body)}`;
}

/**
 * The GitHub "new issue" address with the suggestion form filled in: the title, and each field by
 * its id. (An issue form ignores a `body` parameter, and this repository allows no blank issues,
 * so the fields go one by one; GitHub writes them back as `### Label` sections.)
 */
export function suggestionIssueUrl(newIssueUrl: string, input: SuggestionFields): string {
	const { fields: f } = cleanFields(input);
	const q = new URLSearchParams({
		template: SUGGESTION_TEMPLATE,
		title: composeSuggestion(f).subject,
	});
	for (const { key, onIssueForm } of SUGGESTION_FIELDS) {
		if (!onIssueForm) continue;
		const value = key === 'country' ? (f.country ?? '') : shown(f, key);
		if (value) q.set(key, value);
	}
	return `${newIssueUrl}?${q.toString()}`;
}

export type SuggestionFormat = 'message' | 'form' | 'issue';
export interface ParsedSuggestion {
	/** Which shape the text was in; undefined when it holds no suggestion at all. */
	format: SuggestionFormat | undefined;
	fields: SuggestionFields;
	/** Fields whose value was present but not valid (and so left out). */
	dropped: SuggestionKey[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLabel = new Map(SUGGESTION_FIELDS.map((f) => [f.label.toLowerCase(), f.key]));
const KEYS = SUGGESTION_FIELDS.map((f) => f.key);
const LABELS = SUGGESTION_FIELDS.map((f) => escape(f.label)).join('|');
const ISSUE_LINE = new RegExp(`^###[ \\t]+(${LABELS})[ \\t]*$`, 'i');
const MESSAGE_LINE = new RegExp(`^(${LABELS}):[ \\t]?(.*)$`, 'i');
const HEADER_LINE = new RegExp(`^${escape(SUGGESTION_HEADER)}[ \\t]*$`, 'i');
const FORM_LINE = new RegExp(`^(${KEYS.join('|')})=(.*)$`);
const NO_RESPONSE = /^_?No response_?$/i;

/** Reads a suggestion back from any of its three shapes (see the top of this file). */
/**
 * Undoes the one garbling a suggestion meets on its way: Chromium sends a form posted as
 * text/plain to a mailto: address (the suggest form without JavaScript) with its UTF-8 bytes read
 * as Latin-1, so "Telèfon" arrives as "TelÃ¨fon" and Arabic as "Ø..." (whatwg/html#3228). A text
 * made only of characters up to U+00FF whose bytes are valid UTF-8 with at least one multi-byte
 * sequence is read again as UTF-8; any other text (real Latin-1 accents included) is left alone.
 */
export function repairMojibake(text: string): string {
	if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text)) return text;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(
			Uint8Array.from(text, (c) => c.charCodeAt(0)),
		);
	} catch {
		return text;
	}
}

export function parseSuggestion(text: string): ParsedSuggestion {
	const lines = stripControls(repairMojibake(text.replace(/^\uFEFF/, ''))).split('\n');
	let format: SuggestionFormat | undefined;
	for (const line of lines) {
		if (ISSUE_LINE.test(line)) format = 'issue';
		else if (MESSAGE_LINE.test(line) || HEADER_LINE.test(line)) format = 'message';
		else if (FORM_LINE.test(line)) format = 'form';
		if (format) break;
	}
	const raw: Partial<Record<SuggestionKey, string>> = {};
	if (format === 'issue') readIssue(lines, raw);
	else if (format === 'message') readMessage(lines, raw);
	else if (format === 'form') readForm(lines, raw);
	const { fields, dropped } = cleanFields({
		...raw,
		age: raw.age as AgeBand | undefined,
		missing: yes(raw.missing),
	});
	return { format, fields, dropped };
}

/** `### Label` headings, each answer below its heading; "_No response_" is no answer. */
function readIssue(lines: string[], raw: Partial<Record<SuggestionKey, string>>) {
	let key: SuggestionKey | undefined;
	const parts = new Map<SuggestionKey, string[]>();
	for (const line of lines) {
		const m = ISSUE_LINE.exec(line);
		if (m) {
			// A heading given twice keeps its first answer.
			const k = byLabel.get(m[1]!.toLowerCase())!;
			key = parts.has(k) ? undefined : k;
			if (key) parts.set(key, []);
		} else if (/^###[ \t]/.test(line)) key = undefined;
		else if (key) parts.get(key)!.push(line);
	}
	for (const [k, v] of parts) {
		const value = v.join('\n').trim();
		if (!NO_RESPONSE.test(value)) raw[k] = value;
	}
}

/**
 * `Label: value` lines; a line that is not a label continues the field above it (a mail program
 * may wrap a long line), until an empty line. Everything after "What is wrong or missing:" is the
 * reader's text, whatever it holds. A label given twice keeps its first value.
 */
function readMessage(lines: string[], raw: Partial<Record<SuggestionKey, string>>) {
	let current: SuggestionKey | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const m = MESSAGE_LINE.exec(line);
		if (m) {
			const k = byLabel.get(m[1]!.toLowerCase())!;
			if (k === 'what') {
				raw.what = [m[2]!, ...lines.slice(i + 1)].join('\n');
				return;
			}
			current = k in raw ? undefined : k;
			if (current) raw[current] = m[2]!;
		} else if (!line.trim()) current = undefined;
		else if (current) raw[current] = `${raw[current]} ${line.trim()}`;
	}
}

/**
 * `name=value` lines as a browser writes a text/plain form: a line starting with a field's name
 * starts that field, the first time only; any other line continues the field above it (a line
 * break, or an `&` that Chromium turned into one).
 */
function readForm(lines: string[], raw: Partial<Record<SuggestionKey, string>>) {
	let current: SuggestionKey | undefined;
	for (const line of lines) {
		const m = FORM_LINE.exec(line);
		const k = m?.[1] as SuggestionKey | undefined;
		if (k && !(k in raw)) {
			current = k;
			raw[k] = m![2]!;
		} else if (current) raw[current] = `${raw[current]}\n${line}`;
	}
}
