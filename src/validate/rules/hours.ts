import { getCountry, getTimezone } from 'countries-and-timezones';
import { didYouMean } from '../problem';
import type { RecordRule } from '../rule';

let tzCache: Map<string, boolean> | undefined;
/**
 * Whether this runtime knows the zone. Names outside Intl.supportedValuesOf (aliases such as
 * Asia/Calcutta, or UTC) are tried once with a formatter and the answer kept.
 */
export function isTimeZone(tz: string): boolean {
	tzCache ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z, true]));
	let known = tzCache.get(tz);
	if (known === undefined) {
		try {
			new Intl.DateTimeFormat('en', { timeZone: tz });
			known = true;
		} catch {
			known = false;
		}
		tzCache.set(tz, known);
	}
	return known;
}

/** The IANA time zones a country keeps (countries-and-timezones), the ones this runtime knows. */
const zonesOf = new Map<string, readonly string[]>();
export function countryTimeZones(code: string): readonly string[] {
	let zones = zonesOf.get(code);
	if (!zones) {
		zones = (getCountry(code)?.timezones ?? []).filter(isTimeZone);
		zonesOf.set(code, zones);
	}
	return zones;
}

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
				// Where the time-zone data list no zone for the record's countries (Kosovo, XK, is
				// not in the IANA tables; uninhabited territories have none), the rule cannot judge
				// and accepts any IANA zone, rather than refuse every hours a service there keeps.
				const inCountry = getTimezone(c.hours.timezone)?.countries ?? [];
				const own = r.countries.flatMap(countryTimeZones);
				if (own.length && !inCountry.some((cc) => r.countries.includes(cc))) {
					report(
						['channels', i, 'hours', 'timezone'],
						'timezone-country',
						`"${c.hours.timezone}" is not a time zone of ${r.countries.join(', ')}`,
						`use the service's own zone: ${own.slice(0, 5).join(', ')}${own.length > 5 ? ', …' : ''}`,
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
