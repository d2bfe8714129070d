/**
 * Every bulk download under /data/: its path, format, what it counts, and the function that
 * writes it. The downloads page, the endpoint that writes the files and the tests all read this
 * one list, so a file cannot be published without being listed, or listed without being tested.
 */
import type { Dataset } from '../model/dataset';
import type { CountryIndicators } from '../model/indicators';
import type { GitDates } from './git-dates';
import { hsdsIndex, hsdsPage, toHsds, type HsdsExport } from './hsds';
import { indicatorsCsv, indicatorsGeoJson } from './indicators';
import { figuresCsv, figuresJson, policyCsv, policyJson } from './evidence';
import { POLICY_FACTS } from '../model/indicators';
import type { ExportMeta } from './meta';
import { organizationsCsv, organizationsJson, recordsCsv, recordsJson } from './records';
import { allTaxonomies, taxonomiesCsv, taxonomiesJson } from './taxonomies';
import type { PracticeEntry } from '../model/practices';
import type { VoiceFileEntry } from '../model/voices';
import { practicesCsv, practicesJson, voicesCsv, voicesJson } from './youth';

export interface ExportContext {
	ds: Dataset;
	indicators: Map<string, CountryIndicators>;
	meta: ExportMeta;
	git: GitDates;
	/** Young people's voices and good practice (content/voices/, content/practices/); none when absent. */
	youth?: { voices: VoiceFileEntry[]; practices: PracticeEntry[] };
}

export type DataFormat = 'JSON' | 'CSV' | 'GeoJSON';
/** What the count of a file counts; the page shows it with the number. */
export type CountUnit =
	| 'records'
	| 'organizations'
	| 'countries'
	| 'terms'
	| 'taxonomies'
	| 'files'
	| 'figures'
	| 'facts'
	| 'statements'
	| 'practices';

export interface DataFile {
	/** Path under /data/, e.g. records.csv or hsds/services.json. */
	path: string;
	format: DataFormat;
	/** Key of the file's name and description in src/i18n/en.json (data.file.<key>.name / .desc). */
	key: string;
	unit: CountUnit;
	count: (ctx: ExportContext) => number;
	build: (ctx: ExportContext) => string;
}

const hsdsCache = new WeakMap<ExportContext, HsdsExport>();
/** The HSDS export, built once per context and shared by its five files. */
export function hsdsOf(ctx: ExportContext): HsdsExport {
	let h = hsdsCache.get(ctx);
	if (!h) {
		h = toHsds(ctx.ds, ctx.meta, (file) => ctx.git.files.get(file));
		hsdsCache.set(ctx, h);
	}
	return h;
}

const termCount = () => allTaxonomies().reduce((n, t) => n + t.terms.length, 0);
const voiceFiles = (c: ExportContext) => c.youth?.voices ?? [];
const practiceList = (c: ExportContext) => c.youth?.practices ?? [];
const statementCount = (c: ExportContext) =>
	voiceFiles(c).reduce((n, f) => n + f.statements.length, 0);

