/**
 * Young people's words (content/voices/<source>.yaml, one file per source): statements of children
 * and young people as a published consultation or report shows them. A statement is copied exactly;
 * a translation is only the source's own; nothing is paraphrased as if it were said.
 */
import { z } from 'astro/zod';
import { countryCodes, regionList, termIds } from './reference';
import { plainText, youthReviewSchema } from './common';
import { publicationSchema } from './evidence';

const regionCodes = () =>
	regionList().flatMap((r) => [r.code, ...r.subregions.map((s) => s.code)]) as [
		string,
		...string[],
	];

export const GATHERED_BY = [
	'survey',
	'consultation',
	'workshop',
	'focus_group',
	'interview',
	'poll',
	'panel',
	'written_submission',
	'helpline_contact',
] as const;

/** What a statement is about, in the order the voices page lists them. */
export const VOICE_THEMES = [
	'reaching_help',
	'helplines',
	'reporting',
	'platforms',
	'privacy',
	'trust',
	'participation',
	'education',
	'online_harm',
	'wellbeing',
	'access',
	'other',
] as const;
export type VoiceTheme = (typeof VOICE_THEMES)[number];

export const statementSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.max(100)
			.describe('Stable id, unique across all voice files.'),
		text: plainText(
			700,
			'The statement exactly as the source prints it, in the language it prints it.',
		),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/)
			.describe('The language of the text, e.g. en, fr, pt.'),
		translation_en: plainText(
			700,
			'The English translation, only if the source itself gives one.',
		).optional(),
		speaker: z
			.object({
				age: z.number().int().min(5).max(30).describe('The age the source gives.').optional(),
				age_band: z
					.enum(termIds('age-bands'))
					.describe('The age band, where the source gives a range.')
					.optional(),
				age_text: plainText(
					60,
					'The age as the source writes it, e.g. "girl, 16", "aged 13–17".',
				).optional(),
				gender: z
					.enum(['girl', 'boy', 'other', 'not_stated'])
					.describe('As the source states it; not_stated when it does not.'),
				country: z
					.enum(countryCodes())
					.describe("The speaker's country, where the source gives it.")
					.optional(),
				region: z
					.enum(regionCodes())
					.describe('The region, where the source gives only that.')
					.optional(),
			})
			.strict()
			.describe('Who said it, only as far as the source says (never a name).'),
		year: z
			.string()
			.regex(/^[12][0-9]{3}$/)
			.describe('The year it was said or gathered, as the source gives it.'),
		where: plainText(120, 'Where in the source: page, section, quote number.').optional(),
		themes: z.array(z.enum(VOICE_THEMES)).min(1).describe('What it is about.'),
		recommendations: z
			.array(z.string().regex(/^POP-[A-Z]+-\d{2}$/))
			.describe('Recommendations it bears on, by id.')
			.optional(),
	})
	.strict()
	.describe('One statement by a child or young person.');

export const voiceFileSchema = z
	.object({
		source: publicationSchema,
		gathered_by: z
			.enum(GATHERED_BY)
			.describe(
				'How the statements were gathered: survey, consultation, workshop, focus_group, interview, poll, panel, written_submission or helpline_contact.',
			),
		participants: plainText(400, 'Who took part and how many, as the source says.'),
		statements: z.array(statementSchema).min(1),
		youth_review: youthReviewSchema.optional(),
	})
	.strict()
	.describe(
		'Statements of children and young people from one source (content/voices/<source>.yaml).',
	);

export type Statement = z.infer<typeof statementSchema>;
export type VoiceFile = z.infer<typeof voiceFileSchema>;
