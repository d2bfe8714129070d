/**
 * Reviews by young people (`youth_review`, src/schemas/common.ts) across everything that can carry
 * one: records, good-practice files, voice files, figure files and country policy profiles. The
 * young readers' pages list them, and say so plainly when there are none. Pure.
 */
import type { z } from 'astro/zod';
import type { youthReviewSchema } from '../schemas/common';

export type YouthReviews = z.infer<typeof youthReviewSchema>;

export const REVIEWED_KINDS = ['record', 'practice', 'voices', 'figures', 'policy'] as const;
export type ReviewedKind = (typeof REVIEWED_KINDS)[number];

/** One item young people reviewed, with what the site shows for it. */
export interface ReviewedItem {
	kind: ReviewedKind;
	/** The item's id: a record id, a file name, a country code. */
	id: string;
	/** Its name as written in the data (records, practices, publications), or the country code. */
	title: string;
	reviews: YouthReviews;
}

type Reviewable = { youth_review?: YouthReviews | undefined };

export interface ReviewInput {
	records: (Reviewable & { id: string; name: string })[];
	practices: (Reviewable & { id: string; title: string })[];
	voices: (Reviewable & { id: string; source: { title: string } })[];
	figures: (Reviewable & { id: string; source: { title: string } })[];
	policy: (Reviewable & { id: string; country: string })[];
}

/** Every item with at least one youth review, kinds in REVIEWED_KINDS order, then by id. */
export function reviewedItems(input: ReviewInput): ReviewedItem[] {
	const out: ReviewedItem[] = [];
	const add = (kind: ReviewedKind, id: string, title: string, r: Reviewable) => {
		if (r.youth_review?.length) out.push({ kind, id, title, reviews: r.youth_review });
	};
	for (const r of input.records) add('record', r.id, r.name, r);
	for (const p of input.practices) add('practice', p.id, p.title, p);
	for (const v of input.voices) add('voices', v.id, v.source.title, v);
	for (const f of input.figures) add('figures', f.id, f.source.title, f);
	for (const p of input.policy) add('policy', p.id, p.country, p);
	const rank = (k: ReviewedKind) => REVIEWED_KINDS.indexOf(k);
	return out.sort((a, b) => rank(a.kind) - rank(b.kind) || a.id.localeCompare(b.id));
}
