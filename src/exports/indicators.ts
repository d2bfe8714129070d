/**
 * Per-country indicators as CSV and GeoJSON, read from src/model/indicators.ts (never recomputed).
 * Each indicator is one column (CSV) or property (GeoJSON) holding `exists`, `absent` (known not
 * to exist, with a source or from known facts) or `unmapped` (not yet mapped — never "none"); each
 * fact of the country policy profiles is one `policy_<fact>` column holding `yes`, `partial`, `no`
 * or `unmapped`.
 * The GeoJSON places each country at a single point, the centroid in data/countries.yaml; it has
 * no borders.
 */
import type { Dataset } from '../model/dataset';
import {
	INDICATORS,
	INDICATOR_IDS,
	POLICY_FACTS,
	type CountryIndicators,
	type IndicatorState,
} from '../model/indicators';
import { countryName } from '../text/labels';
import type { PolicyState } from '../model/figures';

/** The column (CSV) or property (GeoJSON) of a policy fact: policy_<fact>. */
const policyColumn = (fact: string) => `policy_${fact}`;
import { parseCsvObjects, toCsv } from './csv';
import { jsonHeader, type ExportMeta } from './meta';
import { LIST_SEPARATOR } from './records';

const regionName = (ds: Dataset, code: string | null | undefined) =>
	code
		? (ds.regions.find((r) => r.code === code)?.name ??
			ds.regions.flatMap((r) => r.subregions).find((s) => s.code === code)?.name ??
			'')
		: '';

/** Countries in code order, with their indicators. */
function rows(ds: Dataset, all: Map<string, CountryIndicators>) {
	return [...ds.countries]
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((c) => ({ country: c, ind: all.get(c.code)! }));
}

/** One row per country and territory. */
export function indicatorsCsv(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	meta: ExportMeta,
): string {
	const header = [
		'code',
		'name',
		'region',
		'region_name',
		'subregion',
		'subregion_name',
		'records',
		'verified_share',
		'languages',
		...INDICATOR_IDS,
		...POLICY_FACTS().map(policyColumn),
		'page',
		'licence',
		'citation',
	];
	const body = rows(ds, all).map(({ country: c, ind }) => [
		c.code,
		countryName(c.code),
		c.region ?? '',
		regionName(ds, c.region),
		c.subregion ?? '',
		regionName(ds, c.subregion),
		String(ind.records),
		ind.verifiedShare === null ? '' : String(ind.verifiedShare),
		ind.languages.join(LIST_SEPARATOR),
		...INDICATOR_IDS.map((id) => ind.states[id]!),
		...POLICY_FACTS().map((f) => ind.policy[f] ?? 'unmapped'),
		`${meta.site}/countries/${c.code.toLowerCase()}/`,
		meta.licence.id,
		meta.citation,
	]);
	return toCsv(header, body);
}

/** Reads the indicators back from the CSV export. */
export function indicatorsFromCsv(text: string): Map<string, CountryIndicators> {
	return new Map(
		parseCsvObjects(text).map((row) => [
			row.code!,
			{
				code: row.code!,
				states: Object.fromEntries(INDICATOR_IDS.map((id) => [id, row[id] as IndicatorState])),
				languages: row.languages ? row.languages.split('|').map((s) => s.trim()) : [],
				records: Number(row.records),
				verifiedShare: row.verified_share === '' ? null : Number(row.verified_share),
				policy: Object.fromEntries(
					POLICY_FACTS().map((f) => [f, row[policyColumn(f)] as PolicyState]),
				),
			},
		]),
	);
}

/** A FeatureCollection with one Point feature per country (geometry null where no centroid is known). */
export function indicatorsGeoJson(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	meta: ExportMeta,
): string {
	const features = rows(ds, all).map(({ country: c, ind }) => ({
		type: 'Feature',
		id: c.code,
		geometry: c.centroid ? { type: 'Point', coordinates: c.centroid } : null,
		properties: {
			code: c.code,
			name: countryName(c.code),
			region: c.region,
			region_name: regionName(ds, c.region),
			subregion: c.subregion,
			subregion_name: regionName(ds, c.subregion),
			records: ind.records,
			verified_share: ind.verifiedShare,
			languages: ind.languages,
			...ind.states,
			...Object.fromEntries(
				POLICY_FACTS().map((f) => [policyColumn(f), ind.policy[f] ?? 'unmapped']),
			),
			page: `${meta.site}/countries/${c.code.toLowerCase()}/`,
		},
	}));
	return JSON.stringify({
		type: 'FeatureCollection',
		...jsonHeader(meta),
		geometry_note:
			'Each country is a single point at its centroid (data/countries.yaml); there are no borders.',
		states: {
			exists: 'a record shows it',
			absent: 'known not to exist (sourced, or every relevant fact is known)',
			unmapped: 'not yet mapped; this never means none',
		},
		policy_states: {
			yes: 'a source shows it (country policy profile, data/policy/)',
			partial: 'a source shows it in part',
			no: 'a source says there is none',
			unmapped: 'no source read yet; this never means no',
		},
		indicators: INDICATORS.map(({ id, label, definition, rule }) => ({
			id,
			label,
			definition,
			rule,
		})),
		count: features.length,
		features,
	});
}

/** Reads the indicators back from the GeoJSON export. */
export function indicatorsFromGeoJson(text: string): Map<string, CountryIndicators> {
	const fc = JSON.parse(text) as { features: { properties: Record<string, unknown> }[] };
	return new Map(
		fc.features.map(({ properties: p }) => [
			p.code as string,
			{
				code: p.code as string,
				states: Object.fromEntries(INDICATOR_IDS.map((id) => [id, p[id] as IndicatorState])),
				languages: p.languages as string[],
				records: p.records as number,
				verifiedShare: p.verified_share as number | null,
				policy: Object.fromEntries(
					POLICY_FACTS().map((f) => [f, p[policyColumn(f)] as PolicyState]),
				),
			},
		]),
	);
}
