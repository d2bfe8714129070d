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

/**
 * Any date in the record later than today, or not on the calendar. The walk keeps one path array
 * and copies it only for a problem.
 */
export function futureDates(parsed: ParsedYaml, data: unknown): Problem[] {
	const out: Problem[] = [];
	const now = today();
	const path: (string | number)[] = [];
	const report = (rule: string, message: string, hint: string) => {
		const at = [...path];
		out.push({
			file: parsed.file,
			...locate(parsed, at),
			field: fieldName(at),
			message,
			hint,
			severity: 'error',
			rule,
		});
	};
	const walk = (v: unknown) => {
		if (Array.isArray(v))
			for (let i = 0; i < v.length; i++) {
				path.push(i);
				walk(v[i]);
				path.pop();
			}
		else if (v && typeof v === 'object')
			for (const k of Object.keys(v)) {
				path.push(k);
				walk((v as Record<string, unknown>)[k]);
				path.pop();
			}
		else if (typeof v === 'string' && DATE_KEYS.has(String(path.at(-1))) && DATE.test(v)) {
			// Partial dates (2024, 2024-05) compare at their own precision.
			if (v > now.slice(0, v.length))
				report(
					'future-date',
					`${v} is in the future`,
					`use the date the work was actually done, or the date the source shows (today is ${now})`,
				);
			else if (v.length === 10 && !onCalendar(v))
				report(
					'calendar-date',
					`"${v}" is not a date on the calendar`,
					'check the month (01–12) and the day of the month',
				);
		}
	};
	walk(data);
	return out;
}
