/**
 * The work list of a verification round: every contact (a channel's number or address) with the
 * age of its evidence and the record's confidence, worst first. `npm run verify-queue` prints it;
 * the same figures (share of child-helpline numbers backed by a recent dated source) are pinned
 * in the content tests.
 */
import { monthsSince, today } from './clock';
import { contactPoint, isNumberValue, numberCountry } from './contact';
import type { Dataset, ResourceEntry } from './dataset';
import { contactEvidence, type ContactEvidence } from './evidence';

export interface QueueItem {
	id: string;
	type: string;
	channel: number;
	channelType: string;
	/** What a reader sees for this contact. */
	shown: string;
	/** True for phone numbers and short codes (not web pages, handles or e-mail addresses). */
	number: boolean;
	evidence: ContactEvidence;
	confidence: string;
	lastVerified: string;
	/** Whole months since the evidence date; undefined when undated. */
	ageMonths?: number;
}

/** Every contact of every active record, worst evidence first (undated, then oldest, low confidence first). */
export function verifyQueue(ds: Pick<Dataset, 'resources'>, now: string = today()): QueueItem[] {
	const items: QueueItem[] = [];
	for (const r of ds.resources) {
		if (r.status === 'defunct') continue;
		const cc = numberCountry(r.id, r.countries);
		r.channels.forEach((c, i) => {
			const evidence = contactEvidence(r, i, now);
			items.push({
				id: r.id,
				type: r.resource_type,
				channel: i,
				channelType: c.type,
				shown: contactPoint(c, cc).text,
				number: isNumberValue(c),
				evidence,
				confidence: r.verification.confidence,
				lastVerified: r.verification.last_verified,
				...(evidence.date ? { ageMonths: monthsSince(evidence.date, now) } : {}),
			});
		});
	}
	const rank = (x: QueueItem) =>
		(x.evidence.state === 'undated' ? 1e6 : (x.ageMonths ?? 0)) +
		(x.confidence === 'low' ? 1e7 : 0);
	return items.sort(
		(a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id) || a.channel - b.channel,
	);
}

export interface FreshnessFigures {
	/** Numbers (phone, short code, SMS, WhatsApp number) of child-helpline records. */
	helplineNumbers: number;
	/** Of those, backed by a source dated in `sinceYear` or later. */
	recentlyDated: number;
	/** Of those not recently dated, labelled on the page (old, undated or low confidence): must be all of them. */
	labelled: number;
	sinceYear: number;
}

/** The freshness target of the verification round: child-helpline numbers with a source dated `sinceYear` or later. */
/** The first year whose sources count as recent evidence for a number: three calendar years back (2023 in 2026). */
export const datedSince = (now: string = today()): number => Number(now.slice(0, 4)) - 3;

export function freshnessFigures(
	ds: Pick<Dataset, 'resources'>,
	sinceYear: number,
	now: string = today(),
): FreshnessFigures {
	const numbers = verifyQueue(ds, now).filter((x) => x.type === 'child_helpline' && x.number);
	const recent = numbers.filter(
		(x) => x.evidence.date && Number(x.evidence.date.slice(0, 4)) >= sinceYear,
	);
	const labelled = numbers.filter(
		(x) => !recent.includes(x) && (x.evidence.state !== 'confirmed' || x.evidence.unsure),
	).length;
	return { helplineNumbers: numbers.length, recentlyDated: recent.length, labelled, sinceYear };
}

export const recordOf = (ds: Pick<Dataset, 'byId'>, item: QueueItem): ResourceEntry | undefined =>
	ds.byId.get(item.id);
