/**
 * The directory: facets of every record, computed once per build. Static pages per facet value
 * give a no-JavaScript path; the compact JSON index lets the enhanced form combine filters.
 */
import type { Dataset, ResourceEntry } from './dataset';
import { taxonomies } from '../schemas/reference';

export const PAGE_SIZE = 50;
export const FACETS = [
	'type',
	'channel',
	'topic',
	'audience',
	'age',
	'language',
	'region',
	'country',
	'feature',
] as const;
export type Facet = (typeof FACETS)[number];
export const FEATURES = ['24_7', 'free', 'anonymous', 'youth_led'] as const;

/** Age bands a record overlaps, from its age.min / age.max. */
export function ageBands(r: ResourceEntry): string[] {
	if (!r.age || (r.age.min === null && r.age.max === null)) return [];
	const min = r.age.min ?? 0;
	const max = r.age.max ?? 99;
	const bands = taxonomies()['age-bands'].terms;
	return bands.filter((t) => (t.min as number) <= max && (t.max as number) >= min).map((t) => t.id);
}

export function features(r: ResourceEntry): string[] {
	const out: string[] = [];
	if (r.channels.some((c) => c.hours !== 'unknown' && 'always_open' in c.hours)) out.push('24_7');
	if (r.channels.some((c) => c.cost === 'free' || c.cost === 'free_from_some_networks'))
		out.push('free');
	if (r.channels.some((c) => c.anonymous === true)) out.push('anonymous');
	if (
		r.resource_type === 'peer_support' ||
		r.resource_type === 'youth_participation_initiative' ||
		r.youth_participation === 'youth_led' ||
		r.youth_participation === 'youth_co_designed'
	)
		out.push('youth_led');
	return out;
}

/**
 * The values a record has for a facet. Regions include M49 regions and sub-regions; global records
 * are "global". Countries are lower-case ISO codes, as in the site's URLs.
 */
export function facetValues(ds: Dataset, r: ResourceEntry, facet: Facet): string[] {
	switch (facet) {
		case 'type':
			return [r.resource_type];
		case 'channel':
			return [...new Set(r.channels.map((c) => c.type))];
		case 'topic':
			return r.topics;
		case 'audience':
			return r.audiences;
		case 'age':
			return ageBands(r);
		case 'language':
			return [...new Set(r.languages.map((l) => l.split('-')[0]!))];
		case 'region': {
			if (r.scope === 'global') return ['global'];
			const out = new Set<string>(r.regions ?? []);
			for (const cc of r.countries) {
				const c = ds.countryByCode.get(cc);
				if (c?.region) out.add(c.region);
				if (c?.subregion) out.add(c.subregion);
			}
			return [...out];
		}
		case 'country':
			return r.scope === 'global' ? [] : r.countries.map((c) => c.toLowerCase());
		case 'feature':
			return features(r);
	}
}

export type FacetIndex = Map<Facet, Map<string, ResourceEntry[]>>;
const cache = new WeakMap<Dataset, FacetIndex>();

/** facet → value → records (in directory order), built in one pass over the records. */
export function facetIndex(ds: Dataset): FacetIndex {
	let idx = cache.get(ds);
	if (idx) return idx;
	idx = new Map(FACETS.map((f) => [f, new Map<string, ResourceEntry[]>()]));
	for (const r of directoryOrder(ds)) {
		for (const f of FACETS) {
			const m = idx.get(f)!;
			for (const v of facetValues(ds, r, f)) {
				const list = m.get(v);
				if (list) list.push(r);
				else m.set(v, [r]);
			}
		}
	}
	cache.set(ds, idx);
	return idx;
}

const orderCache = new WeakMap<Dataset, ResourceEntry[]>();
/** Directory order: by name, in a stable, locale-aware way. */
export function directoryOrder(ds: Dataset): ResourceEntry[] {
	let o = orderCache.get(ds);
	if (!o) {
		o = [...ds.resources].sort(
			(a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id),
		);
		orderCache.set(ds, o);
	}
	return o;
}

export const pageCount = (n: number) => Math.max(1, Math.ceil(n / PAGE_SIZE));
export const pageSlice = <T>(list: T[], page: number) =>
	list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

/**
 * The compact index the directory script filters: a dictionary of strings and, per record,
 * [id, name, [value indexes per facet …]]. It holds no interface text, so every
 * language shares it (the script labels values from the page's own filter options). Sizes stay
 * small at tens of thousands of records.
 */
export function compactIndex(ds: Dataset): {
	facets: readonly string[];
	dict: string[];
	records: (string | number[])[][];
} {
	const dict: string[] = [];
	const pos = new Map<string, number>();
	const code = (s: string) => {
		let i = pos.get(s);
		if (i === undefined) {
			i = dict.length;
			dict.push(s);
			pos.set(s, i);
		}
		return i;
	};
	const records = directoryOrder(ds).map(
		(r) =>
			[r.id, r.name, ...FACETS.map((f) => facetValues(ds, r, f).map(code))] as (
				string | number[]
			)[],
	);
	return { facets: FACETS, dict, records };
}
