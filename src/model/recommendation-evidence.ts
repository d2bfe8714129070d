/**
 * Evidence for the recommendations, computed from the mapping at build time: the figures authors
 * put in chapters with <Figure … />, the lines under each recommendation, the records behind a
 * claim and the chart data. Pure functions over the dataset and src/model/indicators.ts — no number
 * is computed anywhere else, and none is typed by hand.
 */
import type { Dataset, ResourceEntry } from './dataset';
import { sortForHelp } from './help-order';
import {
	areaIndicators,
	headline,
	indicatorById,
	localIndicator,
	type CountryIndicators,
	type Tally,
} from './indicators';
import type { RegionRef } from '../schemas/reference';
import type { Lang } from '../i18n/languages';
import { slugify } from '../text/slug';

/** Area names authors may use (world, regions, sub-regions as slugs) → the code indicators use. */
export function areaSlugs(regions: RegionRef[]): Map<string, string> {
	const m = new Map<string, string>([['world', 'world']]);
	for (const r of regions) {
		m.set(slugify(r.name), r.code);
		for (const s of r.subregions) m.set(slugify(s.name), s.code);
	}
	return m;
}

/** What a figure counts, among the countries and territories of an area. */
export const MEASURES = ['exists', 'absent', 'unmapped', 'known', 'countries', 'mapped'] as const;
export type Measure = (typeof MEASURES)[number];
/** How it is written: the number; "n of N"; or a percentage of N. */
export const FORMATS = ['number', 'of', 'percent'] as const;
export type FigureFormat = (typeof FORMATS)[number];
/** The denominator for `of` and `percent`: all countries and territories of the area, or those with records. */
export const DENOMINATORS = ['countries', 'mapped'] as const;
export type Denominator = (typeof DENOMINATORS)[number];
/** Headline figures of the whole mapping (src/model/indicators.ts headline()). */
export const STATS = [
	'records',
	'organizations',
	'countries_mapped',
	'countries_total',
	'global_records',
	'records_text_channel',
] as const;
export type Stat = (typeof STATS)[number];

export interface FigureSpec {
	indicator?: string;
	stat?: string;
	area?: string;
	measure?: string;
	format?: string;
	of?: string;
}

export interface FigureValue {
	value: number;
	/** The denominator for `of`/`percent`. */
	total: number;
	text: string;
	/** A sentence saying what was counted, for the title and the evidence list. */
	description: string;
	/** Where the reader can see the records behind it. */
	href: string;
}

const nf = new Intl.NumberFormat('en');
export const formatNumber = (n: number) => nf.format(n);

/** Resolves a figure spec (already checked by the MDX checker) to its value and text. */
export function figureValue(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	spec: FigureSpec,
): FigureValue {
	const format = (spec.format ?? 'number') as FigureFormat;
	if (spec.stat) {
		const h = headline(ds, all);
		const map: Record<Stat, [number, string]> = {
			records: [h.records, 'records of services in the mapping'],
			organizations: [h.organizations, 'organisations that run mapped services'],
			countries_mapped: [
				h.countriesWithRecords,
				'countries and territories with at least one record',
			],
			countries_total: [h.countriesTotal, 'countries and territories the mapping covers'],
			global_records: [h.globalRecords, 'services that work in every country'],
			records_text_channel: [
				h.recordsWithTextChannel,
				'records with at least one text-based channel',
			],
		};
		const entry = map[spec.stat as Stat];
		if (!entry) throw new Error(`unknown stat "${spec.stat}"`);
		const [value, description] = entry;
		return {
			value,
			total: value,
			text: formatNumber(value),
			description: `${formatNumber(value)} ${description}`,
			href: '/recommendations/evidence/',
		};
	}
	const ind = indicatorById(spec.indicator ?? '');
	if (!ind) throw new Error(`unknown indicator "${spec.indicator}"`);
	const code = areaSlugs(ds.regions).get(spec.area ?? 'world');
	if (!code) throw new Error(`unknown area "${spec.area}"`);
	const area = areaIndicators(ds, all, code);
	const t: Tally = area.tallies[ind.id]!;
	const measure = (spec.measure ?? 'exists') as Measure;
	const value = {
		exists: t.exists,
		absent: t.absent,
		unmapped: t.unmapped,
		known: t.exists + t.absent,
		countries: area.countries,
		mapped: area.mapped,
	}[measure];
	const total = (spec.of ?? 'countries') === 'mapped' ? area.mapped : area.countries;
	const what = {
		exists: `countries and territories where "${ind.label}" exists in the mapping`,
		absent: `countries and territories where "${ind.label}" is known to be absent`,
		unmapped: `countries and territories where "${ind.label}" is not yet mapped`,
		known: `countries and territories where "${ind.label}" is known (present or absent)`,
		countries: 'countries and territories',
		mapped: 'countries and territories with at least one record',
	}[measure];
	const place = code === 'world' ? 'worldwide' : `in ${area.name}`;
	const ofWhat =
		(spec.of ?? 'countries') === 'mapped'
			? 'mapped countries and territories'
			: 'countries and territories';
	const text =
		format === 'of'
			? `${formatNumber(value)} of ${formatNumber(total)}`
			: format === 'percent'
				? `${total ? Math.round((100 * value) / total) : 0}%`
				: formatNumber(value);
	return {
		value,
		total,
		text,
		description: `${formatNumber(value)} ${what} ${place}${format === 'number' ? '' : `, of ${formatNumber(total)} ${ofWhat}`}.`,
		href: `/recommendations/evidence/${ind.id}/#${code === 'world' ? 'world' : `area-${code}`}`,
	};
}

