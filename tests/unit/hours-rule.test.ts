/**
 * The hours rule's time-zone check (src/validate/rules/hours.ts): a zone of another country is
 * refused, and a country the time-zone data know no zone for (Kosovo, uninhabited territories)
 * is not refused whatever zone it keeps. The hostile corpus has the refused case's exact message.
 */
import { describe, expect, it } from 'vitest';
import { hoursRule } from '../../src/validate/rules/hours';
import type { Resource } from '../../src/schemas/resource';
import type { RecordContext } from '../../src/validate/rule';

function problems(countries: string[], timezone: string, scope = 'national'): string[] {
	const r = {
		scope,
		countries,
		channels: [
			{
				type: 'voice_call',
				value: '116',
				hours: {
					timezone,
					schedule: [{ days: ['MO'], opens: '09:00', closes: '17:00' }],
				},
			},
		],
	} as unknown as Resource;
	const out: string[] = [];
	hoursRule.check(r, {} as RecordContext, (_path, code, message, hint) =>
		out.push(`${code}: ${message} — ${hint}`),
	);
	return out;
}

describe('hours rule: time zone of the country', () => {
	it("refuses another country's zone and names the country's own", () => {
		expect(problems(['KE'], 'Europe/Amsterdam')).toEqual([
			'timezone-country: "Europe/Amsterdam" is not a time zone of KE — use the service\'s own zone: Africa/Nairobi',
		]);
	});
	it("accepts the country's own zone, and any country's zone of a multi-country record", () => {
		expect(problems(['KE'], 'Africa/Nairobi')).toEqual([]);
		expect(problems(['CH', 'LI'], 'Europe/Vaduz')).toEqual([]);
	});
	it('does not judge where the time-zone data list no zone for the country', () => {
		// Kosovo keeps Central European time, but XK is in no IANA table: no zone could pass.
		expect(problems(['XK'], 'Europe/Belgrade')).toEqual([]);
		expect(problems(['HM'], 'UTC')).toEqual([]);
	});
	it('leaves global and regional records alone, and still refuses a name that is no zone', () => {
		expect(problems(['KE'], 'Europe/Amsterdam', 'regional')).toEqual([]);
		expect(problems(['XK'], 'Europe/Pristina')).toEqual([
			'timezone: "Europe/Pristina" is not an IANA time zone — did you mean "Europe/Chisinau"?',
		]);
	});
});
