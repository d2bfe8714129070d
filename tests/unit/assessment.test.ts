/**
 * The assessment framework (src/model/assessment.ts): each criterion derived from a record's facts,
 * entered assessments overriding with their evidence, scope (does not apply), and the summary the
 * findings chart shows.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import {
	assessRecord,
	criteriaSummary,
	DERIVERS,
	profileCounts,
	type CriterionResult,
} from '../../src/model/assessment';
import { criteriaList } from '../../src/schemas/criteria';
import { channel, rec } from './helpers/records';

const NOW = '2026-11-29';
const criteria = criteriaList();
const byId = (results: CriterionResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));
const statuses = (results: CriterionResult[]) =>
	Object.fromEntries(results.map((r) => [r.id, r.status]));
const always = { always_open: true as const };
const weekdays = {
	timezone: 'Africa/Kampala',
	schedule: [
		{
			days: ['MO', 'TU', 'WE', 'TH', 'FR'] as ('MO' | 'TU' | 'WE' | 'TH' | 'FR')[],
			opens: '08:00',
			closes: '17:00',
		},
	],
};

const kenya = rec('ke/childline', {
	functions: ['counselling'],
	channels: [
		channel({
			type: 'short_code',
			value: '116',
			cost: 'free',
			hours: always,
			human_responder: true,
		}),
		channel({ type: 'sms', value: '21116', cost: 'free', hours: weekdays, anonymous: true }),
	],
	languages: ['en', 'sw'],
});
const uganda = rec('ug/helpline', {
	functions: ['counselling', 'referral'],
	channels: [
		channel({ cost: 'standard_rate', hours: weekdays, anonymous: false, human_responder: false }),
	],
	languages: ['en', 'lg'],
	summary_child: 'Call us.',
	youth_participation: 'youth_advisory',
	verification: {
		last_verified: '2025-06-01',
		method: 'desk_review',
		verified_by_role: 'pop-data-editor',
		confidence: 'high',
	},
});

describe('the criteria file and the derivations', () => {
	it('every criterion with derived_from has a derivation, and every derivation a criterion', () => {
		const derived = criteria
			.filter((c) => c.derived_from)
			.map((c) => c.id)
			.sort();
		expect(Object.keys(DERIVERS).sort()).toEqual(derived);
	});
	it('every criterion has a rule in words on the assessment page', () => {
		for (const c of criteria) expect(en, c.id).toHaveProperty([`assessment.rule.${c.id}`]);
	});
});

describe('derived from the record', () => {
	it('a Kenyan child helpline: free, 24/7, anonymous, a person answers, text-based', () => {
		const r = assessRecord(kenya, criteria, NOW);
		expect(statuses(r)).toEqual({
			free_of_charge: 'met',
			no_registration_required: 'met',
			available_24_7: 'met',
			anonymous_possible: 'met',
			human_responder: 'met',
			channels_children_use: 'met',
			// Kenya has two official languages and the record serves two.
			languages_of_children_served: 'met',
			// Child-facing, but no summary written for children.
			child_friendly: 'partially_met',
			accessible: 'unknown',
			safeguarding_policy: 'unknown',
			referral_to_child_protection_system: 'unknown',
			// About reporting services only.
			linked_to_law_enforcement_and_takedown: 'not_applicable',
			youth_participation: 'unknown',
			recently_verified: 'met',
		});
		const x = byId(r);
		expect(x.free_of_charge!.reason).toEqual({
			key: 'assess.why.free',
			vars: { count: 2, total: 2 },
		});
		expect(x.anonymous_possible!.reason).toEqual({
			key: 'assess.why.anonymous',
			vars: { count: 1, total: 2 },
		});
		expect(x.child_friendly!.reason.key).toBe('assess.why.childNoSummary');
		expect(x.safeguarding_policy!.basis).toBe('not_assessed');
		expect(x.linked_to_law_enforcement_and_takedown!.basis).toBe('not_applicable');
		expect(x.recently_verified!.basis).toBe('derived');
	});

	it('a Ugandan helpline whose facts are all known: not met where the sources say no', () => {
		const s = statuses(assessRecord(uganda, criteria, NOW));
		expect(s).toMatchObject({
			free_of_charge: 'not_met',
			available_24_7: 'partially_met',
			anonymous_possible: 'not_met',
			human_responder: 'not_met',
			channels_children_use: 'not_met',
			child_friendly: 'met',
			referral_to_child_protection_system: 'met',
			youth_participation: 'partially_met',
			// Verified 18 months before: partly met.
			recently_verified: 'partially_met',
		});
	});

	it('unknown facts give "not known", never "not met"', () => {
		const r = rec('bi/line', { channels: [channel()], languages: ['und'] });
		const s = statuses(assessRecord(r, criteria, NOW));
		expect(s).toMatchObject({
			free_of_charge: 'unknown',
			available_24_7: 'unknown',
			anonymous_possible: 'unknown',
			human_responder: 'unknown',
			languages_of_children_served: 'unknown',
		});
		// A phone line needs no account: a call to a number needs none.
		expect(s.no_registration_required).toBe('met');
		const app = rec('bi/app', {
			channels: [channel({ type: 'mobile_app', url: 'https://example.org/app' })],
		});
		expect(statuses(assessRecord(app, criteria, NOW)).no_registration_required).toBe('unknown');
		const account = rec('bi/app2', {
			channels: [
				channel({ type: 'mobile_app', url: 'https://example.org/app', requires_account: true }),
			],
		});
		expect(statuses(assessRecord(account, criteria, NOW)).no_registration_required).toBe('not_met');
	});

	it('free only from some networks is partly met; one language in a multilingual country is partly met', () => {
		const r = rec('ch/line', {
			channels: [channel({ cost: 'free_from_some_networks' })],
			languages: ['de'],
		});
		const s = statuses(assessRecord(r, criteria, NOW));
		expect(s.free_of_charge).toBe('partially_met');
		expect(s.languages_of_children_served).toBe('partially_met');
	});

	it('recently verified: met up to 12 months, partly up to 24, then not met', () => {
		const at = (d: string) =>
			byId(
				assessRecord(
					rec('ke/x', {
						verification: {
							last_verified: d,
							method: 'desk_review',
							verified_by_role: 'pop-data-editor',
							confidence: 'high',
						},
					}),
					criteria,
					NOW,
				),
			).recently_verified!.status;
		expect([at('2025-11-29'), at('2025-11-28'), at('2024-11-29'), at('2024-11-28')]).toEqual([
			'met',
			'partially_met',
			'partially_met',
			'not_met',
		]);
	});

	it('accessibility: documented features meet it; features known absent do not', () => {
		const yes = rec('gb/a', { accessibility: { relay_text: true } });
		const no = rec('gb/b', {
			accessibility: {
				sign_language: false,
				relay_text: false,
				easy_read: false,
				low_bandwidth: false,
			},
		});
		const some = rec('gb/c', { accessibility: { sign_language: false, easy_read: false } });
		expect(byId(assessRecord(yes, criteria, NOW)).accessible!.status).toBe('met');
		expect(byId(assessRecord(no, criteria, NOW)).accessible!.status).toBe('not_met');
		// Two features known absent, two not stated: not known.
		expect(byId(assessRecord(some, criteria, NOW)).accessible!.status).toBe('unknown');
	});

	it('a reporting hotline: support-only criteria do not apply', () => {
		const hotline = rec('fr/hotline', {
			resource_type: 'reporting_hotline',
			functions: ['reporting'],
			report_scope: ['csam'],
		});
		const s = statuses(assessRecord(hotline, criteria, NOW));
		expect(s).toMatchObject({
			human_responder: 'not_applicable',
			available_24_7: 'not_applicable',
			free_of_charge: 'unknown',
			linked_to_law_enforcement_and_takedown: 'unknown',
		});
	});
});

describe('entered with evidence', () => {
	const entered = rec('ke/entered', {
		channels: [channel({ cost: 'free', hours: always })],
		assessment: {
			safeguarding_policy: {
				status: 'met',
				evidence: 'https://example.org/safeguarding.pdf',
				assessed_on: '2026-10-01',
				method: 'desk_review',
				note: 'Policy published 2024.',
			},
			available_24_7: {
				status: 'partially_met',
				evidence: 'https://example.org/hours',
				assessed_on: '2026-10-02',
				method: 'contacted',
			},
		},
	});
	const x = byId(assessRecord(entered, criteria, NOW));

	it('fills a criterion that cannot be derived, with its evidence and date', () => {
		expect(x.safeguarding_policy).toEqual({
			id: 'safeguarding_policy',
			status: 'met',
			basis: 'entered',
			reason: { key: 'assess.why.entered', vars: { date: '2026-10-01' } },
			evidence: {
				url: 'https://example.org/safeguarding.pdf',
				assessed_on: '2026-10-01',
				method: 'desk_review',
				note: 'Policy published 2024.',
			},
		});
	});
	it('overrides a derived status', () => {
		// The record says always open; the assessor found otherwise, with evidence.
		expect(x.available_24_7).toMatchObject({
			status: 'partially_met',
			basis: 'entered',
			evidence: { url: 'https://example.org/hours', method: 'contacted' },
		});
		expect(x.free_of_charge).toMatchObject({ status: 'met', basis: 'derived' });
	});
});

describe('profiles and the summary', () => {
	it('a profile counts each status and never adds them up into a grade', () => {
		const counts = profileCounts(assessRecord(kenya, criteria, NOW));
		expect(counts).toEqual({ met: 8, partially_met: 1, not_met: 0, unknown: 4, not_applicable: 1 });
	});
	it('the summary across records counts every record once per criterion', () => {
		const summary = criteriaSummary([kenya, uganda], criteria, NOW);
		expect([...summary.keys()]).toEqual(criteria.map((c) => c.id));
		for (const counts of summary.values())
			expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2);
		expect(summary.get('free_of_charge')).toEqual({
			met: 1,
			partially_met: 0,
			not_met: 1,
			unknown: 0,
			not_applicable: 0,
		});
		expect(summary.get('recently_verified')).toEqual({
			met: 1,
			partially_met: 1,
			not_met: 0,
			unknown: 0,
			not_applicable: 0,
		});
	});
});
