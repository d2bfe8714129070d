/**
 * The Open Referral HSDS 3.0 export (the POP Atlas profile; docs/hsds-profile.md says how each
 * field maps). Every record becomes a `service` with its phones, schedules, languages, service
 * areas, virtual locations (web chat, forms, apps), contacts (email) and attributes (taxonomy
 * terms); organisations, taxonomies and taxonomy terms are exported alongside. All ids are UUID v5
 * derived from POP Atlas ids (src/exports/uuid.ts), so they are stable from build to build.
 */
import { contactPoint, numberCountry } from '../model/contact';
import type { Channel, Hours, Resource } from '../schemas/resource';
import {
	organizationPath,
	type Dataset,
	type OrganizationEntry,
	type ResourceEntry,
} from '../model/dataset';
import { countryName, termLabel } from '../text/labels';
import { REPO_URL } from '../site/site';
import type { FileDates } from './git-dates';
import { jsonHeader, type ExportMeta } from './meta';
import { allTaxonomies, type ExportTaxonomy } from './taxonomies';
import { popUuid } from './uuid';

export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE_URL = `${REPO_URL}/blob/main/docs/hsds-profile.md`;
export const HSDS_OPENAPI_URL =
	'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

type Obj = Record<string, unknown>;

/** Channel types that are dialled or texted: exported as HSDS phones (RFC 6350 type). */
const PHONE_TYPES: Record<string, string> = {
	voice_call: 'voice',
	short_code: 'voice',
	sms: 'text',
	whatsapp: 'text',
	messaging_app_other: 'text',
	video_call: 'video',
	sign_language_video: 'video',
	text_relay_tty: 'textphone',
};

/** Yes/no facts that become attributes with value true, false or unknown. */
const CHANNEL_FACTS = ['anonymous', 'human_responder', 'requires_account'] as const;
/** A fact's value as text (booleans and numbers as written). */
const scalar = (v: unknown): string =>
	typeof v === 'string'
		? v
		: typeof v === 'number' || typeof v === 'boolean'
			? String(v)
			: JSON.stringify(v);

const SERVICE_FACTS = [
	['accessibility', 'sign_language'],
	['accessibility', 'relay_text'],
	['accessibility', 'easy_read'],
	['accessibility', 'low_bandwidth'],
	['site_safety', 'quick_exit'],
	['site_safety', 'no_login_to_view'],
] as const;

/** Vocabularies only the HSDS export needs: the yes/no facts, as terms. */
function hsdsOnlyTaxonomies(): ExportTaxonomy[] {
	const term = (id: string, description: string) => ({
		id,
		label: id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
		description,
	});
	return [
		{
			id: 'channel-facts',
			label: 'Channel facts',
			description:
				'Yes/no facts about one way to reach a service; the attribute value is true, false or unknown.',
			defined_in: 'src/schemas/resource.ts',
			terms: [
				term('anonymous', 'A child can use the channel without giving their name.'),
				term('human_responder', 'A person, not a bot, answers.'),
				term('requires_account', 'The child must register or sign in first.'),
			],
		},
		{
			id: 'service-facts',
			label: 'Service facts',
			description:
				'Yes/no facts about accessibility and the safety of the service website; the attribute value is true, false or unknown.',
			defined_in: 'src/schemas/resource.ts',
			terms: SERVICE_FACTS.map(([group, k]) =>
				term(k, `${group.replace('_', ' ')}: ${k.replace(/_/g, ' ')}.`),
			),
		},
	];
}

/** The UTC offset of an IANA zone on a date, e.g. "+03:00". */
export function utcOffset(timeZone: string, date: string): string {
	const name =
		new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
			.formatToParts(new Date(`${date}T12:00:00Z`))
			.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
	const m = /GMT([+-]\d{2}:\d{2})/.exec(name);
	return m ? m[1]! : '+00:00';
}
const offsetHours = (offset: string) =>
	(offset.startsWith('-') ? -1 : 1) *
	(Number(offset.slice(1, 3)) + Number(offset.slice(4, 6)) / 60);

