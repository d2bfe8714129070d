/** The calendar check of full dates (src/validate/rules/future-dates.ts). */
import { describe, expect, it } from 'vitest';
import { onCalendar } from '../../src/validate/rules/future-dates';

describe('onCalendar', () => {
	it('knows the length of every month and the leap years', () => {
		expect(
			['2024-01-31', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31'].filter(onCalendar),
		).toHaveLength(5);
		expect(
			[
				'2026-02-29',
				'1900-02-29',
				'2024-02-30',
				'2026-04-31',
				'2026-13-01',
				'2026-00-10',
				'2026-05-00',
			].filter(onCalendar),
		).toEqual([]);
	});
});
