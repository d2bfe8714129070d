/**
 * How recent and how sure the evidence for a contact is. A record's `last_verified` says when we
 * last looked; it says nothing about how old the sources are. Each channel's number or address
 * takes its evidence date from the sources that support it (their `published` or `updated`
 * date, the date the source itself carries), and a child is told that date, not the day we read it.
 */
import type { Resource } from '../schemas/resource';
import { EVIDENCE_MONTHS, lastDayOf, olderThan, today } from './clock';
import { contactPoint, numberCountry } from './contact';

type Source = Resource['sources'][number];

/** The date a source carries: the later of its publication and last-update dates, if it shows one. */
export const sourceDate = (s: Source): string | undefined =>
	[s.published, s.updated]
		.filter((d): d is string => !!d)
		.sort(byLastDay)
		.at(-1);
/** Orders partial dates by the last day they can stand for (2025 after 2025-06), as the aging rule does. */
const byLastDay = (a: string, b: string) =>
	lastDayOf(a).localeCompare(lastDayOf(b)) || a.localeCompare(b);

/** Whether a source backs the number or address of channel `i` (its `supports` names the channels or that channel). */
export function supportsContact(s: Source, i: number): boolean {
	if (!s.supports) return true;
	return s.supports.some(
		(f) =>
			f === 'channels' ||
			f === 'channels.value' ||
			f === 'channels.url' ||
			f === `channels[${i}]` ||
			f === `channels[${i}].value` ||
			f === `channels[${i}].url`,
	);
}

/**
 * confirmed: a source dated within EVIDENCE_MONTHS shows it; old: the newest dated source is
 * older; undated: no source that shows it carries a date.
 */
export type EvidenceState = 'confirmed' | 'old' | 'undated';

export interface ContactEvidence {
	state: EvidenceState;
	/** The newest date among the supporting sources (YYYY, YYYY-MM or YYYY-MM-DD). */
	date?: string;
	/** The source that carries that date. */
	source?: Source;
	/** The record's confidence is low: the wording says we are not sure. */
	unsure: boolean;
}

export function contactEvidence(
	r: Pick<Resource, 'sources' | 'verification'>,
	i: number,
	now: string = today(),
): ContactEvidence {
	const unsure = r.verification.confidence === 'low';
	let best: { date: string; source: Source } | undefined;
	for (const s of r.sources) {
		const d = sourceDate(s);
		if (d && supportsContact(s, i) && (!best || byLastDay(d, best.date) > 0))
			best = { date: d, source: s };
	}
	if (!best) return { state: 'undated', unsure };
	return {
		state: olderThan(best.date, EVIDENCE_MONTHS, now) ? 'old' : 'confirmed',
		date: best.date,
		source: best.source,
		unsure,
	};
}

/** True when a child can rely on the contact: confirmed by a recent dated source and not low confidence. */
export const trusted = (e: ContactEvidence) => e.state === 'confirmed' && !e.unsure;

/** How much a record's help-now contacts can be relied on: 0 every contact trusted … 2 none trusted. */
export function trustRank(
	r: Pick<Resource, 'sources' | 'verification' | 'channels'>,
	now: string = today(),
): number {
	if (!r.channels.length) return 2;
	const ev = r.channels.map((_, i) => contactEvidence(r, i, now));
	if (ev.every(trusted)) return 0;
	return ev.some(trusted) ? 1 : 2;
}

/**
 * The order a page lists a record's channels in: those a recent dated source confirms first, then
 * the others (old or undated evidence), each group in the record's own order. A child who taps the
 * first button of a service reaches the contact with the best evidence. The record's confidence
 * does not change the order (a low one labels every channel as unsure). Each row keeps the
 * channel's `index` in the record, which its evidence and its sources use.
 */
export function channelsByEvidence<C>(
	r: Pick<Resource, 'sources' | 'verification'> & { channels: C[] },
	now: string = today(),
): { channel: C; index: number; evidence: ContactEvidence }[] {
	const rows = r.channels.map((channel, index) => ({
		channel,
		index,
		evidence: contactEvidence(r, index, now),
	}));
	const confirmed = (x: (typeof rows)[number]) => x.evidence.state === 'confirmed';
	return [...rows.filter(confirmed), ...rows.filter((x) => !confirmed(x))];
}

/** What the exports add to a record: each channel as shown and dialled, with its evidence. */
export interface DerivedContact {
	channel: number;
	type: string;
	/** The text a page shows. */
	text: string;
	/** The link a page follows (tel:, sms:, mailto:, https:), or null. */
	link: string | null;
	/** The normalised number (E.164, or CC:digits for a short code), or null for non-numbers. */
	number: string | null;
	evidence: { state: EvidenceState; date: string | null; unsure: boolean };
}

/** The contacts of a record as every page shows them: one derivation for pages, embeds and exports. */
export function derivedContacts(
	r: Pick<Resource, 'channels' | 'sources' | 'verification' | 'countries'> & { id: string },
	now: string = today(),
): DerivedContact[] {
	const cc = numberCountry(r.id, r.countries);
	return r.channels.map((c, i) => {
		const cp = contactPoint(c, cc);
		const ev = contactEvidence(r, i, now);
		return {
			channel: i,
			type: c.type,
			text: cp.text,
			link: cp.href ?? null,
			number: cp.number?.key ?? null,
			evidence: { state: ev.state, date: ev.date ?? null, unsure: ev.unsure },
		};
	});
}
