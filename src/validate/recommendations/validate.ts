/**
 * Validates the recommendations' data files — data/recommendations/*.yaml, the vocabulary, the
 * report metadata, references and external figures — with the same `file:line:col` messages as
 * the record validator: the committed JSON Schema first (ajv), then the rules a schema cannot
 * express (unique ids, id prefixes, and every reference resolving to an indicator, record,
 * figure or source that exists).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../schemas/reference';
import type {
	ExternalFigure,
	Recommendation,
	RecStakeholder,
	Reference,
	Report,
	Vocabulary,
} from '../../schemas/recommendation';
import { INDICATOR_IDS } from '../../model/indicators';
import { didYouMean, fieldName, type Problem } from '../problem';
import { futureDates } from '../rules';
import { schemaProblems, type SchemaName } from '../schema-check';
import { locate, parseYamlFile, type ParsedYaml } from '../yaml-file';

/** The files, repository-relative. */
export const VOCABULARY_FILE = 'data/recommendation-vocabulary.yaml';
export const REPORT_FILE = 'data/recommendation-report.yaml';
export const REFERENCES_FILE = 'data/references.yaml';
export const FIGURES_FILE = 'data/external-figures.yaml';
export const RECOMMENDATIONS_DIR = 'data/recommendations';

/** A recommendation with where it was read from. */
export type RecommendationEntry = Recommendation & {
	stakeholder: RecStakeholder;
	file: string;
	line: number;
};

/** Everything the recommendation pages need, validated. */
export interface RecommendationData {
	vocabulary: Vocabulary;
	report: Report;
	references: Map<string, Reference>;
	figures: Map<string, ExternalFigure>;
	/** In file order per stakeholder, stakeholders in vocabulary order. */
	recommendations: RecommendationEntry[];
	byId: Map<string, RecommendationEntry>;
}

export interface RecommendationValidation {
	problems: Problem[];
	/** Present only when there are no errors. */
	data?: RecommendationData;
	files: string[];
}

/** What references may point at outside these files. */
export interface ExternalIds {
	/** Ids of valid records (content/resources). */
	recordIds: Set<string>;
	/** Indicator ids; defaults to src/model/indicators.ts. */
	indicatorIds?: readonly string[];
	/** Ids of valid figures (data/figures/), for evidence.figure_records. */
	figureIds?: Set<string>;
}

interface Loaded {
	file: string;
	parsed: ParsedYaml;
	ok: boolean;
}

function load(root: string, file: string, schema: SchemaName, problems: Problem[]): Loaded {
	const abs = path.join(root, file);
	if (!fs.existsSync(abs)) {
		problems.push({
			file,
			line: 1,
			col: 1,
			field: '(file)',
			message: 'the file is missing',
			hint: 'restore it from the repository',
			severity: 'error',
			rule: 'missing-file',
		});
		return { file, parsed: { file, data: undefined, problems: [] }, ok: false };
	}
	const parsed = parseYamlFile(file, fs.readFileSync(abs));
	problems.push(...parsed.problems);
	if (parsed.problems.length) return { file, parsed, ok: false };
	const schemaErrors = schemaProblems(parsed, schema);
	problems.push(...schemaErrors);
	const dates = futureDates(parsed, parsed.data);
	problems.push(...dates);
	return { file, parsed, ok: !schemaErrors.length && !dates.length };
}

/** data/recommendations/*.yaml, sorted; files starting with `_` are templates. */
export function recommendationFiles(root = ROOT): string[] {
	const dir = path.join(root, RECOMMENDATIONS_DIR);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_') && !f.startsWith('.'))
		.sort()
		.map((f) => `${RECOMMENDATIONS_DIR}/${f}`);
}

