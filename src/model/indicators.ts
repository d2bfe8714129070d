/**
 * Indicators of the mapping, per country, per region and globally: pure functions of the records
 * (and of sourced known absences). The map, the findings charts, country profiles, recommendation
 * evidence and the GeoJSON export all read them from here; none recomputes them.
 *
 * Every country indicator has three states:
 * - `exists`: a record shows it;
 * - `absent`: known not to exist — either a sourced entry in data/known-absent.yaml, or, for
 *   features of mapped services, every relevant fact is known and none has the feature;
 * - `unmapped`: not yet mapped. A missing record never means "none".
 */
import type { KnownAbsent } from '../schemas/known-absent';
import type { Resource } from '../schemas/resource';
import type { Dataset, ResourceEntry } from './dataset';
import { isTextChannel, TEXT_CHANNEL_TYPES } from '../text/format';
import { isStale } from './record';
import { inGroup, isActive } from './groups';
import { census, kindOfChannel } from './census';
import { policyRows, type PolicyState } from './figures';
import { taxonomies } from '../schemas/reference';
import { dictionary, t, type UiKey } from '../i18n/index';
import type { Lang } from '../i18n/languages';
import { RECHECK_MONTHS } from './clock';

/** The facts of a country policy profile, in taxonomy order (data/taxonomies/policy-facts.yaml). */
export const POLICY_FACTS = (): string[] => taxonomies()['policy-facts'].terms.map((t) => t.id);

export type IndicatorState = 'exists' | 'absent' | 'unmapped';
export const STATES: IndicatorState[] = ['exists', 'absent', 'unmapped'];

export interface IndicatorDef {
	id: string;
	label: string;
	/** Shown on the site with the indicator. */
	definition: string;
	/** Question form for the map legend: "Child helpline present?" */
	question: string;
	/** How a country's state is decided, in words. */
	rule: string;
}

const active = isActive;

/**
 * An indicator or measure as a page in `lang` shows it: its label and question from the UI
 * dictionary (indicator.<id>.label / .question, in every language; a unit test keeps the English
 * equal to the definitions here). The definition and the rule stay in English, the language of the
 * method: `methodLang` says so, for pages to mark them up.
 */
export function localIndicator<D extends IndicatorDef>(
	def: D,
	lang: Lang,
): D & { methodLang: Lang } {
	const dict = dictionary(lang);
	const label = dict[`indicator.${def.id}.label` as UiKey];
	const question = dict[`indicator.${def.id}.question` as UiKey];
	return {
		...def,
		label: label ?? def.label,
		question: question
			? t(lang, `indicator.${def.id}.question` as UiKey, { months: RECHECK_MONTHS })
			: def.question,
		methodLang: 'en',
	};
}

type Evaluator = (records: ResourceEntry[]) => IndicatorState;

/** Presence of a kind of service: exists if an active record matches; otherwise not known. */
const presence =
	(match: (r: ResourceEntry) => boolean): Evaluator =>
	(rs) =>
		rs.some((r) => active(r) && match(r)) ? 'exists' : 'unmapped';

/**
 * A feature of the country's support services: exists if any channel has it; absent only when the
 * country has support services and every channel's fact is known and lacks it.
 */
const feature =
	(has: (c: Resource['channels'][number]) => boolean | undefined): Evaluator =>
	(rs) => {
		const support = rs.filter((r) => active(r) && isSupport(r));
		if (!support.length) return 'unmapped';
		const facts = support.flatMap((r) => r.channels.map(has));
		if (facts.some((f) => f === true)) return 'exists';
		return facts.every((f) => f === false) ? 'absent' : 'unmapped';
	};
/** The channel indicators and the channel types (data/taxonomies/channels.yaml) each one counts. */
export const CHANNEL_GROUPS: { id: string; types: string[] }[] = [
	{ id: 'channel_voice', types: ['voice_call', 'short_code'] },
	{ id: 'channel_sms', types: ['sms'] },
	{ id: 'channel_messaging', types: ['whatsapp', 'messaging_app_other'] },
	{ id: 'channel_chat', types: ['web_chat', 'chatbot'] },
	{ id: 'channel_social', types: ['social_dm'] },
	{ id: 'channel_app', types: ['mobile_app'] },
	{ id: 'channel_written', types: ['email', 'web_form'] },
];
const typesOf = (id: string) => CHANNEL_GROUPS.find((g) => g.id === id)!.types;
/**
 * A channel among support services: exists when a support service lists it (or its census says a
 * source says the service offers it but the record lists no channel of it); known absent only
 * when every active support service of the country records, from a source, in its channel census
 * that it does not offer (or no longer offers) every kind of channel the indicator counts;
 * otherwise not yet mapped. A channel that a record does not list is never read as absent.
 */
