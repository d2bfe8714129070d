/**
 * The assessment framework: for one record, the status of every criterion of
 * data/assessment-criteria.yaml — met, partly met, not met, not known or does not apply — with the
 * reason in words. A status is derived from the record's own facts wherever the criterion says
 * `derived_from`; an entry in the record's `assessment` map (with evidence and date) overrides it.
 * The result is a profile: nothing here adds the statuses up into a grade.
 *
 * Pure: no Astro imports. Reasons are UI string keys with values, so every visible word comes from
 * the dictionary (src/i18n/en.json).
 */
import worldCountries from 'world-countries';
import type { UiKey } from '../i18n/index';
import type { Criterion } from '../schemas/criteria';
import type { Channel, Resource } from '../schemas/resource';
import { ASSESSMENT_STATUSES } from '../schemas/resource';
import { isTextChannel } from '../text/format';
import { isSupport } from './indicators';
import { plusYears, today } from './clock';

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
/** The order in which statuses are shown and counted. */
export const STATUS_ORDER: AssessmentStatus[] = [
	'met',
	'partially_met',
	'not_met',
	'unknown',
	'not_applicable',
];

/** Why a criterion has its status: a UI string key and the values it needs. */
export interface Reason {
	key: UiKey;
	vars?: Record<string, string | number>;
}

export interface CriterionResult {
	id: string;
	status: AssessmentStatus;
	/** derived from the record's facts, entered by hand with evidence, or outside the criterion's scope. */
	basis: 'derived' | 'entered' | 'not_applicable' | 'not_assessed';
	reason: Reason;
	/** For entered assessments: where it was seen, when and how. */
	evidence?: { url: string; assessed_on: string; method: string; note?: string };
}

/** The kinds of service a criterion can apply to (`applies_to` in the criteria file). */
export type ServiceKind = 'support' | 'reporting';
const REPORTING_TYPES = new Set([
	'reporting_hotline',
	'law_enforcement_reporting',
	'regulator_complaints',
	'takedown_tool',
]);

/** Whether a record is a support service, a reporting service, both or neither. */
export function serviceKinds(r: Resource): Set<ServiceKind> {
	const kinds = new Set<ServiceKind>();
	if (isSupport(r)) kinds.add('support');
	if (REPORTING_TYPES.has(r.resource_type) || r.functions.includes('reporting'))
		kinds.add('reporting');
	return kinds;
}

/** Whether a criterion applies to a record: `all` and `org` always do. */
export function applies(c: Criterion, r: Resource): boolean {
	const kinds = serviceKinds(r);
	return c.applies_to.some((a) => a === 'all' || a === 'org' || kinds.has(a));
}

/** Types of channel a child can use without any account: a call or a text message to a number. */
const NO_ACCOUNT_TYPES = new Set(['voice_call', 'short_code', 'sms', 'text_relay_tty']);
const CHILD_AUDIENCES = new Set(['children', 'adolescents']);
const ACCESS_CHANNELS = new Set(['sign_language_video', 'text_relay_tty']);

let officialCache: Map<string, number> | undefined;
/** How many official languages a country has (world-countries), for the languages criterion. */
export function officialLanguageCount(cc: string): number | undefined {
	officialCache ??= new Map(
		worldCountries.map((c) => [c.cca2, Object.keys(c.languages ?? {}).length]),
	);
	return officialCache.get(cc);
}

type Derived = { status: AssessmentStatus; reason: Reason };
type Deriver = (r: Resource, now: string) => Derived;

const channelFacts = <T>(r: Resource, get: (c: Channel) => T) => r.channels.map(get);
const count = (xs: unknown[], v: unknown) => xs.filter((x) => x === v).length;

/** Tri-state channel facts: met if any channel has it, not met if all are known not to, else unknown. */
function anyChannel(
	r: Resource,
	get: (c: Channel) => boolean | 'unknown' | undefined,
	keys: { met: UiKey; not: UiKey; unknown: UiKey },
): Derived {
	const facts = channelFacts(r, get);
	const yes = count(facts, true);
	if (yes)
		return { status: 'met', reason: { key: keys.met, vars: { count: yes, total: facts.length } } };
	if (facts.every((f) => f === false))
		return { status: 'not_met', reason: { key: keys.not, vars: { total: facts.length } } };
	return {
		status: 'unknown',
		reason: {
			key: keys.unknown,
			vars: { count: facts.filter((f) => f !== false).length, total: facts.length },
		},
	};
}