export interface HsdsExport {
	services: Obj[];
	organizations: Obj[];
	taxonomies: Obj[];
	taxonomy_terms: Obj[];
}

/** Builds the whole export. `dates` gives git dates of each record file (may be empty). */
export function toHsds(
	ds: Dataset,
	meta: ExportMeta,
	dates: (file: string) => FileDates | undefined = () => undefined,
): HsdsExport {
	const vocab = [...allTaxonomies(), ...hsdsOnlyTaxonomies()];
	const taxonomies = vocab.map((t) => ({
		id: popUuid('taxonomy', t.id),
		name: `pop-${t.id}`,
		description: t.description,
		uri: `${meta.site}/data/taxonomies.json#${t.id}`,
		version: meta.version,
	}));
	const termIndex = new Map<string, Obj>();
	const taxonomy_terms = vocab.flatMap((t) =>
		t.terms.map((term) => {
			const o: Obj = {
				id: popUuid('taxonomy_term', `${t.id}/${term.id}`),
				code: term.id,
				name: term.label,
				description: term.description,
				taxonomy: `pop-${t.id}`,
				taxonomy_id: popUuid('taxonomy', t.id),
				language: 'en',
				term_uri: `${meta.site}/data/taxonomies.json#${t.id}/${term.id}`,
			};
			if (term.broader) o.parent_id = popUuid('taxonomy_term', `${t.id}/${term.broader}`);
			termIndex.set(`${t.id}/${term.id}`, o);
			return o;
		}),
	);

	/** An attribute linking an entity to a term; `value` for yes/no facts and assessment results. */
	const attribute = (
		entity: string,
		linkId: string,
		linkType: string,
		taxonomy: string,
		code: string,
		value?: string,
	): Obj => {
		const term = termIndex.get(`${taxonomy}/${code}`);
		if (!term) throw new Error(`HSDS export: no term ${taxonomy}/${code}`);
		const a: Obj = {
			id: popUuid('attribute', `${linkId}/${taxonomy}/${code}`),
			link_id: linkId,
			link_type: linkType,
			link_entity: entity,
			taxonomy_term_id: term.id,
		};
		if (value !== undefined) a.value = value;
		return a;
	};

	const organizations = [...ds.organizations.values()]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((o) => organization(o, meta, attribute, organizationPath(ds, o.id)));
	const services = ds.resources.map((r) =>
		service(ds, r, meta, attribute, dates(`content/resources/${r.id}.yaml`)),
	);
	return { services, organizations, taxonomies, taxonomy_terms };
}

type AttributeFn = (
	entity: string,
	linkId: string,
	linkType: string,
	taxonomy: string,
	code: string,
	value?: string,
) => Obj;

function organization(
	o: OrganizationEntry,
	meta: ExportMeta,
	attribute: AttributeFn,
	pagePath: string,
): Obj {
	const id = popUuid('organization', o.id);
	const out: Obj = {
		id,
		name: o.name,
		description: o.description,
		website: o.url,
		uri: `${meta.site}${pagePath}`,
		attributes: [
			attribute('organization', id, 'organization_type', 'organization_type', o.type),
			...(o.memberships ?? []).map((m) =>
				attribute('organization', id, 'accreditation', 'memberships', m),
			),
		],
		x_pop_id: o.id,
		x_countries: o.countries,
		x_sources: o.sources,
	};
	if (o.alternate_name) out.alternate_name = o.alternate_name;
	if (o.parent) out.parent_organization_id = popUuid('organization', o.parent);
	return out;
}

const channelLabel = (c: Channel) =>
	`${termLabel('channels', c.type)}${c.platform ? ` (${c.platform})` : ''}${c.label ? `: ${c.label}` : ''}`;
