/**
 * Good practice, lessons and challenges (content/practices/<slug>.yaml): what was done, what it
 * achieved, with figures from sources, what was hard, and which records and recommendations it
 * relates to.
 */
import { z } from 'astro/zod';
import { countryCodes, regionList } from './reference';
import { plainText, sourcesSchema, youthReviewSchema } from './common';

const regionCodes = () =>
	regionList().flatMap((r) => [r.code, ...r.subregions.map((s) => s.code)]) as [
		string,
		...string[],
	];

export const PRACTICE_KINDS = [
	'helpline',
	'hotline',
	'government',
	'regulator',
	'technology',
	'civil_society',
	'youth_led',
	'education',
	'network',
] as const;

const sourceRef = z
	.number()
	.int()
	.min(0)
	.describe('The index of the source in `sources` (0 for the first).');

export const practiceSchema = z
	.object({
		title: plainText(160, 'A plain title, e.g. "A helpline moves to chat".'),
		summary: plainText(400, 'What happened, in two sentences.'),
		summary_young: plainText(300, 'The same for a 13-year-old, in plain words.').optional(),
		kind: z
			.enum(PRACTICE_KINDS)
			.describe(
				'Who led it: helpline, hotline, government, regulator, technology, civil_society, youth_led, education or network.',
			),
		countries: z.array(z.enum(countryCodes())).describe('Where it happened; [] for a global one.'),
		regions: z
			.array(z.enum(regionCodes()))
			.describe('UN M49 regions, for a regional one.')
			.optional(),
		period: z
			.string()
			.regex(/^[12][0-9]{3}(?:\/(?:[12][0-9]{3})?)?$/)
			.describe('When: "2021", or "2019/2023", or "2020/" (still running).'),
		what_was_done: plainText(1200, 'What was done, from the sources.'),
		outcomes: z
			.array(
				z
					.object({
						text: plainText(400, 'What it achieved, as the source says.'),
						value: z.number().finite().describe('The figure, where there is one.').optional(),
						unit: plainText(40, 'Its unit, e.g. "chats", "percent", "reports".').optional(),
						period: z
							.string()
							.regex(/^[12][0-9]{3}(?:\/[12][0-9]{3})?$/)
							.describe('The period of the figure.')
							.optional(),
						quote: plainText(500, "The source's words that give it, copied exactly.").optional(),
						source: sourceRef,
					})
					.strict(),
			)
			.min(1)
			.describe('What it achieved, each with its source.'),
		challenges: z
			.array(
				z
					.object({ text: plainText(400, 'What was hard, as the source says.'), source: sourceRef })
					.strict(),
			)
			.min(1)
			.describe('What was hard or did not work, each with its source.'),
		lessons: z
			.array(
				z
					.object({ text: plainText(400, 'A lesson the source draws.'), source: sourceRef })
					.strict(),
			)
			.describe('Lessons the sources draw.')
			.optional(),
		youth_role: plainText(
			300,
			'What young people did in it, if anything (designed, moderated, advised, answered …).',
		).optional(),
		records: z
			.array(z.string().regex(/^(?:[a-z]{2}|global|regional)\/[a-z0-9]+(?:-[a-z0-9]+)*$/))
			.describe('Records it concerns, by id.')
			.optional(),
		recommendations: z
			.array(z.string().regex(/^POP-[A-Z]+-\d{2}$/))
			.describe('Recommendations it relates to, by id.')
			.optional(),
		sources: sourcesSchema,
		youth_review: youthReviewSchema.optional(),
	})
	.strict()
	.describe('A case of good practice, a lesson or a challenge (content/practices/<slug>.yaml).');

export type Practice = z.infer<typeof practiceSchema>;