/** How each derivable criterion is computed from a record. Keyed by criterion id. */
export const DERIVERS: Record<string, Deriver> = {
	free_of_charge: (r) => {
		const costs = channelFacts(r, (c) => c.cost);
		const free = count(costs, 'free');
		if (free)
			return {
				status: 'met',
				reason: { key: 'assess.why.free', vars: { count: free, total: costs.length } },
			};
		if (costs.includes('free_from_some_networks'))
			return { status: 'partially_met', reason: { key: 'assess.why.freeSome' } };
		if (!costs.includes('unknown'))
			return { status: 'not_met', reason: { key: 'assess.why.notFree' } };
		return {
			status: 'unknown',
			reason: {
				key: 'assess.why.costUnknown',
				vars: { count: count(costs, 'unknown'), total: costs.length },
			},
		};
	},
	no_registration_required: (r) =>
		anyChannel(
			r,
			(c) =>
				c.requires_account === false ||
				(c.requires_account !== true && NO_ACCOUNT_TYPES.has(c.type))
					? true
					: c.requires_account === true
						? false
						: 'unknown',
			{
				met: 'assess.why.noAccount',
				not: 'assess.why.account',
				unknown: 'assess.why.accountUnknown',
			},
		),
	available_24_7: (r) => {
		const hours = channelFacts(r, (c) => c.hours);
		if (hours.some((h) => h !== 'unknown' && 'always_open' in h))
			return { status: 'met', reason: { key: 'assess.why.always' } };
		const known = hours.filter((h) => h !== 'unknown').length;
		if (known)
			return {
				status: 'partially_met',
				reason: {
					key: known === hours.length ? 'assess.why.someHours' : 'assess.why.someHoursUnknown',
				},
			};
		return { status: 'unknown', reason: { key: 'assess.why.hoursUnknown' } };
	},
	anonymous_possible: (r) =>
		anyChannel(r, (c) => c.anonymous, {
			met: 'assess.why.anonymous',
			not: 'assess.why.notAnonymous',
			unknown: 'assess.why.anonymousUnknown',
		}),
	human_responder: (r) =>
		anyChannel(r, (c) => c.human_responder, {
			met: 'assess.why.human',
			not: 'assess.why.notHuman',
			unknown: 'assess.why.humanUnknown',
		}),
	channels_children_use: (r) => {
		const text = r.channels.filter((c) => isTextChannel(c.type)).length;
		return text
			? {
					status: 'met',
					reason: { key: 'assess.why.text', vars: { count: text, total: r.channels.length } },
				}
			: {
					status: 'not_met',
					reason: { key: 'assess.why.noText', vars: { total: r.channels.length } },
				};
	},
	languages_of_children_served: (r) => {
		const langs = new Set(r.languages.map((l) => l.split('-')[0]).filter((l) => l !== 'und'));
		if (!langs.size) return { status: 'unknown', reason: { key: 'assess.why.languagesUnknown' } };
		const official = r.countries.length === 1 ? officialLanguageCount(r.countries[0]!) : undefined;
		if (official !== undefined && official > 1 && langs.size < 2)
			return {
				status: 'partially_met',
				reason: { key: 'assess.why.languagesFew', vars: { count: langs.size, official } },
			};
		return { status: 'met', reason: { key: 'assess.why.languages', vars: { count: langs.size } } };
	},
	child_friendly: (r) => {
		const facing = isSupport(r) || r.audiences.some((a) => CHILD_AUDIENCES.has(a));
		const summary = !!r.summary_child;
		if (facing && summary) return { status: 'met', reason: { key: 'assess.why.childFriendly' } };
		if (facing || summary)
			return {
				status: 'partially_met',
				reason: { key: facing ? 'assess.why.childNoSummary' : 'assess.why.summaryNotChild' },
			};
		return { status: 'not_met', reason: { key: 'assess.why.notChild' } };
	},
	accessible: (r) => {
		const a = r.accessibility;
		const flags = a ? [a.sign_language, a.relay_text, a.easy_read, a.low_bandwidth] : [];
		if (
			a?.statement_url ||
			flags.includes(true) ||
			r.channels.some((c) => ACCESS_CHANNELS.has(c.type))
		)
			return { status: 'met', reason: { key: 'assess.why.accessible' } };
		if (flags.length && flags.every((f) => f === false) && !a?.statement_url)
			return { status: 'not_met', reason: { key: 'assess.why.notAccessible' } };
		return { status: 'unknown', reason: { key: 'assess.why.accessUnknown' } };
	},
	referral_to_child_protection_system: (r) =>
		r.functions.includes('referral')
			? { status: 'met', reason: { key: 'assess.why.referral' } }
			: { status: 'unknown', reason: { key: 'assess.why.referralUnknown' } },
	youth_participation: (r) => {
		switch (r.youth_participation) {
			case 'youth_led':
			case 'youth_co_designed':
				return {
					status: 'met',
					reason: {
						key:
							r.youth_participation === 'youth_led'
								? 'assess.why.youthLed'
								: 'assess.why.youthCoDesigned',
					},
				};
			case 'youth_advisory':
				return { status: 'partially_met', reason: { key: 'assess.why.youthAdvisory' } };
			case 'none':
				return { status: 'not_met', reason: { key: 'assess.why.youthNone' } };
			default:
				return { status: 'unknown', reason: { key: 'assess.why.youthUnknown' } };
		}
	},
	recently_verified: (r, now) => {
		const lv = r.verification.last_verified;
		if (plusYears(lv, 1) >= now)
			return { status: 'met', reason: { key: 'assess.why.verified', vars: { date: lv } } };
		if (plusYears(lv, 2) >= now)
			return {
				status: 'partially_met',
				reason: { key: 'assess.why.verifiedOld', vars: { date: lv } },
			};
		return { status: 'not_met', reason: { key: 'assess.why.verifiedStale', vars: { date: lv } } };
	},
};