const channelType =
	(types: string[]): Evaluator =>
	(rs) => {
		const support = rs.filter((r) => active(r) && isSupport(r));
		if (support.some((r) => r.channels.some((c) => types.includes(c.type)))) return 'exists';
		if (!support.length) return 'unmapped';
		const kinds = [...new Set(types.map(kindOfChannel).filter((k): k is string => !!k))];
		// A source lists the channel among the service's ways to reach it, but the record lists no channel of it.
		if (support.some((r) => r.channel_census?.offered_unlisted?.some((k) => kinds.includes(k))))
			return 'exists';
		const absentEverywhere = support.every((r) => {
			const states = census(r);
			return kinds.every((k) => {
				const s = states.get(k);
				return s === 'not_offered' || s === 'discontinued';
			});
		});
		return kinds.length && absentEverywhere ? 'absent' : 'unmapped';
	};

const ALWAYS = (c: Resource['channels'][number]) =>
	c.hours === 'unknown' ? undefined : 'always_open' in c.hours;
const FREE = (c: Resource['channels'][number]) =>
	c.cost === 'unknown' ? undefined : c.cost === 'free' || c.cost === 'free_from_some_networks';
const ANON = (c: Resource['channels'][number]) =>
	c.anonymous === 'unknown' ? undefined : c.anonymous;