const COST_TEXT: Record<Channel['cost'], string> = {
	free: 'free',
	free_from_some_networks: 'free from some networks',
	standard_rate: 'normal call or message rate',
	paid: 'paid',
	unknown: 'cost not known',
};
const DAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** HSDS schedules for one channel's hours, linked by `link` (service_id or service_at_location_id). */
function schedules(hours: Hours, link: Obj, key: string, what: string, date: string): Obj[] {
	if (hours === 'unknown') return [];
	if ('always_open' in hours) {
		return [
			{
				id: popUuid('schedule', `${key}/always`),
				...link,
				freq: 'WEEKLY',
				byday: DAY_ORDER.join(','),
				opens_at: '00:00',
				closes_at: '24:00',
				description: `${what}: open 24 hours a day, 7 days a week.${hours.note ? ` ${hours.note}` : ''}`,
				x_always_open: true,
			},
		];
	}
	const offset = utcOffset(hours.timezone, date);
	return hours.schedule.map((s, i) => {
		const o: Obj = {
			id: popUuid('schedule', `${key}/${i}`),
			...link,
			freq: 'WEEKLY',
			byday: s.days.join(','),
			opens_at: `${s.opens}${offset}`,
			closes_at: `${s.closes}${offset}`,
			timezone: offsetHours(offset),
			description: `${what}: ${s.days.join(',')} ${s.opens}–${s.closes} (${hours.timezone}).`,
			notes: `Times are local to ${hours.timezone}; the UTC offset is the one in force on ${date}.${hours.note ? ` ${hours.note}` : ''}`,
			x_timezone_iana: hours.timezone,
		};
		return o;
	});
}

const langName = new Intl.DisplayNames(['en'], { type: 'language' });
/** An HSDS language: ISO 639 code (the tag's primary subtag) and the full BCP 47 tag in the note. */
function language(tag: string, link: Obj, key: string): Obj {
	const code = tag.split('-')[0]!;
	const o: Obj = {
		id: popUuid('language', `${key}/${tag}`),
		...link,
		name: langName.of(tag) ?? tag,
		code,
	};
	if (code !== tag) o.note = `BCP 47 tag ${tag}`;
	return o;
}