export function validateRecommendations(
	external: ExternalIds,
	root = ROOT,
): RecommendationValidation {
	const problems: Problem[] = [];
	const err = (
		l: Loaded,
		p: (string | number)[],
		rule: string,
		message: string,
		hint: string,
	): Problem => ({
		file: l.file,
		...locate(l.parsed, p),
		field: fieldName(p),
		message,
		hint,
		severity: 'error',
		rule,
	});
	const indicatorIds = external.indicatorIds ?? INDICATOR_IDS;

	const vocabF = load(root, VOCABULARY_FILE, 'recommendation-vocabulary', problems);
	const reportF = load(root, REPORT_FILE, 'recommendation-report', problems);
	const refsF = load(root, REFERENCES_FILE, 'references', problems);
	const figsF = load(root, FIGURES_FILE, 'external-figures', problems);
	const recFiles = recommendationFiles(root);
	const recsF = recFiles.map((f) => load(root, f, 'recommendations', problems));
	const files = [VOCABULARY_FILE, REPORT_FILE, REFERENCES_FILE, FIGURES_FILE, ...recFiles];
	if (![vocabF, reportF, refsF, figsF, ...recsF].every((l) => l.ok)) return { problems, files };

	const vocabulary = vocabF.parsed.data as Vocabulary;
	const report = reportF.parsed.data as Report;

	// References and figures: unique ids, figures point at a reference.
	const references = new Map<string, Reference>();
	(refsF.parsed.data as { references: Reference[] }).references.forEach((r, i) => {
		if (references.has(r.id))
			problems.push(
				err(
					refsF,
					['references', i, 'id'],
					'duplicate-id',
					`the reference id "${r.id}" is used twice`,
					'give each reference its own id',
				),
			);
		references.set(r.id, r);
	});
	const refIds = [...references.keys()];
	const refProblem = (l: Loaded, p: (string | number)[], id: string) =>
		err(
			l,
			p,
			'unknown-reference',
			`there is no reference "${id}" in ${REFERENCES_FILE}`,
			didYouMean(id, refIds)
				? `did you mean "${didYouMean(id, refIds)}"?`
				: `add it to ${REFERENCES_FILE} (only a source you have read)`,
		);
	const figures = new Map<string, ExternalFigure>();
	(figsF.parsed.data as { figures: ExternalFigure[] }).figures.forEach((f, i) => {
		if (figures.has(f.id))
			problems.push(
				err(
					figsF,
					['figures', i, 'id'],
					'duplicate-id',
					`the figure id "${f.id}" is used twice`,
					'give each figure its own id',
				),
			);
		figures.set(f.id, f);
		if (!references.has(f.source))
			problems.push(refProblem(figsF, ['figures', i, 'source'], f.source));
	});

	// Vocabulary: unique ids and prefixes, sources resolve.
	const uniq = (list: { id: string }[], key: string) =>
		list.forEach((t, i) => {
			if (list.findIndex((u) => u.id === t.id) !== i)
				problems.push(
					err(
						vocabF,
						[key, i, 'id'],
						'duplicate-id',
						`"${t.id}" appears twice in ${key}`,
						'remove one of them',
					),
				);
		});
	uniq(vocabulary.stakeholders, 'stakeholders');
	uniq(vocabulary.themes, 'themes');
	uniq(vocabulary.priorities, 'priorities');
	uniq(vocabulary.frameworks, 'frameworks');
	vocabulary.stakeholders.forEach((s, i) => {
		if (vocabulary.stakeholders.findIndex((t) => t.prefix === s.prefix) !== i)
			problems.push(
				err(
					vocabF,
					['stakeholders', i, 'prefix'],
					'duplicate-prefix',
					`the prefix ${s.prefix} is used twice`,
					'each stakeholder needs its own id prefix',
				),
			);
	});
	vocabulary.frameworks.forEach((f, i) => {
		if (!references.has(f.source))
			problems.push(refProblem(vocabF, ['frameworks', i, 'source'], f.source));
		f.terms.forEach((t, j) => {
			if (f.terms.findIndex((u) => u.id === t.id) !== j)
				problems.push(
					err(
						vocabF,
						['frameworks', i, 'terms', j, 'id'],
						'duplicate-id',
						`"${t.id}" appears twice in ${f.id}`,
						'remove one of them',
					),
				);
			if (!references.has(t.source))
				problems.push(refProblem(vocabF, ['frameworks', i, 'terms', j, 'source'], t.source));
		});
	});

	// Recommendations.
	const prefixOf = new Map(vocabulary.stakeholders.map((s) => [s.id, s.prefix]));
	const figureIds = [...figures.keys()];
	const recordIds = [...external.recordIds];
	const byId = new Map<string, RecommendationEntry>();
	const seenStakeholder = new Map<string, string>();
	const all: RecommendationEntry[] = [];
	for (const l of recsF) {
		const data = l.parsed.data as {
			stakeholder: RecStakeholder;
			recommendations: Recommendation[];
		};
		const other = seenStakeholder.get(data.stakeholder);
		if (other)
			problems.push(
				err(
					l,
					['stakeholder'],
					'duplicate-stakeholder',
					`${other} already holds the recommendations to ${data.stakeholder}`,
					'keep one file per stakeholder',
				),
			);
		seenStakeholder.set(data.stakeholder, l.file);
		const prefix = prefixOf.get(data.stakeholder);
		if (!prefix)
			problems.push(
				err(
					l,
					['stakeholder'],
					'unknown-stakeholder',
					`${data.stakeholder} is not in ${VOCABULARY_FILE}`,
					'add it to stakeholders there',
				),
			);
		data.recommendations.forEach((r, i) => {
			const at = (...p: (string | number)[]) => ['recommendations', i, ...p];
			if (prefix && !r.id.startsWith(`POP-${prefix}-`))
				problems.push(
					err(
						l,
						at('id'),
						'id-prefix',
						`${r.id} is in the ${data.stakeholder} file but does not start with POP-${prefix}-`,
						`recommendations to ${data.stakeholder} are numbered POP-${prefix}-01, POP-${prefix}-02 …`,
					),
				);
			const dup = byId.get(r.id);
			if (dup)
				problems.push(
					err(
						l,
						at('id'),
						'duplicate-id',
						`the id ${r.id} is already used in ${dup.file}:${dup.line}`,
						'ids are unique and never reused; take the next free number',
					),
				);
			const ev = r.evidence;
			ev.figure_records?.forEach((id, j) => {
				if (!external.figureIds?.has(id))
					problems.push(
						err(
							l,
							at('evidence', 'figure_records', j),
							'unknown-figure-record',
							`there is no figure "${id}" in data/figures/`,
							didYouMean(id, [...(external.figureIds ?? [])])
								? `did you mean "${didYouMean(id, [...(external.figureIds ?? [])])}"?`
								: 'use the id of a figure in data/figures/ (npm run validate lists the files)',
						),
					);
			});
			if (!ev.indicators && !ev.figures && !ev.records && !ev.sources && !ev.figure_records)
				problems.push(
					err(
						l,
						at('evidence'),
						'no-evidence',
						'a recommendation needs at least one piece of evidence',
						'add indicators, figures, records or sources',
					),
				);
			ev.indicators?.forEach((id, j) => {
				if (!indicatorIds.includes(id))
					problems.push(
						err(
							l,
							at('evidence', 'indicators', j),
							'unknown-indicator',
							`there is no indicator "${id}"`,
							didYouMean(id, indicatorIds)
								? `did you mean "${didYouMean(id, indicatorIds)}"?`
								: `use one of ${indicatorIds.join(', ')}`,
						),
					);
			});
			ev.figures?.forEach((id, j) => {
				if (!figures.has(id))
					problems.push(
						err(
							l,
							at('evidence', 'figures', j),
							'unknown-figure',
							`there is no figure "${id}" in ${FIGURES_FILE}`,
							didYouMean(id, figureIds)
								? `did you mean "${didYouMean(id, figureIds)}"?`
								: `add it to ${FIGURES_FILE} with its source and quote`,
						),
					);
			});
			ev.records?.forEach((id, j) => {
				if (!external.recordIds.has(id))
					problems.push(
						err(
							l,
							at('evidence', 'records', j),
							'unknown-record',
							`there is no valid record content/resources/${id}.yaml`,
							didYouMean(id, recordIds)
								? `did you mean "${didYouMean(id, recordIds)}"?`
								: 'check the spelling, or fix that record first',
						),
					);
			});
			ev.sources?.forEach((id, j) => {
				if (!references.has(id)) problems.push(refProblem(l, at('evidence', 'sources', j), id));
			});
			const line = locate(l.parsed, at('id')).line;
			const entry: RecommendationEntry = {
				...r,
				stakeholder: data.stakeholder,
				file: l.file,
				line,
			};
			if (!dup) byId.set(r.id, entry);
			all.push(entry);
		});
	}
	if (problems.some((p) => p.severity === 'error')) return { problems, files };
	const order = vocabulary.stakeholders.map((s) => s.id as string);
	const recommendations = all.sort(
		(a, b) => order.indexOf(a.stakeholder) - order.indexOf(b.stakeholder),
	);
	return {
		problems,
		files,
		data: { vocabulary, report, references, figures, recommendations, byId },
	};
}
