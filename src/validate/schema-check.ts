/** Runs ajv with the committed JSON Schemas and turns its errors into contributor messages. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from '../schemas/reference';
import {
	CONTACT_URL,
	FORBIDDEN_CHARS,
	HTTPS_URL,
	PARTIAL_DATE,
	LANGUAGE,
	NO_HTML,
	SLUG,
	SOURCE_URL,
	TIME,
	TIMEZONE,
} from '../schemas/common';
import { didYouMean, fieldName, type Problem } from './problem';
import { locate, type ParsedYaml } from './yaml-file';

export type SchemaName =
	| 'resource'
	| 'organization'
	| 'emergency-numbers'
	| 'taxonomy'
	| 'assessment-criteria'
	| 'recommendation-chapter'
	| 'known-absent'
	// The recommendations' data files (src/validate/recommendations/validate.ts).
	| 'recommendations'
	| 'recommendation-vocabulary'
	| 'recommendation-report'
	| 'references'
	| 'external-figures'
	| 'figures'
	| 'policy-profile'
	| 'voices'
	| 'practice';

const compiled = new Map<SchemaName, ValidateFunction>();
let ajv: Ajv | undefined;

export function schemaValidator(name: SchemaName): ValidateFunction {
	let fn = compiled.get(name);
	if (!fn) {
		ajv ??= addFormats(
			new Ajv({
				allErrors: true,
				strict: false,
				verbose: true,
				// Count string length in UTF-16 units, as zod does, so both agree on text with emoji.
				unicode: false,
				logger: {
					log: console.log,
					warn: (...m: unknown[]) => !String(m[0]).includes('option unicode') && console.warn(...m),
					error: console.error,
				},
			}),
			['date', 'email', 'uri'],
		);
		const schema = JSON.parse(
			fs.readFileSync(path.join(ROOT, 'public', 'schemas', `${name}.schema.json`), 'utf8'),
		) as object;
		fn = ajv.compile(schema);
		compiled.set(name, fn);
	}
	return fn;
}

/** What a pattern means, in words, and how to fix a value that does not match it. */
const PATTERN_HELP: [RegExp, string, string][] = [
	[NO_HTML, 'contains HTML or a script tag', 'write plain text: remove anything between < and >'],
	[
		CONTACT_URL,
		'is not an allowed link',
		'use an https:// address, or tel:, sms: or mailto:; javascript:, data:, http: and links with spaces are refused',
	],
	[
		HTTPS_URL,
		'is not an allowed web address',
		'use a full https:// address with no spaces; javascript:, data: and http: links are refused',
	],
	[
		SOURCE_URL,
		'is not a web address',
		'give the full address of the page read, starting with https:// (or http:// for an old page)',
	],
	[
		SLUG,
		'is not a valid identifier',
		'use lower-case letters, digits and single hyphens, e.g. ke-childline-kenya',
	],
	[TIME, 'is not a time', 'write 24-hour HH:MM in quotes, e.g. "08:00" or "17:30"'],
	[LANGUAGE, 'is not a language tag', 'use a BCP-47 tag such as en, fr, sw, pt-BR or zh-Hant'],
	[TIMEZONE, 'is not an IANA time zone', 'use a name such as Africa/Nairobi or Europe/London'],
	[
		PARTIAL_DATE,
		'is not a date',
		'write the date as precisely as the source shows it, in quotes: "2024", "2024-05" or 2024-05-03',
	],
];
/** A host name with an optional path and no scheme: www.example.org, example.org/chat. */
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:[/?#][^\s<>"'`]*)?$/i;
function patternHelp(pattern: string): [string, string] {
	for (const [re, what, fix] of PATTERN_HELP) if (re.source === pattern) return [what, fix];
	if (pattern.startsWith('^\\+[1-9]'))
		return [
			'is not an international number',
			'write + then the country code and digits only, e.g. +254722116116',
		];
	if (pattern.includes('[A-Z]{2}-'))
		return ['is not an ISO 3166-2 code', 'use a code such as KE-30'];
	return [`does not match the pattern ${pattern}`, 'see the field description in CONTRIBUTING.md'];
}

const typeOf = (v: unknown) =>
	v === null
		? 'nothing (null)'
		: Array.isArray(v)
			? 'a list'
			: typeof v === 'object'
				? 'a mapping'
				: `a ${typeof v}`;
const show = (v: unknown) =>
	typeof v === 'string' ? `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"` : JSON.stringify(v);

function toPath(instancePath: string): (string | number)[] {
	if (!instancePath) return [];
	return instancePath
		.slice(1)
		.split('/')
		.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** In a union (anyOf), keep the errors of the branch that fits best, or one error for the union. */
function pruneUnions(errors: ErrorObject[]): ErrorObject[] {
	const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
	let out = errors;
	// Innermost unions first, so nested unions are resolved before their parents.
	for (const u of unions.sort((a, b) => b.schemaPath.length - a.schemaPath.length)) {
		const prefix = `${u.schemaPath}/`;
		const branchErrors = out.filter((e) => e.schemaPath.startsWith(prefix));
		const byBranch = new Map<string, ErrorObject[]>();
		for (const e of branchErrors) {
			const idx = e.schemaPath.slice(prefix.length).split('/')[0]!;
			byBranch.set(idx, [...(byBranch.get(idx) ?? []), e]);
		}
		// A branch "fits" when its root type (and const) matched: its errors are deeper in.
		const fitting = [...byBranch.values()].filter(
			(errs) =>
				!errs.some(
					(e) =>
						e.instancePath === u.instancePath && (e.keyword === 'type' || e.keyword === 'const'),
				),
		);
		fitting.sort((a, b) => a.length - b.length);
		const keep = fitting.length ? fitting[0]! : [u];
		out = out.filter((e) => e !== u && !e.schemaPath.startsWith(prefix)).concat(keep);
	}
	return out;
}

/**
 * A misspelt required key shows up twice: as an unknown key and as a missing one. Keep only the
 * "unknown field — did you mean" line, which says how to fix both.
 */
function dropCascades(errors: ErrorObject[], _data: unknown): ErrorObject[] {
	const typoTargets = new Set<string>();
	for (const e of errors) {
		if (e.keyword !== 'additionalProperties') continue;
		const extra = (e.params as { additionalProperty: string }).additionalProperty;
		const allowed = Object.keys(
			((e.parentSchema ?? {}) as { properties?: object }).properties ?? {},
		);
		const guess = didYouMean(extra, allowed);
		if (guess) typoTargets.add(`${e.instancePath}/${guess}`);
	}
	return errors.filter(
		(e) =>
			!(
				e.keyword === 'required' &&
				typoTargets.has(
					`${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`,
				)
			),
	);
}

/** The description of a field, looking through list items to the list itself. */
function describedBy(schemaRoot: unknown, schemaPath: string): string {
	const parts = schemaPath.replace(/^#\//, '').split('/');
	let node = schemaRoot as Record<string, unknown> | undefined;
	let best = '';
	for (const p of parts.slice(0, -1)) {
		node = node?.[p] as Record<string, unknown> | undefined;
		if (node && typeof node.description === 'string') best = node.description;
	}
	return best;
}

export function schemaProblems(parsed: ParsedYaml, schema: SchemaName): Problem[] {
	const validate = schemaValidator(schema);
	if (validate(parsed.data)) return [];
	currentRoot = validate.schema;
	currentName = schema;
	// Hidden characters are reported by the text rules (text-rules.ts), with their code point.
	const errors = dropCascades(pruneUnions(validate.errors ?? []), parsed.data).filter(
		(e) => !(e.keyword === 'pattern' && typeof e.data === 'string' && FORBIDDEN_CHARS.test(e.data)),
	);
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const e of errors) {
		const p = describe(parsed, e);
		const key = `${p.field}|${p.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		problems.push(p);
	}
	return problems;
}

const validateSchema = (e: ErrorObject) =>
	(e as ErrorObject & { schemaRoot?: unknown }).schemaRoot ?? currentRoot;
const schemaRootName = (_e: ErrorObject) => currentName;
let currentRoot: unknown;
let currentName: SchemaName | undefined;

function describe(parsed: ParsedYaml, e: ErrorObject): Problem {
	const path = toPath(e.instancePath);
	const parent = (e.parentSchema ?? {}) as {
		description?: string;
		properties?: Record<string, { description?: string }>;
	};
	const desc = parent.description ?? '';
	const base = { file: parsed.file, severity: 'error' as const, rule: `schema-${e.keyword}` };
	const at = (p: (string | number)[], mode: 'value' | 'key' = 'value') => locate(parsed, p, mode);
	switch (e.keyword) {
		case 'required': {
			const missing = (e.params as { missingProperty: string }).missingProperty;
			const propDesc = parent.properties?.[missing]?.description ?? '';
			return {
				...base,
				...at(path),
				field: fieldName([...path, missing]),
				message: 'this required field is missing',
				hint: `add "${missing}:" ${propDesc ? `(${propDesc})` : ''}`.trim(),
			};
		}
		case 'additionalProperties': {
			const extra = (e.params as { additionalProperty: string }).additionalProperty;
			const allowed = Object.keys(parent.properties ?? {});
			const guess = didYouMean(extra, allowed);
			if (extra === 'id' && parsed.file && schemaRootName(e) === 'resource')
				return {
					...base,
					...at([...path, extra], 'key'),
					field: 'id',
					message: 'a record does not state its id',
					hint: 'remove this line: the id is the file path (content/resources/<scope>/<slug>.yaml)',
				};
			return {
				...base,
				...at([...path, extra], 'key'),
				field: fieldName([...path, extra]),
				message: 'unknown field',
				hint: guess
					? `did you mean "${guess}"?`
					: `remove it; the fields allowed here are ${allowed.join(', ')}`,
			};
		}
		case 'enum':
		case 'const': {
			const allowed: unknown[] =
				e.keyword === 'enum'
					? (e.params as { allowedValues: unknown[] }).allowedValues
					: [(e.params as { allowedValue: unknown }).allowedValue];
			const guess =
				typeof e.data === 'string' ? didYouMean(e.data, allowed.map(String)) : undefined;
			const described = desc || describedBy(validateSchema(e), e.schemaPath);
			const file =
				described.match(/data\/[\w./-]+\.yaml/)?.[0] ??
				(path[0] === 'countries' || path.at(-2) === 'countries' || path[0] === 'country'
					? 'data/countries.yaml'
					: undefined);
			if (path.at(-1) === 'always_open')
				return {
					...base,
					...at(path),
					field: fieldName(path),
					message: 'always_open can only be true',
					hint: 'for a channel that is not open 24/7 write hours: { timezone, schedule } with its opening times, or hours: unknown',
				};
			const list =
				allowed.length > 15 ? `the codes listed in ${file ?? 'the schema'}` : allowed.join(', ');
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `${show(e.data)} is not an allowed value`,
				hint: guess
					? `did you mean "${guess}"?${allowed.length > 15 ? ` Otherwise use one of ${list}` : ` Allowed: ${list}`}`
					: `use one of ${list}`,
			};
		}
		case 'type': {
			const expected = (e.params as { type: string }).type;
			let hint = desc || `write ${expected === 'array' ? 'a list' : `a ${expected}`}`;
			if (expected === 'string' && typeof e.data === 'number')
				hint = `put the value in quotes, e.g. "${e.data}" (numbers and times must be quoted)`;
			else if (expected === 'string' && typeof e.data === 'boolean')
				hint = `put the value in quotes if you meant the word ${e.data ? 'yes/true' : 'no/false'}; ${desc}`;
			else if (e.data === null) hint = `write a value after the colon, or remove the line; ${desc}`;
			else if (expected === 'array')
				hint =
					e.data !== null && typeof e.data === 'object'
						? `write a list of values in square brackets, e.g. [a, b]; ${desc}`
						: `write a list, e.g. [${show(e.data)}]`;
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `expected ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : `a ${expected}`}, found ${typeOf(e.data)}`,
				hint,
			};
		}
		case 'pattern': {
			const pattern = (e.params as { pattern: string }).pattern;
			const [what, fix] = patternHelp(pattern);
			// A link written as a bare domain ("example.org/chat"), as pages often print it.
			const bare =
				[HTTPS_URL.source, CONTACT_URL.source, SOURCE_URL.source].includes(pattern) &&
				typeof e.data === 'string' &&
				BARE_DOMAIN.test(e.data);
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `${show(e.data)} ${what}`,
				hint: bare
					? `write the whole address, https://${String(e.data)}, after opening it to check that it is the page meant`
					: fix,
				rule: `schema-pattern`,
			};
		}
		case 'format':
			if (typeof e.data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.data))
				return {
					...base,
					...at(path),
					field: fieldName(path),
					message: `${show(e.data)} is not a date on the calendar`,
					hint: 'check the month (01–12) and the day of the month',
				};
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `${show(e.data)} is not a valid date`,
				hint: 'write the date as YYYY-MM-DD, e.g. 2026-11-29',
			};
		case 'minItems': {
			const n = (e.params as { limit: number }).limit;
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `needs at least ${n} item${n === 1 ? '' : 's'}`,
				hint: desc || 'add an item',
			};
		}
		case 'maxItems': {
			const n = (e.params as { limit: number }).limit;
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `has ${Array.isArray(e.data) ? e.data.length : 'too many'} items; the limit is ${n}`,
				hint: desc ? `keep the ${n} that matter most; ${desc}` : `keep at most ${n}`,
			};
		}
		case 'maxLength':
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `is ${String(e.data).length} characters long; the limit is ${(e.params as { limit: number }).limit}`,
				hint: 'shorten it',
			};
		case 'minLength':
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: 'is empty',
				hint: `write a value, or remove the line if the field is optional; ${desc}`,
			};
		case 'minimum':
		case 'maximum':
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `${show(e.data)} is out of range`,
				hint: `${e.message ?? ''}; ${desc}`,
			};
		case 'propertyNames': {
			const name = (e.params as { propertyName: string }).propertyName;
			return {
				...base,
				...at([...path, name], 'key'),
				field: fieldName([...path, name]),
				message: `"${name}" is not an allowed key here`,
				hint: desc || 'see the schema',
			};
		}
		case 'anyOf':
		case 'oneOf':
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: `${show(e.data)} is not in an accepted form`,
				hint: desc || 'see the field description',
			};
		default:
			return {
				...base,
				...at(path),
				field: fieldName(path),
				message: e.message ?? 'is not valid',
				hint: desc || 'see the schema',
			};
	}
}