/**
 * The profile of one record: every criterion in order, with its status and reason.
 * @param criteria the criteria (data/assessment-criteria.yaml, via criteriaList())
 * @param now YYYY-MM-DD, for "recently verified" (defaults to today)
 */
export function assessRecord(
	r: Resource,
	criteria: readonly Criterion[],
	now: string = today(),
): CriterionResult[] {
	return criteria.map((c) => {
		const entered = r.assessment?.[c.id];
		if (entered) {
			const evidence = {
				url: entered.evidence,
				assessed_on: entered.assessed_on,
				method: entered.method,
				...(entered.note ? { note: entered.note } : {}),
			};
			return {
				id: c.id,
				status: entered.status,
				basis: 'entered',
				reason: { key: 'assess.why.entered', vars: { date: entered.assessed_on } },
				evidence,
			};
		}
		if (!applies(c, r))
			return {
				id: c.id,
				status: 'not_applicable',
				basis: 'not_applicable',
				reason: { key: 'assess.why.notApplicable' },
			};
		const derive = c.derived_from ? DERIVERS[c.id] : undefined;
		if (!derive)
			return {
				id: c.id,
				status: 'unknown',
				basis: 'not_assessed',
				reason: { key: 'assess.why.notAssessed' },
			};
		return { id: c.id, basis: 'derived', ...derive(r, now) };
	});
}

export type StatusCounts = Record<AssessmentStatus, number>;
/** Counts with every status at zero. */
export const emptyCounts = (): StatusCounts => ({
	met: 0,
	partially_met: 0,
	not_met: 0,
	unknown: 0,
	not_applicable: 0,
});

/** How many statuses of each kind a profile has (shown beside the profile; never a grade). */
export function profileCounts(results: readonly CriterionResult[]): StatusCounts {
	const out = emptyCounts();
	for (const x of results) out[x.status]++;
	return out;
}

/**
 * Per criterion, how many records are in each status: the "assessment criteria met" finding.
 * @returns criterion id → counts, in the order of `criteria`
 */
export function criteriaSummary(
	records: readonly Resource[],
	criteria: readonly Criterion[],
	now: string = today(),
): Map<string, StatusCounts> {
	const out = new Map(criteria.map((c) => [c.id, emptyCounts()]));
	for (const r of records)
		for (const x of assessRecord(r, criteria, now)) out.get(x.id)![x.status]++;
	return out;
}
