import { describe, expect, it } from 'vitest';
import { channelHref, isOpen, scheduleLines, safeHref } from '../../src/lib/format';
import { isStale } from '../../src/lib/record';
import type { Channel } from '../../src/schemas/resource';

const ch = (c: Partial<Channel>): Channel => ({ type: 'voice_call', cost: 'free', hours: 'unknown', languages: [], anonymous: 'unknown', human_responder: 'unknown', ...c }) as Channel;

describe('channel links', () => {
	it('makes tel:, sms:, mailto: and WhatsApp links from values', () => {
		expect(channelHref(ch({ type: 'short_code', value: '116 111' }))).toBe('tel:116111');
		expect(channelHref(ch({ type: 'voice_call', value: '+254 722 116 116' }))).toBe('tel:+254722116116');
		expect(channelHref(ch({ type: 'sms', value: '116' }))).toBe('sms:116');
		expect(channelHref(ch({ type: 'email', value: 'help@example.org' }))).toBe('mailto:help@example.org');
		expect(channelHref(ch({ type: 'whatsapp', value: '+27 60 000 0000' }))).toBe('https://wa.me/27600000000');
	});
	it('never lets another scheme through', () => {
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
		expect(safeHref('data:text/html,hi')).toBeUndefined();
		expect(safeHref('http://example.org')).toBeUndefined();
		expect(safeHref(' https://example.org')).toBeUndefined();
		expect(channelHref(ch({ type: 'web_chat', url: 'javascript:alert(1)' }))).toBeUndefined();
	});
});

describe('opening hours', () => {
	const weekdays = { timezone: 'Africa/Nairobi', schedule: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'] as const, opens: '08:00', closes: '17:00' }] };
	it('computes open now in the service time zone', () => {
		// 2026-11-30 is a Monday. 06:00 UTC = 09:00 in Nairobi (UTC+3).
		expect(isOpen(weekdays as never, new Date('2026-11-30T06:00:00Z'))).toBe(true);
		// 15:00 UTC = 18:00 in Nairobi: closed.
		expect(isOpen(weekdays as never, new Date('2026-11-30T15:00:00Z'))).toBe(false);
		// Saturday.
		expect(isOpen(weekdays as never, new Date('2026-12-05T06:00:00Z'))).toBe(false);
	});
	it('handles schedules past midnight and 24/7 and unknown', () => {
		const night = { timezone: 'Europe/London', schedule: [{ days: ['SU'] as const, opens: '22:00', closes: '02:00' }] };
		// Monday 01:00 in London (winter, UTC+0) is inside Sunday's late shift.
		expect(isOpen(night as never, new Date('2026-11-30T01:00:00Z'))).toBe(true);
		expect(isOpen({ always_open: true }, new Date())).toBe(true);
		expect(isOpen('unknown', new Date())).toBeUndefined();
	});
	it('writes schedules as day ranges', () => {
		expect(scheduleLines(weekdays as never, (d) => d)).toEqual(['MO–FR 08:00–17:00']);
	});
});

describe('freshness', () => {
	it('flags records verified more than 12 months ago', () => {
		expect(isStale('2025-11-28', '2026-11-29')).toBe(true);
		expect(isStale('2025-11-29', '2026-11-29')).toBe(false);
		expect(isStale('2026-06-01', '2026-11-29')).toBe(false);
	});
});
