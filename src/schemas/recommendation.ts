/**
 * The recommendations: chapter frontmatter (content/recommendations/*.mdx), recommendations as data
 * (data/recommendations/*.yaml), their vocabularies (data/recommendation-vocabulary.yaml), the
 * report's metadata (data/recommendation-report.yaml), the sources they cite (data/references.yaml)
 * and the external figures chapters quote (data/external-figures.yaml).
 *
 * Theme, priority and framework-term enums are read from the vocabulary file, as the resource
 * schema reads its enums from data/taxonomies: a new term is added in YAML, never retyped in code.
 */
import fs from 'node:fs';
import YAML from 'yaml';
import { z } from 'astro/zod';
import { isoDate, plainText, SLUG, SOURCE_URL } from './common';
import { dataPath } from './reference';

/** Audiences of chapters; `all` is the introduction. */
export const STAKEHOLDERS = [
	'all',
	'governments',
	'technology_providers',
	'child_protection',
	'educators_parents',
	'children_young_people',
] as const;
/** Stakeholders a recommendation can be addressed to. */
export const REC_STAKEHOLDERS = [
	'governments',
	'technology_providers',
	'child_protection',
	'educators_parents',
	'children_young_people',
] as const;
export type RecStakeholder = (typeof REC_STAKEHOLDERS)[number];
export const CHAPTER_STATUSES = ['draft', 'consultation', 'final'] as const;
export type ChapterStatus = (typeof CHAPTER_STATUSES)[number];
/** A recommendation id: POP-<stakeholder prefix>-<two digits>, e.g. POP-GOV-03. */
export const REC_ID = /^POP-[A-Z]{2,5}-[0-9]{2}$/;
/** A record id as in content/resources/<scope>/<slug>.yaml. */
export const RECORD_ID = /^(?:[a-z]{2}|global|regional)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION = /^[0-9]+\.[0-9]+(?:\.[0-9]+)?$/;

const refId = (what: string) => z.string().regex(SLUG).max(80).describe(what);
const termId = z.string().regex(/^[a-z0-9_]+$/);

const changeSchema = z
	.object({
		version: z.string().regex(VERSION).describe('The version this change produced, e.g. 0.2.'),
		date: isoDate('When the change was published.'),
		changes: plainText(800, 'What changed, in a sentence or two.'),
	})
	.strict()
	.describe('One entry of a changelog.');

export const chapterSchema = z
	.object({
		title: plainText(160, 'Chapter title.'),
		audience: z
			.enum(STAKEHOLDERS)
			.describe('The stakeholder the chapter speaks to; `all` for the introduction.'),
		order: z.number().int().min(0).describe('Position in the report.'),
		status: z.enum(CHAPTER_STATUSES).describe('draft, consultation or final; shown prominently.'),
		version: z.string().regex(VERSION).describe('Version, e.g. 0.1.'),
		published: isoDate('First published.'),
		updated: isoDate('Last changed.'),
		summary: plainText(600, 'A one-paragraph summary.'),
		summary_young: plainText(600, 'The same in plain words for young readers.'),
		changes: z
			.array(changeSchema)
			.min(1)
			.describe('The chapter changelog, newest last.')
			.optional(),
	})
	.strict();
export type Chapter = z.infer<typeof chapterSchema>;

const vocabularyTerm = z
	.object({
		id: termId.describe('Stable id; never rename one that recommendations use.'),
		label: plainText(120, 'Label shown on the site.'),
		description: plainText(400, 'What the term means.'),
	})
	.strict();