function service(
	ds: Dataset,
	r: ResourceEntry,
	meta: ExportMeta,
	attribute: AttributeFn,
	dates: FileDates | undefined,
): Obj {
	const id = popUuid('service', r.id);
	const phones: Obj[] = [];
	const sched: Obj[] = [];
	const sals: Obj[] = [];
	const contacts: Obj[] = [];
	const seen = new Set<string>();
	r.channels.forEach((c, i) => {
		let key = `${r.id}/${c.type}/${c.value ?? c.url ?? i}`;
		if (seen.has(key)) key = `${key}/${i}`;
		seen.add(key);
		const what = `${channelLabel(c)}${c.value ? ` ${c.value}` : ''}`;
		const facts = (entity: string, linkId: string) => [
			attribute(entity, linkId, 'channel', 'channels', c.type),
			attribute(entity, linkId, 'cost', 'cost', c.cost),
			...CHANNEL_FACTS.filter((f) => c[f] !== undefined).map((f) =>
				attribute(entity, linkId, 'channel_fact', 'channel-facts', f, String(c[f])),
			),
		];
		const description = [`${what}.`, `Cost: ${COST_TEXT[c.cost]}.`, c.note]
			.filter(Boolean)
			.join(' ');
		if (c.type === 'email' && c.value) {
			const cid = popUuid('contact', key);
			contacts.push({ id: cid, service_id: id, name: c.label ?? 'Email', email: c.value });
		} else if (PHONE_TYPES[c.type] && c.value && !c.url?.startsWith('https:')) {
			const pid = popUuid('phone', key);
			const p: Obj = {
				id: pid,
				service_id: id,
				number: c.value,
				type: PHONE_TYPES[c.type],
				description,
				languages: c.languages.map((l) => language(l, { phone_id: pid }, key)),
				attributes: facts('phone', pid),
			};
			if (c.e164) p.x_e164 = c.e164;
			// What a phone dials, from the same derivation as the pages (src/model/contact.ts).
			const dial = contactPoint(c, numberCountry(r.id, r.countries)).href;
			if (dial) p.x_dial = dial;
			phones.push(p);
			sched.push(...schedules(c.hours, { service_id: id, x_phone_id: pid }, key, what, meta.date));
		} else {
			const lid = popUuid('location', key);
			const salId = popUuid('service_at_location', key);
			const virtual = !!c.url && c.type !== 'in_person';
			const location: Obj = {
				id: lid,
				location_type: virtual ? 'virtual' : 'physical',
				name: `${r.name}: ${channelLabel(c)}`,
				description,
				languages: c.languages.map((l) => language(l, { location_id: lid }, key)),
				attributes: facts('location', lid),
			};
			if (virtual) location.url = c.url;
			else if (c.value) location.x_value = c.value;
			sals.push({
				id: salId,
				service_id: id,
				location_id: lid,
				location,
				schedules: schedules(c.hours, { service_at_location_id: salId }, key, what, meta.date),
			});
		}
	});

	const areas: Obj[] = [];
	if (r.scope === 'global')
		areas.push({
			id: popUuid('service_area', `${r.id}/world`),
			service_id: id,
			name: 'Worldwide',
			description: 'Available in every country (scope: global).',
		});
	for (const cc of r.countries)
		areas.push({
			id: popUuid('service_area', `${r.id}/${cc}`),
			service_id: id,
			name: countryName(cc),
			description: `${countryName(cc)} (ISO 3166-1 ${cc}); scope: ${r.scope}.`,
			uri: `https://www.iso.org/obp/ui/#iso:code:3166:${cc}`,
		});
	for (const code of r.regions ?? []) {
		const name =
			ds.regions.find((x) => x.code === code)?.name ??
			ds.regions.flatMap((x) => x.subregions).find((s) => s.code === code)?.name ??
			code;
		areas.push({
			id: popUuid('service_area', `${r.id}/m49-${code}`),
			service_id: id,
			name,
			description: `UN M49 area ${code}.`,
		});
	}
	for (const code of r.subnational_areas ?? [])
		areas.push({
			id: popUuid('service_area', `${r.id}/${code}`),
			service_id: id,
			name: code,
			description: `ISO 3166-2 subdivision ${code}.`,
		});

	const a = (type: string, tax: string, code: string, value?: string) =>
		attribute('service', id, type, tax, code, value);
	const attributes = [
		a('service_type', 'resource-types', r.resource_type),
		...r.functions.map((f) => a('service_function', 'functions', f)),
		...r.topics.map((x) => a('topic', 'topics', x)),
		...r.audiences.map((x) => a('audience', 'audiences', x)),
		...(r.memberships ?? []).map((x) => a('accreditation', 'memberships', x)),
		...(r.report_scope ?? []).map((x) => a('report_scope', 'report-scope', x)),
		...(r.risk_dimensions ?? []).map((x) => a('risk', 'risk_dimensions', x)),
		a('service_scope', 'scope', r.scope),
		...(r.youth_participation
			? [a('youth_participation', 'youth_participation', r.youth_participation)]
			: []),
		...SERVICE_FACTS.flatMap(([group, k]) => {
			const v = (r[group] as Record<string, unknown> | undefined)?.[k];
			return v === undefined ? [] : [a('service_fact', 'service-facts', k, scalar(v))];
		}),
		...Object.entries(r.assessment ?? {}).map(([criterion, e]) =>
			a('assessment', 'assessment-criteria', criterion, e.status),
		),
	];

	const lastModified = dates?.updated ?? `${r.verification.last_verified}T00:00:00.000Z`;
	const metadata: Obj[] = [];
	if (dates?.created) metadata.push(meta_(id, r.id, 'create', dates.created));
	if (dates?.updated && dates.updated !== dates.created)
		metadata.push(meta_(id, r.id, 'update', dates.updated));

	const s: Obj = {
		id,
		organization_id: popUuid('organization', r.organization),
		name: r.name,
		description: r.description,
		url: r.url,
		status: r.status === 'temporarily_closed' ? 'temporarily closed' : r.status,
		fees_description: r.channels
			.map((c) => `${channelLabel(c)}${c.value ? ` ${c.value}` : ''}: ${COST_TEXT[c.cost]}`)
			.join('; '),
		eligibility_description: eligibility(r),
		assured_date: r.verification.last_verified,
		last_modified: lastModified,
		phones,
		schedules: sched,
		service_areas: areas,
		service_at_locations: sals,
		languages: r.languages.map((l) => language(l, { service_id: id }, r.id)),
		contacts,
		attributes,
		metadata,
		x_pop_id: r.id,
		x_pop_page: `${meta.site}/resources/${r.id}/`,
		x_verification: r.verification,
		x_sources: r.sources,
	};
	if (r.alternate_name) s.alternate_name = r.alternate_name;
	if (r.email) s.email = r.email;
	if (r.what_to_expect) s.application_process = r.what_to_expect;
	if (r.memberships?.length)
		s.accreditations = r.memberships.map((m) => termLabel('memberships', m)).join(', ');
	if (r.age?.min !== undefined && r.age.min !== null) s.minimum_age = r.age.min;
	if (r.age?.max !== undefined && r.age.max !== null) s.maximum_age = r.age.max;
	if (r.alert) s.alert = r.alert;
	if (r.summary_child) s.x_summary_child = r.summary_child;
	if (r.related?.length) s.x_related = r.related;
	if (r.harmonised_number) s.x_harmonised_number = r.harmonised_number;
	return s;
}

