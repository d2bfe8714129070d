import { describe, expect, it } from 'vitest';
import { formatHours, parseHours } from '../../src/text/hours-text';
import { fixtureRepository } from './helpers/repository';

/** The error of text that does not parse, or undefined. */
const errorOf = (text: string) => {
	const r = parseHours(text);
	return r.ok ? undefined : r.error;
};

describe('hours as one line', () => {
	it('round-trips the hours of every channel of the fixture repository (without the note)', () => {
		const channels = fixtureRepository().resources.flatMap((r) => r.channels);
		// 24/7 with a note, a weekly schedule closing after midnight, 24:00, unknown.
		expect(channels.length).toBeGreaterThanOrEqual(10);
		for (const c of channels) {
			const { note: _note, ...hours } = c.hours === 'unknown' ? { note: undefined } : c.hours;
			const expected = c.hours === 'unknown' ? 'unknown' : hours;
			expect(parseHours(formatHours(c.hours)), formatHours(c.hours)).toEqual({
				ok: true,
				hours: expected,
			});
		}
	});
	it('reads what people write in a form: ranges, names, short times, a separate time zone', () => {
		expect(parseHours('Mon-Fri 8:00-17:00; Sat 09:00 to 13:00', 'Africa/Nairobi')).toEqual({
			ok: true,
			hours: {
				timezone: 'Africa/Nairobi',
				schedule: [
					{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '17:00' },
					{ days: ['SA'], opens: '09:00', closes: '13:00' },
				],
			},
		});
		expect(parseHours('FR - MO 20:00–02:00', 'Europe/Paris')).toEqual({
			ok: true,
			hours: {
				timezone: 'Europe/Paris',
				schedule: [{ days: ['FR', 'SA', 'SU', 'MO'], opens: '20:00', closes: '02:00' }],
			},
		});
		expect(parseHours('24/7')).toEqual({ ok: true, hours: { always_open: true } });
		expect(parseHours('Open 24 hours, 7 days a week')).toEqual({
			ok: true,
			hours: { always_open: true },
		});
		expect(parseHours('')).toEqual({ ok: true, hours: 'unknown' });
	});
	it('says what is wrong', () => {
		expect(errorOf('MO-FR 08:00-17:00')).toMatch(/time zone/);
		expect(errorOf('Europe/Paris: Funday 08:00-17:00')).toMatch(/"Funday" is not a day/);
		expect(errorOf('Europe/Paris: MO 8am-5pm')).toMatch(/days and times/);
		expect(errorOf('Europe/Paris: MO 25:00-26:00')).toMatch(/24-hour/);
	});
});
