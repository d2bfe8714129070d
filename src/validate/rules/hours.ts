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

export const hoursRule: RecordRule = {
	name: 'hours',
	description: 'Opening hours use an IANA time zone, and no opening closes at the minute it opens.',
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