export const INDICATORS: (IndicatorDef & { evaluate: Evaluator })[] = [
	{
		id: 'child_helpline',
		label: 'Child helpline',
		question: 'Is there a child helpline?',
		definition:
			'An active national or sub-national child helpline (counselling and support for children and young people, on any channel) is mapped for the country.',
		rule: 'Exists: an active child_helpline record serves the country. Known absent: a sourced entry says there is none. Otherwise not yet mapped.',
		evaluate: presence((r) => r.resource_type === 'child_helpline'),
	},
	{
		id: 'text_channel',
		label: 'Text-based channel',
		question: 'Can a child reach support by text, chat or app?',
		definition:
			'At least one support service can be reached in a written conversation: SMS, web chat, a messaging app, social media messages or an app. E-mail and web forms are counted apart (E-mail or web form).',
		rule: 'Exists: a support service (child helpline, youth crisis line, online-safety helpline, peer support) lists an sms, web_chat, chatbot, whatsapp, messaging_app_other, social_dm or mobile_app channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it offers none of them. Otherwise not yet mapped.',
		evaluate: channelType([...TEXT_CHANNEL_TYPES]),
	},
	{
		id: 'channel_voice',
		label: 'Phone',
		question: 'Can a child call?',
		definition: 'A support service can be called (full number or short code).',
		rule: 'Exists: a support service lists a voice_call or short_code channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_voice')),
	},
	{
		id: 'channel_sms',
		label: 'SMS',
		question: 'Can a child send an SMS?',
		definition: 'A support service takes SMS text messages.',
		rule: 'Exists: a support service lists an sms channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_sms')),
	},
	{
		id: 'channel_messaging',
		label: 'Messaging app',
		question: 'Can a child use a messaging app?',
		definition: 'A support service can be reached on WhatsApp or another messaging app.',
		rule: 'Exists: a support service lists a whatsapp or messaging_app_other channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_messaging')),
	},
	{
		id: 'channel_chat',
		label: 'Web chat',
		question: 'Is there a web chat?',
		definition: 'A support service offers a live chat on the web (or a chatbot).',
		rule: 'Exists: a support service lists a web_chat or chatbot channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_chat')),
	},
	{
		id: 'channel_social',
		label: 'Social media',
		question: 'Can a child message on social media?',
		definition: 'A support service answers direct messages on a social network.',
		rule: 'Exists: a support service lists a social_dm channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_social')),
	},
	{
		id: 'channel_app',
		label: 'App',
		question: 'Is there an app?',
		definition: 'A support service has its own mobile app.',
		rule: 'Exists: a support service lists a mobile_app channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_app')),
	},
	{
		id: 'channel_written',
		label: 'E-mail or web form',
		question: 'Can a child write by e-mail or a web form?',
		definition:
			'A support service takes e-mail or a web form. These are written but not conversations, so they are not counted as text channels.',
		rule: 'Exists: a support service lists an email or web_form channel, or its channel census says, from a source, that it offers one the record does not list. Known absent: every support service of the country says in its channel census, from a source, that it does not offer it. Otherwise not yet mapped: a channel that no record lists is never read as absent.',
		evaluate: channelType(typesOf('channel_written')),
	},
	{
		id: 'available_24_7',
		label: 'Open 24/7',
		question: 'Is support open 24 hours a day?',
		definition: 'At least one channel of a support service is open 24 hours a day, 7 days a week.',
		rule: 'Exists: a support channel has always_open. Known absent: every support channel has known hours and none is 24/7 (or a sourced entry). Otherwise not yet mapped.',
		evaluate: feature(ALWAYS),
	},
	{
		id: 'free',
		label: 'Free to contact',
		question: 'Is support free?',
		definition:
			'At least one channel of a support service is free for the child (or free from some networks).',
		rule: 'Exists: a support channel costs nothing. Known absent: every support channel has a known cost and none is free. Otherwise not yet mapped.',
		evaluate: feature(FREE),
	},
	{
		id: 'anonymous',
		label: 'Anonymous contact',
		question: 'Can a child stay anonymous?',
		definition: 'At least one channel of a support service can be used without giving a name.',
		rule: 'Exists: a support channel is marked anonymous. Known absent: every support channel is known not to be anonymous. Otherwise not yet mapped.',
		evaluate: feature(ANON),
	},
	{
		id: 'reporting_hotline',
		label: 'Reporting hotline',
		question: 'Is there a hotline to report child sexual abuse material?',
		definition:
			'A public hotline or portal for reporting child sexual abuse material online serves the country.',
		rule: 'Exists: an active reporting_hotline record, or a law-enforcement portal that accepts CSAM reports, serves the country. Known absent: a sourced entry. Otherwise not yet mapped.',
		evaluate: presence(
			(r) =>
				r.resource_type === 'reporting_hotline' ||
				(r.resource_type === 'law_enforcement_reporting' && !!r.report_scope?.includes('csam')),
		),
	},
	{
		id: 'takedown_route',
		label: 'National takedown route',
		question: 'Is there a national route to get images taken down?',
		definition:
			'A national takedown tool, or a national service whose functions include takedown or takedown support. Global tools such as Take It Down are shown separately, as they apply everywhere.',
		rule: 'Exists: an active national record of type takedown_tool or with function takedown / takedown_support. Known absent: a sourced entry. Otherwise not yet mapped.',
		evaluate: presence(
			(r) =>
				r.resource_type === 'takedown_tool' ||
				r.functions.includes('takedown') ||
				r.functions.includes('takedown_support'),
		),
	},
	{
		id: 'youth_initiative',
		label: 'Peer support or youth-led initiative',
		question: 'Is there peer support or a youth-led initiative?',
		definition:
			'A peer-support service or a service that offers peer support among its functions, a youth participation initiative, or a service that is youth-led or co-designed with young people.',
		rule: 'Exists: an active peer_support or youth_participation_initiative record, a record with the peer_support function, or youth_participation youth_led / youth_co_designed. Known absent: a sourced entry. Otherwise not yet mapped.',
		evaluate: presence(
			(r) =>
				r.resource_type === 'peer_support' ||
				r.functions.includes('peer_support') ||
				r.resource_type === 'youth_participation_initiative' ||
				r.youth_participation === 'youth_led' ||
				r.youth_participation === 'youth_co_designed',
		),
	},
];
export const INDICATOR_IDS = INDICATORS.map((i) => i.id);
/** One indicator's definition, or undefined. */
export const indicatorById = (id: string) => INDICATORS.find((i) => i.id === id);
/** Whether a record is a support service (what a child contacts for help: the taxonomy's support group). */
export const isSupport = (r: Resource) => inGroup(r, 'support');
export { isActive };

/**
 * Indicators that are values rather than yes/no: shown on the map in bands, with "not yet mapped"
 * kept apart from every value.
 */
