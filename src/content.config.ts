/**
 * Astro content collections: the recommendation chapters (MDX), young people's voices, good
 * practice and youth reviews. The loaders run the project validator (the same code as
 * `npm run validate`) before Astro builds any page, so an invalid file fails the build with
 * `file:line` messages. Records, organisations and reference data reach pages straight from the
 * validator (src/data/dataset.ts), not through Astro's data store.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterSchema } from './schemas/index';
import { youthReviewSchema } from './schemas/common';
import { practiceSchema } from './schemas/practice';
import { voiceFileSchema } from './schemas/voices';
import { REVIEWED_KINDS, reviewedItems } from './model/youth-review';
import { figureIdsOf, formatProblem, type ValidationResult } from './validate/index';
import { validateForBuild } from './validate/shared';
import { recommendationRefProblems } from './validate/rules/recommendation-refs';
import {
	assertRecommendations,
	chapterSlug,
	checkRecommendations,
} from './validate/recommendations/check';

/** Inline loaders hand Astro the id inside the entry, so the collection schema allows it. */
const withId = { id: z.string() };

let result: ValidationResult | undefined;
/** Validates once per sync; the result is also left for the pages (src/validate/shared.ts). */
function validated(): ValidationResult {
	result ??= validateForBuild();
	return result;
}

/**
 * Chapters: before Astro reads them, the recommendations' data files and every evidence component
 * in the MDX are checked against the records, so a broken reference stops the build with file:line.
 * The id is the file name without its order prefix: 02-governments.mdx → governments.
 */
const chapterGlob = glob({
	pattern: '**/[^_]*.mdx',
	base: './content/recommendations',
	generateId: ({ entry }) => chapterSlug(entry),
});
const recommendations = defineCollection({
	loader: {
		name: 'pop-recommendation-chapters',
		load: async (context) => {
			assertRecommendations(
				checkRecommendations(
					new Set(validated().resources.map((r) => r.id)),
					figureIdsOf(validated()),
				),
			);
			return chapterGlob.load(context);
		},
	},
	schema: chapterSchema,
});

/**
 * Young people's voices and good practice. Before Astro reads them, the recommendations they name
 * are checked against data/recommendations/, so a wrong id stops the build with file:line.
 */
let youthChecked = false;
function youthValidated(): ValidationResult {
	const v = validated();
	if (!youthChecked) {
		const recs = assertRecommendations(
			checkRecommendations(new Set(v.resources.map((r) => r.id)), figureIdsOf(v)),
		);
		const problems = recommendationRefProblems(v.voices, v.practices, recs.byId);
		if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
		youthChecked = true;
	}
	return v;
}
const voices = defineCollection({
	loader: () => youthValidated().voices.map((e) => ({ id: e.id, ...e.data })),
	schema: voiceFileSchema.extend(withId),
});
const practices = defineCollection({
	loader: () => youthValidated().practices.map((e) => ({ id: e.id, ...e.data })),
	schema: practiceSchema.extend(withId),
});
/** Everything young people reviewed (records, practices, voices, figures, policy profiles). */
const youthReviews = defineCollection({
	loader: () => {
		const v = validated();
		const data = <T>(e: { id: string; data: T }) => ({ ...e.data, id: e.id });
		return reviewedItems({
			records: v.resources.map(data),
			practices: v.practices.map(data),
			voices: v.voices.map(data),
			figures: v.figures.map(data),
			policy: v.policy.map(data),
		}).map((item) => ({ ...item, id: `${item.kind}:${item.id}`, item: item.id }));
	},
	schema: z.object({
		id: z.string(),
		item: z.string(),
		kind: z.enum(REVIEWED_KINDS),
		title: z.string(),
		reviews: youthReviewSchema,
	}),
});

export const collections = {
	recommendations,
	voices,
	practices,
	youthReviews,
};