export const vocabularySchema = z
	.object({
		stakeholders: z
			.array(
				z
					.object({
						id: z.enum(REC_STAKEHOLDERS).describe('The stakeholder.'),
						prefix: z
							.string()
							.regex(/^[A-Z]{2,5}$/)
							.describe('The part of the recommendation id after POP-, e.g. GOV.'),
						label: plainText(120, 'Label shown on the site.'),
						chapter: z
							.string()
							.regex(SLUG)
							.describe('The slug of the chapter that speaks to this stakeholder.'),
					})
					.strict(),
			)
			.min(1)
			.describe('Who recommendations are addressed to.'),
		themes: z
			.array(vocabularyTerm)
			.min(1)
			.describe('What a recommendation is about (columns of the matrix).'),
		priorities: z
			.array(vocabularyTerm)
			.min(1)
			.describe('How urgent a recommendation is, most urgent first.'),
		frameworks: z
			.array(
				z
					.object({
						id: termId.describe(
							"Framework id, used as the key under a recommendation's frameworks.",
						),
						label: plainText(160, "The framework's name."),
						short: plainText(60, 'What one of its terms is called, e.g. "BIK+ pillar".'),
						source: refId('The reference (data/references.yaml) where the framework was read.'),
						terms: z
							.array(
								z
									.object({
										id: termId.describe('Stable term id.'),
										label: plainText(160, 'The term as the framework names it.'),
										source: refId('The reference where this term was read.'),
									})
									.strict(),
							)
							.min(1),
					})
					.strict(),
			)
			.min(1)
			.describe('Frameworks a recommendation can be tagged with.'),
	})
	.strict()
	.describe('Vocabularies of the POP recommendations.');
export type Vocabulary = z.infer<typeof vocabularySchema>;

let vocabCache: Vocabulary | undefined;
/** The vocabulary file as parsed YAML (validated by the recommendations validator, not here). */
export function vocabulary(): Vocabulary {
	vocabCache ??= YAML.parse(
		fs.readFileSync(dataPath('recommendation-vocabulary.yaml'), 'utf8'),
	) as Vocabulary;
	return vocabCache;
}
const ids = (list: { id: string }[] | undefined, what: string): [string, ...string[]] => {
	const out = (list ?? []).map((t) => t.id);
	if (!out.length) throw new Error(`data/recommendation-vocabulary.yaml has no ${what}`);
	return out as [string, ...string[]];
};

/** A recommendation's framework tags: one optional list per framework in the vocabulary. */
function frameworksShape() {
	return z
		.object(
			Object.fromEntries(
				vocabulary().frameworks.map((f) => [
					f.id,
					z
						.array(z.enum(ids(f.terms, `terms in framework ${f.id}`)))
						.min(1)
						.optional()
						.describe(`${f.label}: ${f.short} ids (data/recommendation-vocabulary.yaml).`),
				]),
			),
		)
		.strict()
		.describe('The frameworks this recommendation serves, by framework id.');
}

export const recommendationSchema = z
	.object({
		id: z
			.string()
			.regex(REC_ID)
			.describe('Stable id, e.g. POP-GOV-03. Never reuse or renumber a published id.'),
		title: plainText(160, 'The recommendation in a few words, as an instruction.'),
		recommendation: plainText(700, 'What should be done, by whom, in one to three sentences.'),
		rationale: plainText(
			1200,
			'Why, in words; figures are never typed here — they come from evidence.',
		),
		young: plainText(300, 'The same in plain words for young readers.'),
		theme: z
			.enum(ids(vocabulary().themes, 'themes'))
			.describe('The theme (data/recommendation-vocabulary.yaml).'),
		priority: z.enum(ids(vocabulary().priorities, 'priorities')).describe('high, medium or low.'),
		status: z
			.enum(['active', 'withdrawn'])
			.describe('withdrawn keeps the id and page but marks it no longer recommended.')
			.optional(),
		frameworks: frameworksShape(),
		evidence: z
			.object({
				indicators: z
					.array(termId)
					.min(1)
					.describe('Indicator ids (src/model/indicators.ts); shown as live figures.')
					.optional(),
				figures: z
					.array(refId('An external figure id (data/external-figures.yaml).'))
					.min(1)
					.optional(),
				records: z
					.array(z.string().regex(RECORD_ID))
					.min(1)
					.describe('Record ids, e.g. global/take-it-down.')
					.optional(),
				sources: z.array(refId('A reference id (data/references.yaml).')).min(1).optional(),
				figure_records: z
					.array(refId('A figure id (data/figures/).'))
					.min(1)
					.describe(
						'Figures in data/figures/ on how children use help or how well it works that bear on the recommendation; each is shown with its value, period and source.',
					)
					.optional(),
			})
			.strict()
			.describe(
				'What the recommendation rests on: live indicators, sourced figures, records and references.',
			),
	})
	.strict()
	.describe('One POP recommendation.');
