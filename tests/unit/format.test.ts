import { describe, expect, it } from 'vitest';
import { isOpen, scheduleLines } from '../../src/text/format';
import { isStale } from '../../src/model/record';

describe('opening hours', () => {
	const weekdays = {
		timezone: 'Africa/Nairobi',
		schedule: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'] as const, opens: '08:00', closes: '17:00' }],
	};
	it('computes open now in the service time zone', () => {
		// 2026-11-30 is a Monday. 06:00 UTC = 09:00 in Nairobi (UTC+3).
		expect(isOpen(weekdays as never, new Date('2026-11-30T06:00:00Z'))).toBe(true);
		// 15:00 UTC = 18:00 in Nairobi: closed.
		expect(isOpen(weekdays as never, new Date('2026-11-30T15:00:00Z'))).toBe(false);
		// Saturday.
		expect(isOpen(weekdays as never, new Date('2026-12-05T06:00:00Z'))).toBe(false);
	});
	it('handles schedules past midnight and 24/7 and unknown', () => {
		const night = {
			timezone: 'Europe/London',
			schedule: [{ days: ['SU'] as const, opens: '22:00', closes: '02:00' }],
		};
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
