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

/** Any date in the record later than today. */
export function futureDates(parsed: ParsedYaml, data: unknown): Problem[] {
	const out: Problem[] = [];
	const now = today();
	const walk = (v: unknown, path: (string | number)[]) => {
		if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
		else if (
			typeof v === 'string' &&
			DATE_KEYS.has(String(path.at(-1))) &&
			/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)
		) {
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
			else if (v.length === 10 && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
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
