import { getCountry, getTimezone } from 'countries-and-timezones';
import { didYouMean } from '../problem';
import type { RecordRule } from '../rule';

let tzCache: Set<string> | undefined;
export function isTimeZone(tz: string): boolean {
	tzCache ??= new Set(Intl.supportedValuesOf('timeZone'));
	if (tzCache.has(tz)) return true;
	try {
		new Intl.DateTimeFormat('en', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}

/** The IANA time zones a country keeps (countries-and-timezones), the ones this runtime knows. */
export const countryTimeZones = (code: string): string[] =>
	(getCountry(code)?.timezones ?? []).filter(isTimeZone);

export const hoursRule: RecordRule = {
	name: 'hours',
	description:
		"Opening hours use an IANA time zone of the service's country, and no opening closes at the minute it opens.",
	check(r, _ctx, report) {
		r.channels.forEach((c, i) => {
			if (c.hours === 'unknown' || !('timezone' in c.hours)) return;
			if (!isTimeZone(c.hours.timezone)) {
				const guess = didYouMean(c.hours.timezone, Intl.supportedValuesOf('timeZone'));
				report(
					['channels', i, 'hours', 'timezone'],
					'timezone',
					`"${c.hours.timezone}" is not an IANA time zone`,
					guess ? `did you mean "${guess}"?` : 'use a name such as Africa/Nairobi',
				);
			} else if (r.scope !== 'global' && r.scope !== 'regional' && r.countries.length) {
				// "Open now" is computed in this zone: a zone of another country (a directory's
				// default, copied by hand) tells a child the line is open when it is not, or the
				// other way round, as soon as the two countries' clocks or summer times differ.
				const inCountry = getTimezone(c.hours.timezone)?.countries ?? [];
				if (!inCountry.some((cc) => r.countries.includes(cc))) {
					const own = r.countries.flatMap(countryTimeZones);
					report(
						['channels', i, 'hours', 'timezone'],
						'timezone-country',
						`"${c.hours.timezone}" is not a time zone of ${r.countries.join(', ')}`,
						own.length
							? `use the service's own zone: ${own.slice(0, 5).join(', ')}${own.length > 5 ? ', …' : ''}`
							: 'use the time zone the service keeps, or leave the hours unknown',
					);
				}
			}
			c.hours.schedule.forEach((s, j) => {
				if (s.opens === s.closes)
					report(
						['channels', i, 'hours', 'schedule', j],
						'hours-empty',
						`opens and closes are both ${s.opens}`,
						'for 24 hours write hours: { always_open: true }',
					);
			});
		});
	},
};
