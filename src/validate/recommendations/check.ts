/**
 * The whole check of the recommendations, run by the content loader (so `astro build` stops on a
 * broken reference) and by `npm run validate`: the data files, then every chapter's MDX against
 * them and against the records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { countryCodes, regionList, ROOT, termIds } from '../../schemas/reference';
import { REC_ID } from '../../schemas/recommendation';
import { INDICATOR_IDS } from '../../model/indicators';
import { formatProblem, type Problem } from '../problem';
import { areaSlugs } from '../../model/recommendation-evidence';
import { checkChapter, type ChapterRefs, type Knowledge } from './mdx-refs';
import { locate, parseYamlFile } from '../yaml-file';
import { validateRecommendations, VOCABULARY_FILE, type RecommendationData } from './validate';

export const CHAPTERS_DIR = 'content/recommendations';
/** Paths under /recommendations/ that are pages of their own, so no chapter may use them. */
export const RESERVED_SLUGS = [
	'by',
	'changelog',
	'evidence',
	'pdf',
	'report',
	'sources',
	'recommendations',
];

/** content/recommendations/*.mdx, sorted; files starting with `_` are drafts of the template. */
export function chapterFiles(root = ROOT): string[] {
	const dir = path.join(root, CHAPTERS_DIR);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.sort()
		.map((f) => `${CHAPTERS_DIR}/${f}`);
}

/** The chapter's URL slug: the file name without its order prefix, 02-governments.mdx → governments. */
export const chapterSlug = (file: string) =>
	path
		.basename(file)
		.replace(/\.mdx$/, '')
		.replace(/^[0-9]+-/, '');

export function knowledgeFor(data: RecommendationData, recordIds: Set<string>): Knowledge {
	const recsByStakeholder = new Map<string, string[]>();
	for (const r of data.recommendations)
		recsByStakeholder.set(r.stakeholder, [...(recsByStakeholder.get(r.stakeholder) ?? []), r.id]);
	return {
		recIds: new Set(data.byId.keys()),
		figureIds: new Set(data.figures.keys()),
		sourceIds: new Set(data.references.keys()),
		recordIds,
		resourceTypes: termIds('resource-types'),
		countryCodes: new Set(countryCodes()),
		areas: [...areaSlugs(regionList()).keys()],
		indicatorIds: INDICATOR_IDS,
		recsByStakeholder,
		figureSource: new Map([...data.figures.values()].map((f) => [f.id, f.source])),
	};
}

export interface RecommendationCheck {
	problems: Problem[];
	data?: RecommendationData;
	/** What each chapter cites, by chapter slug. */
	refs: Map<string, ChapterRefs>;
}

/**
 * `recordIds` and `figureIds` are the ids of the valid records and figures (the repository
 * validator's result), which the recommendations may cite.
 */
export function checkRecommendations(
	recordIds: Set<string>,
	figureIds: Set<string>,
	root = ROOT,
): RecommendationCheck {
	const result = validateRecommendations({ recordIds, figureIds }, root);
	const refs = new Map<string, ChapterRefs>();
	if (!result.data) return { problems: result.problems, refs };
	const problems = [...result.problems];
	const k = knowledgeFor(result.data, recordIds);
	const files = chapterFiles(root);
	const slugs = files.map(chapterSlug);
	for (const file of files) {
		const slug = chapterSlug(file);
		if (RESERVED_SLUGS.includes(slug) || REC_ID.test(slug.toUpperCase()))
			problems.push({
				file,
				line: 1,
				col: 1,
				field: '(file)',
				message: `the chapter slug "${slug}" is taken by another page`,
				hint: `rename the file; reserved: ${RESERVED_SLUGS.join(', ')} and recommendation ids`,
				severity: 'error',
				rule: 'chapter-slug',
			});
		const { problems: p, refs: r } = checkChapter(
			file,
			fs.readFileSync(path.join(root, file), 'utf8'),
			k,
		);
		problems.push(...p);
		refs.set(slug, r);
	}
	const vocab = parseYamlFile(VOCABULARY_FILE, fs.readFileSync(path.join(root, VOCABULARY_FILE)));
	result.data.vocabulary.stakeholders.forEach((s, i) => {
		if (!slugs.includes(s.chapter))
			problems.push({
				file: VOCABULARY_FILE,
				...locate(vocab, ['stakeholders', i, 'chapter']),
				field: `stakeholders[${i}].chapter`,
				message: `there is no chapter "${s.chapter}" for ${s.id}`,
				hint: `add ${CHAPTERS_DIR}/<nn>-${s.chapter}.mdx or fix the chapter slug`,
				severity: 'error',
				rule: 'missing-chapter',
			});
	});
	const ok = !problems.some((p) => p.severity === 'error');
	return ok ? { problems, data: result.data, refs } : { problems, refs };
}

/** Throws one error listing every problem, for the content loader. */
export function assertRecommendations(check: RecommendationCheck): RecommendationData {
	const errors = check.problems.filter((p) => p.severity === 'error');
	if (errors.length || !check.data)
		throw new Error(
			`POP recommendations have ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}\nRun \`npm run validate\` for details.`,
		);
	return check.data;
}
