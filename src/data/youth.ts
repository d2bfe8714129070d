/**
 * Young people's voices, good practice and youth reviews for pages: read from the content
 * collections once per build (src/content.config.ts checks them first) and shaped by
 * src/model/voices.ts, src/model/practices.ts and src/model/youth-review.ts.
 */
import { getCollection } from 'astro:content';
import type { PracticeEntry } from '../model/practices';
import { voiceQuotes, type VoiceFileEntry, type VoiceQuote } from '../model/voices';
import type { ReviewedItem } from '../model/youth-review';

export interface YouthData {
	/** Voice files (one per source), by id. */
	files: VoiceFileEntry[];
	/** Every statement with its file. */
	quotes: VoiceQuote[];
	practices: PracticeEntry[];
	/** Everything young people reviewed, across records, practices, voices, figures and policy. */
	reviewed: ReviewedItem[];
}

const strip = <T extends { id: string }>(e: { data: T }): T => e.data;

let cached: Promise<YouthData> | undefined;
export function youth(): Promise<YouthData> {
	cached ??= (async () => {
		const [voices, practices, reviews] = await Promise.all([
			getCollection('voices'),
			getCollection('practices'),
			getCollection('youthReviews'),
		]);
		const files = voices.map(strip).sort((a, b) => a.id.localeCompare(b.id));
		return {
			files,
			quotes: voiceQuotes(files),
			practices: practices.map(strip).sort((a, b) => a.id.localeCompare(b.id)),
			reviewed: reviews.map(({ data: { item, kind, title, reviews: r } }) => ({
				kind,
				id: item,
				title,
				reviews: r,
			})),
		};
	})();
	return cached;
}