function eligibility(r: Resource): string {
	const who = r.audiences.map((x) => termLabel('audiences', x)).join(', ');
	const ages =
		r.age && (r.age.min !== null || r.age.max !== null)
			? ` Ages ${r.age.min ?? 0}${r.age.max !== null ? `–${r.age.max}` : ' and over'}.`
			: '';
	return `For: ${who}.${ages}`;
}

function meta_(serviceId: string, popId: string, action: 'create' | 'update', when: string): Obj {
	return {
		id: popUuid('metadata', `${popId}/${action}/${when}`),
		resource_id: serviceId,
		resource_type: 'service',
		last_action_date: when.slice(0, 10),
		last_action_type: action,
		field_name: '',
		previous_value: '',
		replacement_value: '',
		updated_by: 'POP Atlas data editors (from the git history of the record file)',
	};
}

/** An HSDS API-style page wrapping a whole list (the export is one page). */
export function hsdsPage(contents: Obj[], meta: ExportMeta): string {
	return JSON.stringify({
		total_items: contents.length,
		total_pages: 1,
		page_number: 1,
		size: contents.length,
		first_page: true,
		last_page: true,
		empty: contents.length === 0,
		...jsonHeader(meta),
		contents,
	});
}

/** The root document, like HSDS's `GET /`: version, profile and where the lists are. */
export function hsdsIndex(meta: ExportMeta, counts: Record<string, number>): string {
	return JSON.stringify({
		...jsonHeader(meta),
		// The HSDS version, as HSDS's `GET /` gives it; the POP Atlas version is pop_version.
		version: HSDS_VERSION,
		pop_version: meta.version,
		profile: HSDS_PROFILE_URL,
		openapi_url: HSDS_OPENAPI_URL,
		files: Object.fromEntries(
			Object.entries(counts).map(([k, n]) => [
				k,
				{ url: `${meta.site}/data/hsds/${k}.json`, count: n },
			]),
		),
	});
}
