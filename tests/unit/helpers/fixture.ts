/**
 * A small fixture dataset shared by the indicator, findings and chart tests: each record is there
 * to exercise one rule (see the comments), so the pinned values can be checked by hand.
 */
import { absence, channel, rec } from './records';

/** The date the fixture is evaluated at (also POP_TODAY in vitest.config.ts). */
export const NOW = '2026-11-29';
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

/** Eleven records in seven countries and one global, chosen to hit each of the three states. */
export const fixtureRecords = [
	// Kenya: a child helpline with a free 24/7 short code and an anonymous SMS line; a stale hotline.
	rec('ke/childline', {
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
	}),
	rec('ke/hotline', {
		resource_type: 'reporting_hotline',
		functions: ['reporting'],
		report_scope: ['csam'],
		channels: [channel({ type: 'web_form', url: 'https://example.org/report', cost: 'free' })],
		verification: {
			last_verified: '2024-01-01',
			method: 'desk_review',
			verified_by_role: 'pop-data-editor',
			confidence: 'medium',
		},
	}),
	// Uganda: every fact of its one support channel is known, and none is 24/7, free or anonymous.
	rec('ug/helpline', {
		channels: [channel({ cost: 'standard_rate', hours: weekdays, anonymous: false })],
		languages: ['en', 'lg'],
	}),
	// A regional youth-led initiative for Kenya and Uganda: not a support service, so its web chat does not count.
	rec('regional/east-youth', {
		resource_type: 'youth_participation_initiative',
		functions: ['awareness'],
		countries: ['KE', 'UG'],
		youth_participation: 'youth_led',
		channels: [
			channel({
				type: 'web_chat',
				url: 'https://example.org/chat',
				cost: 'free',
				hours: always,
				anonymous: true,
			}),
		],
		languages: ['en-KE', 'sw'],
	}),
	// Burundi: free, hours unknown.
	rec('bi/helpline', { channels: [channel({ cost: 'free' })], languages: ['fr', 'rn'] }),
	// Somalia: the only helpline is defunct — the country has a record but no active helpline.
	rec('so/old', { status: 'defunct', languages: ['so'] }),
	// Malawi: temporarily closed still counts.
	rec('mw/line', {
		status: 'temporarily_closed',
		channels: [channel({ type: 'whatsapp', value: '+265 999 000 000', cost: 'free' })],
		languages: ['und'],
	}),
	// Rwanda: a hotline, although a (wrong) sourced entry says there is none.
	rec('rw/hotline', {
		resource_type: 'reporting_hotline',
		functions: ['reporting'],
		report_scope: ['csam'],
	}),
	// France: a law-enforcement portal that takes CSAM reports; an online-safety helpline that helps with takedown.
	rec('fr/portal', {
		resource_type: 'law_enforcement_reporting',
		functions: ['reporting'],
		report_scope: ['csam'],
		languages: ['fr'],
	}),
	rec('fr/e-enfance', {
		resource_type: 'online_safety_helpline',
		functions: ['counselling', 'takedown_support'],
		channels: [channel({ type: 'mobile_app', url: 'https://example.org/app' })],
		languages: ['fr'],
	}),
	// A global takedown tool does not make any country's national takedown route exist.
	rec('global/take-it-down', {
		resource_type: 'takedown_tool',
		functions: ['takedown'],
		scope: 'global',
		countries: [],
	}),
];
/** Sourced absences: two for Tanzania (no records), one for Rwanda (contradicted by a record). */
export const fixtureAbsent = [
	absence('TZ', 'child_helpline'),
	absence('TZ', 'free'),
	absence('RW', 'reporting_hotline'),
];
