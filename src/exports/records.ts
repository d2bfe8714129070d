/**
 * Records and organisations as JSON and CSV.
 *
 * JSON keeps each record exactly as written (plus its `id`). CSV has one row per record:
 * - scalar fields in a column of their own; nested objects flattened with dots (`age.min`,
 *   `verification.last_verified`);
 * - lists of codes joined with ` | ` (`functions`, `countries`, `languages` …);
 * - channels as numbered groups of columns, `channel1.type` … `channel1.note`, as many groups as
 *   the record with the most channels; hours as one line (see src/text/hours-text.ts);
 * - lists of objects (`sources`, `conflicts`, `assessment`, `translations` …) as JSON in the cell;
 * - an empty cell means "not stated": the CSV does not tell an absent optional field from an empty
 *   optional list or a null, which mean the same in POP Atlas (see `canonicalRecord`).
 * Derived columns (`page`, `organization_name`, `channel_count`) and the `licence` and `citation`
 * columns are ignored when reading.
 */
import type { Organization } from '../schemas/organization';
import type { Channel, Resource } from '../schemas/resource';
import type { Dataset, OrganizationEntry, ResourceEntry } from '../model/dataset';
import { formatHours, parseHours } from '../text/hours-text';
import { derivedContacts, type DerivedContact } from '../model/evidence';
import { parseCsvObjects, toCsv } from './csv';
import { idFirst, jsonHeader, type ExportMeta } from './meta';

export const LIST_SEPARATOR = ' | ';
const joinList = (v: readonly string[] | undefined) => (v ?? []).join(LIST_SEPARATOR);
const splitList = (s: string) => (s === '' ? [] : s.split('|').map((x) => x.trim()));

type Json = Record<string, unknown>;
/** A scalar cell: strings, numbers and booleans as written; nothing for undefined or null. */
const scalar = (v: unknown): string =>
	typeof v === 'string'
		? v
		: typeof v === 'number' || typeof v === 'boolean'
			? String(v)
			: v === undefined || v === null
				? ''
				: JSON.stringify(v);
type BoolOrUnknown = boolean | 'unknown';
const boolText = (v: BoolOrUnknown | undefined) => (v === undefined ? '' : String(v));
const boolParse = (s: string): BoolOrUnknown | undefined =>
	s === '' ? undefined : s === 'true' ? true : s === 'false' ? false : 'unknown';

/** A column: its name, how to read it from a record, how to write it back. */
interface Column<T> {
	name: string;
	get: (r: T) => string;
	/** Absent for derived columns, which are not read back. */
	set?: (r: Json, cell: string) => void;
}

const text = <T extends Json>(key: string): Column<T> => ({
	name: key,
	get: (r) => scalar(r[key]),
	set: (r, c) => {
		if (c !== '') r[key] = c;
	},
});
const list = <T extends Json>(key: string, required: boolean): Column<T> => ({
	name: key,
	get: (r) => joinList(r[key] as string[] | undefined),
	set: (r, c) => {
		if (c !== '' || required) r[key] = splitList(c);
	},
});
const json = <T extends Json>(key: string): Column<T> => ({
	name: key,
	get: (r) => (r[key] === undefined ? '' : JSON.stringify(r[key])),
	set: (r, c) => {
		if (c !== '') r[key] = JSON.parse(c);
	},
});
/** A property of a nested object, e.g. age.min; `kind` says how the cell is typed. */
const nested = <T extends Json>(
	obj: string,
	key: string,
	kind: 'text' | 'bool' | 'int',
): Column<T> => ({
	name: `${obj}.${key}`,
	get: (r) => {
		const v = (r[obj] as Json | undefined)?.[key];
		return scalar(v);
	},
	set: (r, c) => {
		if (c === '') return;
		const o = (r[obj] ??= {}) as Json;
		o[key] = kind === 'bool' ? boolParse(c) : kind === 'int' ? Number(c) : c;
	},
});

