/** Dates must not be in the future, and a full date must be on the calendar (every kind of file). */
import { today } from '../../model/clock';
import { fieldName, type Problem } from '../problem';
import { locate, type ParsedYaml } from '../yaml-file';

const DATE_KEYS = new Set([
	'accessed',
	'published',
	'updated',
	'last_verified',
	'assessed_on',
	'until',
	'date',
	'checked',
]);

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Whether a YYYY-MM-DD date is on the calendar (month 01-12, day within the month). */
export function onCalendar(v: string): boolean {
	const y = Number(v.slice(0, 4));
	const m = Number(v.slice(5, 7));
	const d = Number(v.slice(8, 10));
	if (m < 1 || m > 12 || d < 1) return false;
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

/** Any date in the record later than today, or not on the calendar. */
export function futureDates(parsed: ParsedYaml, data: unknown): Problem[] {
	const out: Problem[] = [];
	const now = today();
	const walk = (v: unknown, path: (string | number)[]) => {
		if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
		else if (typeof v === 'string' && DATE_KEYS.has(String(path.at(-1))) && DATE.test(v)) {
			// Partial dates (2024, 2024-05) compare at their own precision.
			if (v > now.slice(0, v.length))
				out.push({
					file: parsed.file,
					...locate(parsed, path),
					field: fieldName(path),
					message: `${v} is in the future`,
					hint: `use the date the work was actually done, or the date the source shows (today is ${now})`,
					severity: 'error',
					rule: 'future-date',
				});
			else if (v.length === 10 && !onCalendar(v))
				out.push({
					file: parsed.file,
					...locate(parsed, path),
					field: fieldName(path),
					message: `"${v}" is not a date on the calendar`,
					hint: 'check the month (01–12) and the day of the month',
					severity: 'error',
					rule: 'calendar-date',
				});
		}
	};
	walk(data, []);
	return out;
}