export const MEASURES: IndicatorDef[] = [
	{
		id: 'languages',
		label: 'Languages served',
		question: 'In how many languages can children get support?',
		definition:
			'The distinct languages that the mapped services of the country work in (by primary language subtag; records that do not state their languages are left out).',
		rule: 'Counted from the languages of every record that serves the country. A country with no record, or whose records do not state their languages, is not yet mapped.',
	},
	{
		id: 'verified_recently',
		label: 'Recently verified',
		question: `How much of the data was checked in the last ${RECHECK_MONTHS} months?`,
		definition: `The share of the country's records whose facts were checked against their sources in the last ${RECHECK_MONTHS} months.`,
		rule: `Records verified in the last ${RECHECK_MONTHS} months divided by all records that serve the country. A country with no record is not yet mapped.`,
	},
];
/** One measure's definition, or undefined. */
export const measureById = (id: string) => MEASURES.find((m) => m.id === id);

export interface CountryIndicators {
	code: string;
	states: Record<string, IndicatorState>;
	/** Distinct languages (BCP-47 primary subtags) across the country's records; und excluded. */
	languages: string[];
	records: number;
	/** Share of the country's records verified in the last 12 months, or null with no records. */
	verifiedShare: number | null;
	/** Each fact of the country's policy profile: yes, no, partial or not yet mapped. */
	policy: Record<string, PolicyState>;
}

/** Records of a country verified in the last 12 months (from its share). */
export const verifiedCount = (ci: CountryIndicators): number =>
	Math.round((ci.verifiedShare ?? 0) * ci.records);

/** Active support services of a country (child helplines, youth crisis lines, online-safety helplines, peer support). */
export function supportServiceCount(ds: Dataset, code: string): number {
	return (ds.byCountry.get(code) ?? []).filter((r) => active(r) && isSupport(r)).length;
}

/** The `country:indicator` keys of sourced absences, for {@link countryIndicators}. */
export function absenceIndex(entries: KnownAbsent['entries']): Set<string> {
	return new Set(entries.map((e) => `${e.country}:${e.indicator}`));
}

/** Distinct primary language subtags of some records, `und` (undetermined) left out. */
export function languagesOf(records: readonly Resource[]): string[] {
	const langs = new Set(
		records
			.flatMap((r) => r.languages)
			.map((l) => l.split('-')[0]!.toLowerCase())
			.filter((l) => l !== 'und'),
	);
	return [...langs].sort();
}

/**
 * Every indicator of one country, in its three states. A sourced absence turns "not yet mapped"
 * into "known absent" but never overrides a record that shows the thing exists.
 * @param now YYYY-MM-DD, for "verified in the last 12 months" (defaults to today).
 */
export function countryIndicators(
	ds: Dataset,
	code: string,
	absent: Set<string> = new Set(),
	now?: string,
): CountryIndicators {
	const rs = ds.byCountry.get(code) ?? [];
	const states: Record<string, IndicatorState> = {};
	for (const ind of INDICATORS) {
		let s = ind.evaluate(rs);
		if (s === 'unmapped' && absent.has(`${code}:${ind.id}`)) s = 'absent';
		states[ind.id] = s;
	}
	const verified = rs.filter((r) => !isStale(r.verification.last_verified, now)).length;
	const profile = ds.policy.get(code);
	const policy = Object.fromEntries(
		policyRows(profile, POLICY_FACTS()).map((row) => [row.fact, row.state]),
	);
	return {
		code,
		states,
		policy,
		languages: languagesOf(rs),
		records: rs.length,
		verifiedShare: rs.length ? verified / rs.length : null,
	};
}

export interface Tally {
	exists: number;
	absent: number;
	unmapped: number;
	total: number;
}
/** A tally with every count at zero. */
export const emptyTally = (): Tally => ({ exists: 0, absent: 0, unmapped: 0, total: 0 });

export interface AreaIndicators {
	/** 'world', an M49 region code or an M49 sub-region code. */
	area: string;
	name: string;
	/** Countries and territories in the area. */
	countries: number;
	/** Of those, how many have at least one record. */
	mapped: number;
	/** Per indicator: how many countries of the area are in each state. */
	tallies: Record<string, Tally>;
	/** Distinct languages served across the area's records. */
	languages: string[];
	/** Distinct records that serve a country of the area (global records excluded). */
	records: number;
	/** Of those, verified in the last 12 months. */
	verified: number;
	verifiedShare: number | null;
}