export const DATA_FILES: DataFile[] = [
	{
		path: 'records.json',
		format: 'JSON',
		key: 'records_json',
		unit: 'records',
		count: (c) => c.ds.resources.length,
		build: (c) => recordsJson(c.ds, c.meta),
	},
	{
		path: 'records.csv',
		format: 'CSV',
		key: 'records_csv',
		unit: 'records',
		count: (c) => c.ds.resources.length,
		build: (c) => recordsCsv(c.ds, c.meta),
	},
	{
		path: 'organizations.json',
		format: 'JSON',
		key: 'organizations_json',
		unit: 'organizations',
		count: (c) => c.ds.organizations.size,
		build: (c) => organizationsJson(c.ds, c.meta),
	},
	{
		path: 'organizations.csv',
		format: 'CSV',
		key: 'organizations_csv',
		unit: 'organizations',
		count: (c) => c.ds.organizations.size,
		build: (c) => organizationsCsv(c.ds, c.meta),
	},
	{
		path: 'indicators.csv',
		format: 'CSV',
		key: 'indicators_csv',
		unit: 'countries',
		count: (c) => c.ds.countries.length,
		build: (c) => indicatorsCsv(c.ds, c.indicators, c.meta),
	},
	{
		path: 'indicators.geojson',
		format: 'GeoJSON',
		key: 'indicators_geojson',
		unit: 'countries',
		count: (c) => c.ds.countries.length,
		build: (c) => indicatorsGeoJson(c.ds, c.indicators, c.meta),
	},
	{
		path: 'figures.json',
		format: 'JSON',
		key: 'figures_json',
		unit: 'figures',
		count: (c) => c.ds.figures.length,
		build: (c) => figuresJson(c.ds, c.meta),
	},
	{
		path: 'figures.csv',
		format: 'CSV',
		key: 'figures_csv',
		unit: 'figures',
		count: (c) => c.ds.figures.length,
		build: (c) => figuresCsv(c.ds, c.meta),
	},
	{
		path: 'policy.json',
		format: 'JSON',
		key: 'policy_json',
		unit: 'countries',
		count: (c) => c.ds.countries.length,
		build: (c) => policyJson(c.ds, c.meta),
	},
	{
		path: 'policy.csv',
		format: 'CSV',
		key: 'policy_csv',
		unit: 'facts',
		count: (c) => c.ds.countries.length * POLICY_FACTS().length,
		build: (c) => policyCsv(c.ds, c.meta),
	},
	{
		path: 'taxonomies.json',
		format: 'JSON',
		key: 'taxonomies_json',
		unit: 'terms',
		count: termCount,
		build: (c) => taxonomiesJson(c.meta),
	},
	{
		path: 'taxonomies.csv',
		format: 'CSV',
		key: 'taxonomies_csv',
		unit: 'terms',
		count: termCount,
		build: (c) => taxonomiesCsv(c.meta),
	},
	{
		path: 'voices.json',
		format: 'JSON',
		key: 'voices_json',
		unit: 'statements',
		count: statementCount,
		build: (c) => voicesJson(voiceFiles(c), c.meta),
	},
	{
		path: 'voices.csv',
		format: 'CSV',
		key: 'voices_csv',
		unit: 'statements',
		count: statementCount,
		build: (c) => voicesCsv(voiceFiles(c), c.meta),
	},
	{
		path: 'practices.json',
		format: 'JSON',
		key: 'practices_json',
		unit: 'practices',
		count: (c) => practiceList(c).length,
		build: (c) => practicesJson(practiceList(c), c.meta),
	},
	{
		path: 'practices.csv',
		format: 'CSV',
		key: 'practices_csv',
		unit: 'practices',
		count: (c) => practiceList(c).length,
		build: (c) => practicesCsv(practiceList(c), c.meta),
	},
	{
		path: 'hsds/index.json',
		format: 'JSON',
		key: 'hsds_index',
		unit: 'files',
		count: () => 4,
		build: (c) => {
			const h = hsdsOf(c);
			return hsdsIndex(c.meta, {
				services: h.services.length,
				organizations: h.organizations.length,
				taxonomies: h.taxonomies.length,
				taxonomy_terms: h.taxonomy_terms.length,
			});
		},
	},
	{
		path: 'hsds/services.json',
		format: 'JSON',
		key: 'hsds_services',
		unit: 'records',
		count: (c) => hsdsOf(c).services.length,
		build: (c) => hsdsPage(hsdsOf(c).services, c.meta),
	},
	{
		path: 'hsds/organizations.json',
		format: 'JSON',
		key: 'hsds_organizations',
		unit: 'organizations',
		count: (c) => hsdsOf(c).organizations.length,
		build: (c) => hsdsPage(hsdsOf(c).organizations, c.meta),
	},
	{
		path: 'hsds/taxonomies.json',
		format: 'JSON',
		key: 'hsds_taxonomies',
		unit: 'taxonomies',
		count: (c) => hsdsOf(c).taxonomies.length,
		build: (c) => hsdsPage(hsdsOf(c).taxonomies, c.meta),
	},
	{
		path: 'hsds/taxonomy_terms.json',
		format: 'JSON',
		key: 'hsds_terms',
		unit: 'terms',
		count: (c) => hsdsOf(c).taxonomy_terms.length,
		build: (c) => hsdsPage(hsdsOf(c).taxonomy_terms, c.meta),
	},
];

/** Builds every file once: path → content. */
export function buildDataFiles(ctx: ExportContext): Map<string, string> {
	return new Map(DATA_FILES.map((f) => [f.path, f.build(ctx)]));
}