/** One indicator, world-wide and by region: the line under a recommendation and the chart rows. */
export interface IndicatorSummary {
	id: string;
	label: string;
	definition: string;
	world: Tally & { mapped: number };
	regions: { code: string; name: string; tally: Tally; mapped: number }[];
}

export function indicatorSummary(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	id: string,
	lang: Lang = 'en',
): IndicatorSummary {
	const ind = indicatorById(id);
	if (!ind) throw new Error(`unknown indicator "${id}"`);
	const w = areaIndicators(ds, all, 'world');
	return {
		id,
		label: localIndicator(ind, lang).label,
		definition: ind.definition,
		world: { ...w.tallies[id]!, mapped: w.mapped },
		regions: ds.regions.map((r) => {
			const a = areaIndicators(ds, all, r.code);
			return { code: r.code, name: r.name, tally: a.tallies[id]!, mapped: a.mapped };
		}),
	};
}

/** Countries in each state for one indicator, for the evidence pages. */
export function countriesByState(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	id: string,
	area = 'world',
): Record<'exists' | 'absent' | 'unmapped', string[]> {
	const out = { exists: [] as string[], absent: [] as string[], unmapped: [] as string[] };
	for (const c of ds.countries) {
		if (area !== 'world' && c.region !== area && c.subregion !== area) continue;
		out[all.get(c.code)!.states[id]!].push(c.code);
	}
	return out;
}

export interface RecordsSpec {
	ids?: string[];
	type?: string;
	country?: string;
	region?: string;
	limit?: number;
}

/** The records behind a claim: explicit ids, or active records of a type in a country or region. */
export function selectRecords(
	ds: Dataset,
	spec: RecordsSpec,
): { records: ResourceEntry[]; total: number } {
	let list: ResourceEntry[];
	if (spec.ids) {
		list = spec.ids.map((id) => {
			const r = ds.byId.get(id);
			if (!r) throw new Error(`unknown record "${id}"`);
			return r;
		});
	} else {
		const code = spec.region ? areaSlugs(ds.regions).get(spec.region) : undefined;
		const pool = spec.country ? (ds.byCountry.get(spec.country) ?? []) : ds.resources;
		list = sortForHelp(
			pool.filter(
				(r) =>
					(!spec.type || r.resource_type === spec.type) &&
					r.status !== 'defunct' &&
					(!code ||
						code === 'world' ||
						r.countries.some((cc) => {
							const c = ds.countryByCode.get(cc);
							return c?.region === code || c?.subregion === code;
						})),
			),
		);
	}
	const total = list.length;
	return { records: spec.limit ? list.slice(0, spec.limit) : list, total };
}