/** All country indicators, computed once per dataset (and per absence list and date). */
const NO_ABSENCES: KnownAbsent['entries'] = [];
const cache = new WeakMap<
	Dataset,
	{ absent: KnownAbsent['entries']; now: string | undefined; map: Map<string, CountryIndicators> }
>();
/**
 * Indicators of every country and territory, keyed by alpha-2 code; memoised per dataset.
 * @param absentEntries sourced absences (data/known-absent.yaml)
 * @param now YYYY-MM-DD (defaults to today)
 */
export function allCountryIndicators(
	ds: Dataset,
	absentEntries: KnownAbsent['entries'] = NO_ABSENCES,
	now?: string,
): Map<string, CountryIndicators> {
	const hit = cache.get(ds);
	if (hit && hit.absent === absentEntries && hit.now === now) return hit.map;
	const absent = absenceIndex(absentEntries);
	const map = new Map(
		ds.countries.map((c) => [c.code, countryIndicators(ds, c.code, absent, now)]),
	);
	cache.set(ds, { absent: absentEntries, now, map });
	return map;
}

/** The name of an area code: 'world', an M49 region or sub-region. */
export function areaName(ds: Dataset, area: string): string {
	if (area === 'world') return 'World';
	const region = ds.regions.find((r) => r.code === area);
	const sub = ds.regions.flatMap((r) => r.subregions).find((s) => s.code === area);
	return region?.name ?? sub?.name ?? area;
}

/**
 * Indicators of an area: how many of its countries are in each state, its languages and the
 * freshness of its records (each record counted once, however many of its countries it serves).
 * @param area 'world', an M49 region code or an M49 sub-region code
 * @param now YYYY-MM-DD (defaults to today)
 */
export function areaIndicators(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	area: string,
	now?: string,
): AreaIndicators {
	const members = ds.counted.filter(
		(c) => area === 'world' || c.region === area || c.subregion === area,
	);
	const tallies: Record<string, Tally> = Object.fromEntries(
		INDICATOR_IDS.map((id) => [id, emptyTally()]),
	);
	let mapped = 0;
	const records = new Map<string, ResourceEntry>();
	for (const c of members) {
		const ci = all.get(c.code);
		if (!ci) continue;
		if (ci.records > 0) mapped++;
		for (const id of INDICATOR_IDS) {
			const t = tallies[id]!;
			t[ci.states[id]!]++;
			t.total++;
		}
		for (const r of ds.byCountry.get(c.code) ?? []) records.set(r.id, r);
	}
	const list = [...records.values()];
	const verified = list.filter((r) => !isStale(r.verification.last_verified, now)).length;
	return {
		area,
		name: areaName(ds, area),
		countries: members.length,
		mapped,
		tallies,
		languages: languagesOf(list),
		records: list.length,
		verified,
		verifiedShare: list.length ? verified / list.length : null,
	};
}

/** The world, every region and every sub-region, keyed by area code. */
export function allAreaIndicators(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	now?: string,
): Map<string, AreaIndicators> {
	const codes = [
		'world',
		...ds.regions.flatMap((r) => [r.code, ...r.subregions.map((s) => s.code)]),
	];
	return new Map(codes.map((a) => [a, areaIndicators(ds, all, a, now)]));
}

/** Headline figures for the home page and recommendation chapters. */
export function headline(ds: Dataset, all: Map<string, CountryIndicators>) {
	const world = areaIndicators(ds, all, 'world');
	const countriesWithRecords = [...all.values()].filter((c) => c.records > 0).length;
	const textChannels = ds.resources.filter((r) =>
		r.channels.some((c) => isTextChannel(c.type)),
	).length;
	return {
		records: ds.resources.length,
		organizations: ds.organizations.size,
		countriesWithRecords,
		countriesTotal: ds.counted.length,
		childHelplineCountries: world.tallies.child_helpline!.exists,
		reportingHotlineCountries: world.tallies.reporting_hotline!.exists,
		always247Countries: world.tallies.available_24_7!.exists,
		recordsWithTextChannel: textChannels,
		globalRecords: ds.global.length,
	};
}
