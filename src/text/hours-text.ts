/**
 * Opening hours as one line of text, for the CSV export, the issue forms and `npm run new`:
 *
 * - `24/7` — open all the time (`{ always_open: true }`);
 * - `unknown` — no source gives the hours;
 * - `Africa/Nairobi: MO,TU,WE,TH,FR 08:00-17:00; SA 09:00-13:00` — an IANA time zone, then
 *   weekly slots separated by `;`. Days are two-letter codes (MO … SU) separated by commas or
 *   spaces; when reading, ranges (`MO-FR`) and English day names (`Mon`, `Monday`) are accepted too.
 *
 * The hours' `note` is not part of the line (the CSV has a column for it).
 */
import { DAYS, type Hours } from '../schemas/resource';

type Day = (typeof DAYS)[number];
type Schedule = { days: Day[]; opens: string; closes: string };

/** The hours as one line (without the note). */
export function formatHours(hours: Hours): string {
	if (hours === 'unknown') return 'unknown';
	if ('always_open' in hours) return '24/7';
	return `${hours.timezone}: ${hours.schedule.map((s) => `${s.days.join(',')} ${s.opens}-${s.closes}`).join('; ')}`;
}

const DAY_NAMES: Record<string, Day> = {};
const ENGLISH = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
DAYS.forEach((d, i) => {
	DAY_NAMES[d.toLowerCase()] = d;
	DAY_NAMES[ENGLISH[i]!] = d;
	DAY_NAMES[ENGLISH[i]!.slice(0, 3)] = d;
});
DAY_NAMES.tues = 'TU';
DAY_NAMES.thur = 'TH';
DAY_NAMES.thurs = 'TH';

const day = (s: string): Day | undefined => DAY_NAMES[s.toLowerCase().replace(/\.$/, '')];
const time = (s: string): string | undefined => {
	const m = /^(\d{1,2})[:.h](\d{2})$/.exec(s.trim());
	if (!m) return undefined;
	const v = `${m[1]!.padStart(2, '0')}:${m[2]}`;
	return /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/.test(v) ? v : undefined;
};

export type HoursParse = { ok: true; hours: Hours } | { ok: false; error: string };

/**
 * Reads an hours line. `defaultTimezone` is used when the line has no `Zone/Name:` prefix (the
 * issue forms ask for the time zone separately).
 */
export function parseHours(text: string, defaultTimezone?: string): HoursParse {
	const t = text.trim();
	if (/^(unknown|not known|)$/i.test(t)) return { ok: true, hours: 'unknown' };
	if (/^(24\/7|24 ?h(ours)?|always( open)?|open 24 hours(,? 7 days( a week)?)?)$/i.test(t))
		return { ok: true, hours: { always_open: true } };
	let rest = t;
	let timezone = defaultTimezone;
	const tz = /^((?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})|UTC)\s*:\s*(.*)$/s.exec(t);
	if (tz) {
		timezone = tz[1]!;
		rest = tz[2]!;
	}
	if (!timezone)
		return {
			ok: false,
			error: 'the time zone is missing: write it first, e.g. "Africa/Nairobi: MO-FR 08:00-17:00"',
		};
	const schedule: Schedule[] = [];
	for (const part of rest
		.split(/[;\n]/)
		.map((p) => p.trim())
		.filter(Boolean)) {
		const m = /^(.*?)\s*(\d{1,2}[:.h]\d{2})\s*(?:-|–|—|to)\s*(\d{1,2}[:.h]\d{2})$/i.exec(part);
		if (!m) return { ok: false, error: `"${part}" is not days and times like "MO-FR 08:00-17:00"` };
		const opens = time(m[2]!);
		const closes = time(m[3]!);
		if (!opens || !closes)
			return { ok: false, error: `"${part}": times are 24-hour HH:MM, e.g. 08:00 or 17:30` };
		const days: Day[] = [];
		const dayText = m[1]!.replace(/\s+to\s+/gi, '-').replace(/\s*[-–—]\s*/g, '-');
		for (const tok of dayText.split(/[\s,]+/).filter(Boolean)) {
			const range = /^([A-Za-z.]+)\s*(?:-|–|—)\s*([A-Za-z.]+)$/.exec(tok);
			if (range) {
				const a = day(range[1]!);
				const b = day(range[2]!);
				if (!a || !b) return { ok: false, error: `"${tok}" is not a range of days like MO-FR` };
				const from = DAYS.indexOf(a);
				const to = DAYS.indexOf(b);
				for (let i = from; ; i = (i + 1) % 7) {
					days.push(DAYS[i]!);
					if (i === to) break;
				}
			} else {
				const d = day(tok);
				if (!d) return { ok: false, error: `"${tok}" is not a day: use MO TU WE TH FR SA SU` };
				days.push(d);
			}
		}
		if (!days.length) return { ok: false, error: `"${part}" names no days` };
		schedule.push({ days, opens, closes });
	}
	if (!schedule.length) return { ok: false, error: 'no opening times given' };
	return { ok: true, hours: { timezone, schedule: schedule } };
}
