/** Pure helpers that turn record facts into safe links and readable text. */
import type { Hours } from '../schemas/resource';

/**
 * Text channels, as the findings count them: a child can write and get an answer in a
 * conversation — SMS, chat (including a chatbot), messaging apps, social media messages and apps.
 * E-mail and web forms are written but not conversations; they are counted apart
 * (isWrittenChannel), never as text channels.
 */
export const TEXT_CHANNEL_TYPES = [
	'sms',
	'whatsapp',
	'messaging_app_other',
	'social_dm',
	'web_chat',
	'chatbot',
	'mobile_app',
] as const;
export const WRITTEN_CHANNEL_TYPES = ['email', 'web_form'] as const;
export const isTextChannel = (type: string): boolean =>
	(TEXT_CHANNEL_TYPES as readonly string[]).includes(type);
export const isWrittenChannel = (type: string): boolean =>
	(WRITTEN_CHANNEL_TYPES as readonly string[]).includes(type);

/** Minutes since Monday 00:00 in the given time zone, for "open now". */
export function weekMinutes(date: Date, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(date);
	const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
	const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
	return day * 1440 + Number(get('hour')) * 60 + Number(get('minute'));
}

const DAY_INDEX = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 } as const;
const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a channel is open at `date`: true, false, or undefined when its hours are unknown. */
export function isOpen(hours: Hours, date: Date): boolean | undefined {
	if (hours === 'unknown') return undefined;
	if ('always_open' in hours) return true;
	const now = weekMinutes(date, hours.timezone);
	for (const s of hours.schedule) {
		const o = toMin(s.opens);
		let c = toMin(s.closes);
		if (c <= o) c += 1440; // closes after midnight
		for (const d of s.days) {
			const start = DAY_INDEX[d] * 1440 + o;
			const end = DAY_INDEX[d] * 1440 + c;
			if ((now >= start && now < end) || (now + 10080 >= start && now + 10080 < end)) return true;
		}
	}
	return false;
}

/** Groups of days with the same times, e.g. "Mon–Fri 08:00–17:00". */
export function scheduleLines(
	hours: Exclude<Hours, 'unknown' | { always_open: true }>,
	dayLabel: (d: string) => string,
): string[] {
	return hours.schedule.map((s) => {
		const idx = s.days.map((d) => DAY_INDEX[d]).sort((a, b) => a - b);
		const contiguous = idx.length > 2 && idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
		const names = Object.keys(DAY_INDEX);
		const days = contiguous
			? `${dayLabel(names[idx[0]!]!)}–${dayLabel(names[idx.at(-1)!]!)}`
			: idx.map((i) => dayLabel(names[i]!)).join(', ');
		return `${days} ${s.opens}–${s.closes}`;
	});
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A date in the reader's language, only as precise as it is written: 2024 → "2024",
 * 2024-05 → "May 2024", 2024-05-03 → "3 May 2024" (or "May 2024" with precision 'month').
 */
export function formatDate(date: string, lang: string, precision: 'day' | 'month' = 'day'): string {
	if (date.length === 4) return date;
	const day = date.length === 10 && precision === 'day';
	const key = `${lang}|${day}`;
	let f = dateFormats.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(lang, {
			year: 'numeric',
			month: 'long',
			...(day ? { day: 'numeric' } : {}),
			timeZone: 'UTC',
		});
		dateFormats.set(key, f);
	}
	return f.format(new Date(`${date.length === 7 ? `${date}-15` : date}T12:00:00Z`));
}
