/**
 * The evidence as open data: every sourced figure (data/figures/) with its publication, and the
 * country policy profiles (data/policy/) with one row per country and fact. JSON keeps the
 * structure; CSV has one row per figure or per fact, with the source's address in each row.
 * A fact no source states is exported as `unmapped`, never as `no`.
 */
import type { Dataset } from '../model/dataset';
import { policyRows } from '../model/figures';
import { POLICY_FACTS } from '../model/indicators';
import { toCsv } from './csv';
import { jsonHeader, type ExportMeta } from './meta';
import { LIST_SEPARATOR } from './records';

const scopeCells = (f: Dataset['figures'][number]) =>
	f.scope.level === 'global'
		? ['global', '', '']
		: f.scope.level === 'region'
			? ['region', f.scope.region, '']
			: ['country', '', f.scope.country];

/** Every figure, in file order, each with its publication. */
export function figuresJson(ds: Dataset, meta: ExportMeta): string {
	return JSON.stringify({
		...jsonHeader(meta),
		count: ds.figures.length,
		figures: ds.figures.map(({ file, source, ...f }) => ({ ...f, file, source })),
	});
}

export const FIGURE_COLUMNS = [
	'id',
	'indicator',
	'scope',
	'region',
	'country',
	'service',
	'period',
	'value',
	'unit',
	'breakdown_dimension',
	'breakdown_category',
	'breakdown_term',
	'population',
	'definition',
	'where',
	'quote',
	'confidence',
	'note',
	'source_title',
	'source_publisher',
	'source_url',
	'source_published',
	'source_accessed',
	'source_kind',
	'file',
	'licence',
	'citation',
] as const;

/** One row per figure. */
export function figuresCsv(ds: Dataset, meta: ExportMeta): string {
	const rows = ds.figures.map((f) => [
		f.id,
		f.indicator,
		...scopeCells(f),
		f.service ?? '',
		f.period,
		String(f.value),
		f.unit,
		f.breakdown?.dimension ?? '',
		f.breakdown?.category ?? '',
		f.breakdown?.term ?? '',
		f.population,
		f.definition ?? '',
		f.where ?? '',
		f.quote,
		f.confidence,
		f.note ?? '',
		f.source.title,
		f.source.publisher,
		f.source.url,
		f.source.published === undefined ? '' : String(f.source.published),
		f.source.accessed,
		f.source.kind,
		f.file,
		meta.licence.id,
		meta.citation,
	]);
	return toCsv([...FIGURE_COLUMNS], rows);
}

/** Every country and territory with every fact: yes, partial, no (sourced) or unmapped. */
export function policyJson(ds: Dataset, meta: ExportMeta): string {
	const facts = POLICY_FACTS();
	const countries = [...ds.countries]
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((c) => {
			const profile = ds.policy.get(c.code);
			return {
				country: c.code,
				facts: Object.fromEntries(
					policyRows(profile, facts).map((r) => [
						r.fact,
						r.entry
							? { status: r.entry.status, detail: r.entry.detail, sources: r.entry.sources }
							: { status: 'unmapped' },
					]),
				),
				...(profile?.note ? { note: profile.note } : {}),
			};
		});
	return JSON.stringify({
		...jsonHeader(meta),
		states: {
			yes: 'a source shows it',
			partial: 'a source shows it in part (see detail)',
			no: 'a source says there is none',
			unmapped: 'no source read yet; this never means no',
		},
		facts,
		count: countries.length,
		countries,
	});
}

export const POLICY_COLUMNS = [
	'country',
	'fact',
	'status',
	'detail',
	'source_urls',
	'source_titles',
	'source_published',
	'source_accessed',
	'licence',
	'citation',
] as const;

/** One row per country and fact (every country, every fact; unmapped ones included). */
export function policyCsv(ds: Dataset, meta: ExportMeta): string {
	const facts = POLICY_FACTS();
	const rows = [...ds.countries]
		.sort((a, b) => a.code.localeCompare(b.code))
		.flatMap((c) =>
			policyRows(ds.policy.get(c.code), facts).map((r) => {
				const s = r.entry?.sources ?? [];
				return [
					c.code,
					r.fact,
					r.state,
					r.entry?.detail ?? '',
					s.map((x) => x.url).join(LIST_SEPARATOR),
					s.map((x) => x.title).join(LIST_SEPARATOR),
					s.map((x) => (x.published === undefined ? '' : String(x.published))).join(LIST_SEPARATOR),
					s.map((x) => x.accessed).join(LIST_SEPARATOR),
					meta.licence.id,
					meta.citation,
				];
			}),
		);
	return toCsv([...POLICY_COLUMNS], rows);
}
