/**
 * The evidence behind the mapping: sourced figures on how children use help and how well it works
 * (data/figures/<source>.yaml, one file per source publication), and country policy profiles
 * (data/policy/<cc>.yaml). Every figure and every fact names the source that shows it, with the
 * date the source carries; a fact a profile does not state is "not yet mapped", never "no".
 */
import { z } from 'astro/zod';
import { countryCodes, regionList, termIds } from './reference';
import { isoDate, plainText, SOURCE_URL, sourceDate, youthReviewSchema } from './common';

const regionCodes = () =>
	regionList().flatMap((r) => [r.code, ...r.subregions.map((s) => s.code)]) as [
		string,
		...string[],
	];

/** A publication: a report, a dataset, a survey, a web page or a news item. */
export const publicationSchema = z
	.object({
		title: plainText(300, 'The title of the publication, as it is written.'),
		publisher: plainText(200, 'Who published it.'),
		url: z
			.string()
			.regex(SOURCE_URL)
			.describe('Where it was read (https:, or http: for an old page).'),
		published: sourceDate(
			'The date the publication carries (its publication date or the period it reports).',
		).optional(),
		accessed: isoDate('The date we read it.'),
		kind: z
			.enum(['report', 'dataset', 'survey', 'web_page', 'news', 'statement', 'law'])
			.describe(
				'What kind of publication it is: report, dataset, survey, web_page, news, statement or law.',
			),
		note: plainText(
			500,
			'Anything a reader should know about this source (a copy, a translation, a summary of a longer report …).',
		).optional(),
	})
	.strict()
	.describe('The publication the figures come from.');

/** Where a figure applies: the world, a region, or one country. */
export const figureScopeSchema = z.union([
	z
		.object({
			level: z
				.literal('global')
				.describe('The figure covers the whole world, or the whole of a worldwide network.'),
		})
		.strict(),
	z
		.object({
			level: z.literal('region'),
			region: z
				.enum(regionCodes())
				.describe('UN M49 region or sub-region code (data/regions.yaml).'),
		})
		.strict(),
	z
		.object({
			level: z.literal('country'),
			country: z.enum(countryCodes()).describe('ISO 3166-1 alpha-2 code.'),
		})
		.strict(),
]);

export const FIGURE_UNITS = [
	'contacts',
	'reports',
	'urls',
	'images',
	'percent',
	'seconds',
	'minutes',
	'hours',
	'days',
	'children',
	'count',
] as const;

export const figureSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.max(100)
			.describe('Stable id, unique across all figure files, e.g. chi-2023-contacts-global.'),
		indicator: z
			.enum(termIds('indicators'))
			.describe('What the figure measures (data/taxonomies/indicators.yaml).'),
		scope: figureScopeSchema.describe(
			'Where it applies: { level: global }, { level: region, region: "002" } or { level: country, country: KE }.',
		),
		service: z
			.string()
			.regex(/^(?:[a-z]{2}|global|regional)\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.describe(
				'The record the figure is about, when it is about one service (e.g. ke/childline-kenya-116).',
			)
			.optional(),
		period: z
			.string()
			.regex(/^[12][0-9]{3}(?:-(?:0[1-9]|1[0-2]))?(?:\/[12][0-9]{3}(?:-(?:0[1-9]|1[0-2]))?)?$/)
			.describe('The period the figure describes: "2023", "2023-06", or a range "2019/2020".'),
		value: z
			.number()
			.finite()
			.min(0)
			.describe('The number, as the source gives it (a share as a percentage, 0–100).'),
		unit: z
			.enum(FIGURE_UNITS)
			.describe(
				'contacts, reports, urls, images, percent, seconds, minutes, hours, days, children or count.',
			),
		breakdown: z
			.object({
				dimension: z
					.enum([
						'channel',
						'reason',
						'age',
						'gender',
						'told_whom',
						'reason_not',
						'harm',
						'outcome',
					])
					.describe(
						'What the figure is one part of: channel, reason, age, gender, told_whom, reason_not, harm or outcome.',
					),
				category: plainText(
					120,
					'The category as the source names it, e.g. "chat", "mental health", "13–15", "girls", "a parent".',
				),
				term: z
					.string()
					.regex(/^[a-z0-9_]+$/)
					.describe(
						'The matching term of a taxonomy, where one fits: a channel kind, a topic, an age band.',
					)
					.optional(),
			})
			.strict()
			.describe('For a share or a count of one part: the dimension and the category.')
			.optional(),
		population: plainText(
			300,
			'Who or what the figure describes, e.g. "contacts to the 132 member helplines that reported data".',
		),
		definition: plainText(
			400,
			'How the source defines or measures it, in its own terms.',
		).optional(),
		where: plainText(120, 'Where in the source: page, table or figure number.').optional(),
		quote: plainText(600, 'The words of the source that give the figure, copied exactly.'),
		confidence: z
			.enum(['high', 'medium', 'low'])
			.describe(
				"high: the publisher's own report of its own data; medium: a summary or a secondary source; low: uncertain or estimated.",
			),
		note: plainText(500, 'Caveats: coverage, comparability, a change of method.').optional(),
	})
	.strict()
	.describe('One sourced figure.');

export const figureFileSchema = z
	.object({
		source: publicationSchema,
		figures: z.array(figureSchema).min(1).describe('The figures read in this publication.'),
		youth_review: youthReviewSchema.optional(),
	})
	.strict()
	.describe('Figures from one source publication (data/figures/<source>.yaml).');

export type Publication = z.infer<typeof publicationSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureFile = z.infer<typeof figureFileSchema>;

/** One fact of a policy profile: yes (exists) or no (a source says it does not), with its sources. */
export const policyFactSchema = z
	.object({
		status: z
			.enum(['yes', 'no', 'partial'])
			.describe(
				'yes: it exists; no: a source says it does not; partial: it exists in part (say how in detail).',
			),
		detail: plainText(
			400,
			'What the source says, in one or two sentences (the name of the law, the service, the body).',
		),
		sources: z
			.array(
				z
					.object({
						url: z.string().regex(SOURCE_URL).describe('The page read.'),
						title: plainText(300, 'Its title.'),
						publisher: plainText(200, 'Who published it.').optional(),
						published: sourceDate('The date the source carries.').optional(),
						accessed: isoDate('The date we read it.'),
					})
					.strict(),
			)
			.min(1)
			.describe('The sources that show it.'),
	})
	.strict();

export const policyProfileSchema = z
	.object({
		country: z.enum(countryCodes()).describe('ISO 3166-1 alpha-2 code; must match the file name.'),
		facts: z
			.record(z.enum(termIds('policy-facts')), policyFactSchema)
			.describe(
				'Facts of the profile (data/taxonomies/policy-facts.yaml); a fact left out is "not yet mapped".',
			),
		note: plainText(600, 'Anything that qualifies the profile.').optional(),
		youth_review: youthReviewSchema.optional(),
	})
	.strict()
	.describe('A country policy profile (data/policy/<cc>.yaml).');

export type PolicyFact = z.infer<typeof policyFactSchema>;
export type PolicyProfile = z.infer<typeof policyProfileSchema>;
