/**
 * The one clock and the one way to age a date. Every "how old is this" in the site, the
 * validator and the exports goes through here, so a record is never fresh on one page and stale
 * on another.
 */

/** Today as YYYY-MM-DD in UTC; POP_TODAY pins it (tests, reproducible builds). */
export const today = (): string => process.env.POP_TODAY ?? new Date().toISOString().slice(0, 10);

/**
 * The last day a date can stand for: a full date is itself, 2024-05 is 2024-05-31, 2024 is
 * 2024-12-31. A source dated only "2024" may have been written in December, so it is aged from
 * then: the label never calls evidence older than it can be shown to be.
 */
export function lastDayOf(date: string): string {
	if (date.length === 10) return date;
	if (date.length === 7) {
		const [y, m] = date.split('-').map(Number) as [number, number];
		return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
	}
	return `${date.slice(0, 4)}-12-31`;
}

/** Whole calendar months from `date` (YYYY, YYYY-MM or YYYY-MM-DD) to `now` (YYYY-MM-DD). */
export function monthsSince(date: string, now: string = today()): number {
	const [y, m, d] = lastDayOf(date).split('-').map(Number) as [number, number, number];
	const [ny, nm, nd] = now.split('-').map(Number) as [number, number, number];
	return (ny - y) * 12 + (nm - m) - (nd < d ? 1 : 0);
}

/** `date` plus whole years (string arithmetic: 2024-02-29 + 1 year compares as 2025-02-29). */
export const plusYears = (date: string, years: number) =>
	`${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/** A record whose last check is older than this is flagged for a new check (validator warning, pages). */
export const RECHECK_MONTHS = 12;
/** A record not checked for this long fails validation. */
export const EXPIRE_MONTHS = 24;
/** Evidence for a contact older than this is labelled as possibly out of date. */
export const EVIDENCE_MONTHS = 36;

/** True when `date` is more than `months` whole months before `now`. */
export const olderThan = (date: string, months: number, now: string = today()) =>
	lastDayOf(date) < plusMonths(now, -months);

function plusMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) + months;
	const ny = Math.floor(total / 12);
	const nm = (total % 12) + 1;
	const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
	return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