/** A list or object inside a nested object, as JSON in the cell, e.g. verification.history. */
const nestedJson = <T extends Json>(obj: string, key: string): Column<T> => ({
	name: `${obj}.${key}`,
	get: (r) => {
		const v = (r[obj] as Json | undefined)?.[key];
		return v === undefined ? '' : JSON.stringify(v);
	},
	set: (r, c) => {
		if (c === '') return;
		((r[obj] ??= {}) as Json)[key] = JSON.parse(c);
	},
});

const RESOURCE_COLUMNS: Column<ResourceEntry & Json>[] = [
	text('id'),
	text('name'),
	text('alternate_name'),
	text('organization'),
	text('resource_type'),
	list('functions', true),
	text('status'),
	text('scope'),
	list('countries', true),
	list('regions', false),
	list('subnational_areas', false),
	text('description'),
	text('summary_child'),
	text('url'),
	text('email'),
	text('harmonised_number'),
	list('audiences', true),
	nested('age', 'min', 'int'),
	nested('age', 'max', 'int'),
	list('topics', true),
	list('risk_dimensions', false),
	list('languages', true),
	nested('accessibility', 'statement_url', 'text'),
	nested('accessibility', 'sign_language', 'bool'),
	nested('accessibility', 'relay_text', 'bool'),
	nested('accessibility', 'easy_read', 'bool'),
	nested('accessibility', 'low_bandwidth', 'bool'),
	text('what_to_expect'),
	nested('site_safety', 'quick_exit', 'bool'),
	nested('site_safety', 'no_login_to_view', 'bool'),
	text('youth_participation'),
	list('youth_roles', false),
	list('applies_in', false),
	list('memberships', false),
	list('report_scope', false),
	list('related', false),
	nested('verification', 'last_verified', 'text'),
	nested('verification', 'method', 'text'),
	nested('verification', 'verified_by_role', 'text'),
	nested('verification', 'confidence', 'text'),
	nested('verification', 'note', 'text'),
	nestedJson('verification', 'history'),
	text('alert'),
	text('notes'),
	nested('external_ids', 'wikidata', 'text'),
	nested('external_ids', 'chi_member', 'text'),
	nested('external_ids', 'inhope_member', 'text'),
	json('sources'),
	json('conflicts'),
	json('previous_numbers'),
	json('shared_contacts'),
	json('channel_census'),
	json('declared_domains'),
	json('youth_review'),
	json('assessment'),
	json('translations'),
];

/** Derived columns of a channel group (not read back): the link the pages follow, the normalised number, the evidence. */
export const DERIVED_CHANNEL_FIELDS = [
	'link',
	'number',
	'evidence_date',
	'evidence_state',
] as const;
const derivedCells = (c: DerivedContact | undefined): string[] =>
	c
		? [
				c.link ?? '',
				c.number ?? '',
				c.evidence.date ?? '',
				c.evidence.unsure ? `${c.evidence.state}, low confidence` : c.evidence.state,
			]
		: DERIVED_CHANNEL_FIELDS.map(() => '');

/** The columns of one channel group, in order. */
export const CHANNEL_FIELDS = [
	'type',
	'value',
	'e164',
	'url',
	'platform',
	'label',
	'cost',
	'hours',
	'hours_note',
	'languages',
	'anonymous',
	'human_responder',
	'requires_account',
	'note',
	'number_country',
	'phone_check_exception',
] as const;

function channelCells(c: Channel | undefined): string[] {
	if (!c) return CHANNEL_FIELDS.map(() => '');
	const note = c.hours !== 'unknown' ? c.hours.note : undefined;
	const v: Record<(typeof CHANNEL_FIELDS)[number], string> = {
		type: c.type,
		value: c.value ?? '',
		e164: c.e164 ?? '',
		url: c.url ?? '',
		platform: c.platform ?? '',
		label: c.label ?? '',
		cost: c.cost,
		hours: formatHours(c.hours),
		hours_note: note ?? '',
		languages: joinList(c.languages),
		anonymous: boolText(c.anonymous),
		human_responder: boolText(c.human_responder),
		requires_account: boolText(c.requires_account),
		note: c.note ?? '',
		number_country: c.number_country ?? '',
		phone_check_exception: c.phone_check_exception ?? '',
	};
	return CHANNEL_FIELDS.map((f) => v[f]);
}