export type Recommendation = Omit<z.infer<typeof recommendationSchema>, 'frameworks'> & {
	frameworks: Partial<Record<string, string[]>>;
};

export const recommendationsFileSchema = z
	.object({
		stakeholder: z
			.enum(REC_STAKEHOLDERS)
			.describe('Who every recommendation in this file is addressed to.'),
		recommendations: z.array(recommendationSchema).min(1),
	})
	.strict()
	.describe('The recommendations to one stakeholder (data/recommendations/*.yaml).');

export const reportSchema = z
	.object({
		title: plainText(200, 'The report title.'),
		short_title: plainText(80, 'A short title for headers.'),
		authors: plainText(200, "Who wrote it (a group, not people's names)."),
		status: z.enum(CHAPTER_STATUSES).describe('draft, consultation or final.'),
		version: z.string().regex(VERSION).describe('Report version.'),
		published: isoDate('First published.'),
		updated: isoDate('Last changed.'),
		status_note: plainText(600, 'What the status means for readers.'),
		changelog: z.array(changeSchema).min(1).describe('Report changelog, newest last.'),
	})
	.strict()
	.describe('The POP recommendations report as a whole.');
export type Report = z.infer<typeof reportSchema>;

export const referenceSchema = z
	.object({
		id: refId('Stable id used by <Source id="…" /> and by evidence.sources.'),
		short: plainText(60, 'A short label for inline citations, e.g. "CHI 2024".'),
		title: plainText(300, 'The title of the page or document.'),
		publisher: plainText(200, 'Who published it (or the mirror it was read on).'),
		url: z.string().regex(SOURCE_URL).describe('The address that was read.'),
		published: isoDate('When the source was published, if it says.').optional(),
		accessed: isoDate('The date it was read.'),
		read: plainText(800, 'Which part was read and what it says that the recommendations rely on.'),
	})
	.strict();
export type Reference = z.infer<typeof referenceSchema>;
export const referencesFileSchema = z
	.object({ references: z.array(referenceSchema).min(1) })
	.strict()
	.describe('Sources cited by the recommendations (data/references.yaml).');

export const FIGURE_QUALIFIERS = ['at_least', 'more_than', 'about', 'up_to'] as const;
export const externalFigureSchema = z
	.object({
		id: refId('Stable id used by <Cite id="…" />.'),
		value: z.number().describe('The number as the source gives it.'),
		qualifier: z
			.enum(FIGURE_QUALIFIERS)
			.describe('When the source gives a bound or an estimate.')
			.optional(),
		unit: plainText(60, 'What is counted, e.g. contacts.'),
		what: plainText(300, 'What the figure measures, in one line.'),
		period: z
			.string()
			.regex(/^[0-9]{4}(?:-[0-9]{2})?(?:\/[0-9]{4})?$/)
			.describe('The period it refers to, e.g. 2023.')
			.optional(),
		source: refId('The reference it was read in (data/references.yaml).'),
		accessed: isoDate('The date the figure was read in the source.'),
		quote: plainText(1000, 'The exact words of the source the figure comes from.'),
	})
	.strict();
export type ExternalFigure = z.infer<typeof externalFigureSchema>;
export const externalFiguresFileSchema = z
	.object({ figures: z.array(externalFigureSchema).min(1) })
	.strict()
	.describe('Sourced external figures quoted by the recommendations (data/external-figures.yaml).');