function channelFromCells(
	get: (f: (typeof CHANNEL_FIELDS)[number]) => string,
): Channel | undefined {
	if (!get('type')) return undefined;
	const parsed = parseHours(get('hours'));
	if (!parsed.ok) throw new Error(`hours "${get('hours')}": ${parsed.error}`);
	let hours = parsed.hours;
	if (get('hours_note') && hours !== 'unknown') hours = { ...hours, note: get('hours_note') };
	const c: Json = {
		type: get('type'),
		cost: get('cost'),
		hours,
		languages: splitList(get('languages')),
		anonymous: boolParse(get('anonymous')),
		human_responder: boolParse(get('human_responder')),
	};
	for (const f of [
		'value',
		'e164',
		'url',
		'platform',
		'label',
		'note',
		'number_country',
		'phone_check_exception',
	] as const)
		if (get(f)) c[f] = get(f);
	if (get('requires_account')) c.requires_account = boolParse(get('requires_account'));
	return c as unknown as Channel;
}

/** Removes what the CSV cannot tell apart from "not stated": nulls, empty optional lists, empty objects. */
export function canonicalRecord(r: ResourceEntry): ResourceEntry {
	const REQUIRED_LISTS = new Set([
		'functions',
		'countries',
		'channels',
		'audiences',
		'topics',
		'languages',
		'sources',
	]);
	const out = JSON.parse(JSON.stringify(r)) as Json;
	for (const [k, v] of Object.entries(out)) {
		if (Array.isArray(v) && !v.length && !REQUIRED_LISTS.has(k)) delete out[k];
		else if (
			v &&
			typeof v === 'object' &&
			!Array.isArray(v) &&
			k !== 'assessment' &&
			k !== 'translations'
		) {
			const o = v as Json;
			if (k !== 'age') for (const [kk, vv] of Object.entries(o)) if (vv === null) delete o[kk];
			if (k === 'age' && o.min === null && o.max === null) delete out[k];
			else if (!Object.keys(o).length) delete out[k];
		} else if (v === null) delete out[k];
	}
	for (const c of out.channels as Json[]) if (c.platform === null) delete c.platform;
	return out as unknown as ResourceEntry;
}

/**
 * All records as one JSON document: licence, citation, count and the records with their ids, each
 * with the derived `contacts` (every channel as the pages show and dial it, with its evidence date).
 */
export function recordsJson(ds: Dataset, meta: ExportMeta): string {
	return JSON.stringify({
		...jsonHeader(meta),
		count: ds.resources.length,
		records: ds.resources.map((r) => ({ ...idFirst(r), contacts: derivedContacts(r, meta.date) })),
	});
}

/** Reads records back from the JSON export (without the derived `contacts`). */
export function recordsFromJson(text: string): ResourceEntry[] {
	return (JSON.parse(text) as { records: (ResourceEntry & { contacts?: unknown })[] }).records.map(
		({ contacts: _c, ...r }) => r,
	);
}

/** All records as CSV, one row per record (layout in the module comment). */
export function recordsCsv(ds: Dataset, meta: ExportMeta): string {
	const channelGroups = Math.max(1, ...ds.resources.map((r) => r.channels.length));
	const header = [
		...RESOURCE_COLUMNS.map((c) => c.name),
		'organization_name',
		'page',
		'channel_count',
		...Array.from({ length: channelGroups }, (_, i) =>
			[...CHANNEL_FIELDS, ...DERIVED_CHANNEL_FIELDS].map((f) => `channel${i + 1}.${f}`),
		).flat(),
		'licence',
		'citation',
	];
	const rows = ds.resources.map((r) => {
		const contacts = derivedContacts(r, meta.date);
		return [
			...RESOURCE_COLUMNS.map((c) => c.get(r as ResourceEntry & Json)),
			ds.organizations.get(r.organization)?.name ?? '',
			`${meta.site}/resources/${r.id}/`,
			String(r.channels.length),
			...Array.from({ length: channelGroups }, (_, i) => [
				...channelCells(r.channels[i]),
				...derivedCells(contacts[i]),
			]).flat(),
			meta.licence.id,
			meta.citation,
		];
	});
	return toCsv(header, rows);
}

/** Reads records back from the CSV export (in the canonical form, see `canonicalRecord`). */
export function recordsFromCsv(text: string): ResourceEntry[] {
	return parseCsvObjects(text).map((row) => {
		const r: Json = {};
		for (const col of RESOURCE_COLUMNS) col.set?.(r, row[col.name] ?? '');
		if (r.age) r.age = { min: null, max: null, ...(r.age as Json) };
		const channels: Channel[] = [];
		for (let i = 1; `channel${i}.type` in row; i++) {
			const c = channelFromCells((f) => row[`channel${i}.${f}`] ?? '');
			if (c) channels.push(c);
		}
		r.channels = channels;
		return r as unknown as ResourceEntry;
	});
}

const ORG_COLUMNS: Column<OrganizationEntry & Json>[] = [
	text('id'),
	text('name'),
	text('alternate_name'),
	text('type'),
	list('countries', true),
	text('description'),
	text('url'),
	list('memberships', false),
	text('parent'),
	text('notes'),
	json('sources'),
];

/** Organisations as JSON, with the ids of the services each one runs. */
export function organizationsJson(ds: Dataset, meta: ExportMeta): string {
	const organizations = [...ds.organizations.values()]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((o) => ({
			...idFirst(o),
			services: (ds.resourcesByOrg.get(o.id) ?? []).map((r) => r.id),
		}));
	return JSON.stringify({ ...jsonHeader(meta), count: organizations.length, organizations });
}

/** Reads organisations back from the JSON export (without the derived `services`). */
export function organizationsFromJson(text: string): OrganizationEntry[] {
	return (
		JSON.parse(text) as { organizations: (OrganizationEntry & { services?: string[] })[] }
	).organizations.map(({ services: _s, ...o }) => o);
}

/** Organisations as CSV, one row each. */
export function organizationsCsv(ds: Dataset, meta: ExportMeta): string {
	const orgs = [...ds.organizations.values()].sort((a, b) => a.id.localeCompare(b.id));
	const header = [...ORG_COLUMNS.map((c) => c.name), 'services', 'licence', 'citation'];
	const rows = orgs.map((o) => [
		...ORG_COLUMNS.map((c) => c.get(o as OrganizationEntry & Json)),
		joinList((ds.resourcesByOrg.get(o.id) ?? []).map((r) => r.id)),
		meta.licence.id,
		meta.citation,
	]);
	return toCsv(header, rows);
}

/** Reads organisations back from the CSV export (empty optional lists dropped, as in records). */
export function organizationsFromCsv(text: string): OrganizationEntry[] {
	return parseCsvObjects(text).map((row) => {
		const o: Json = {};
		for (const col of ORG_COLUMNS) col.set?.(o, row[col.name] ?? '');
		return o as unknown as Organization & { id: string };
	});
}

/** The CSV's canonical form of an organisation: an empty optional memberships list is dropped. */
export function canonicalOrganization(o: OrganizationEntry): OrganizationEntry {
	const out = { ...o };
	if (out.memberships && !out.memberships.length) delete out.memberships;
	return out;
}

/** Types re-exported for callers that only need the record shape. */
export type { Resource };
/** The column builders, for the other CSV exports (src/exports/youth.ts). */
export {
	joinList,
	json as jsonColumn,
	list as listColumn,
	nested as nestedColumn,
	text as textColumn,
	type Column,
	type Json,
};
