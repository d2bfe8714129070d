/**
 * Good practice (content/practices/) as the pages use it: where a practice happened (its countries,
 * their UN M49 regions, or worldwide), groupings by kind and by region for the index, and the
 * practices that name a country, a record or a recommendation. Pure functions over validated files.
 */
import type { Practice } from '../schemas/practice';
import { PRACTICE_KINDS } from '../schemas/practice';
import type { CountryRef, RegionRef } from '../schemas/reference';

export type PracticeEntry = Practice & { id: string };
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** The region group of a practice with neither countries nor regions: it happened worldwide. */
export const WORLDWIDE = 'global';

/** What region lookups need from the dataset. */
export interface Geography {
	countryByCode: Map<string, Pick<CountryRef, 'region'>>;
	regions: RegionRef[];
}

/** Practices in title order (the order of every list). */
export function sortPractices(list: PracticeEntry[]): PracticeEntry[] {
	return [...list].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));
}

/**
 * The UN M49 regions a practice belongs to: the regions of its countries and of the regions or
 * sub-regions it names, in the order of data/regions.yaml; [WORLDWIDE] when it names neither.
 */
export function practiceRegions(p: PracticeEntry, geo: Geography): string[] {
	const found = new Set<string>();
	for (const cc of p.countries) {
		const r = geo.countryByCode.get(cc)?.region;
		if (r) found.add(r);
	}
	for (const code of p.regions ?? []) {
		const top = geo.regions.find(
			(r) => r.code === code || r.subregions.some((s) => s.code === code),
		);
		if (top) found.add(top.code);
	}
	if (!p.countries.length && !(p.regions ?? []).length) return [WORLDWIDE];
	return geo.regions.map((r) => r.code).filter((c) => found.has(c));
}

/** Practices grouped by kind, in the order of PRACTICE_KINDS; kinds without one are left out. */
export function practicesByKind(
	list: PracticeEntry[],
): { kind: PracticeKind; practices: PracticeEntry[] }[] {
	const sorted = sortPractices(list);
	return PRACTICE_KINDS.map((kind) => ({
		kind,
		practices: sorted.filter((p) => p.kind === kind),
	})).filter((g) => g.practices.length > 0);
}

/**
 * Practices grouped by region, regions in the order of data/regions.yaml and the worldwide ones
 * last; a practice in two regions is listed under both.
 */
export function practicesByRegion(
	list: PracticeEntry[],
	geo: Geography,
): { region: string; practices: PracticeEntry[] }[] {
	const sorted = sortPractices(list);
	const regionsOf = new Map(sorted.map((p) => [p.id, practiceRegions(p, geo)]));
	return [...geo.regions.map((r) => r.code), WORLDWIDE]
		.map((region) => ({
			region,
			practices: sorted.filter((p) => regionsOf.get(p.id)!.includes(region)),
		}))
		.filter((g) => g.practices.length > 0);
}

/** Practices that happened in a country (it is among their countries). */
export const practicesInCountry = (list: PracticeEntry[], cc: string) =>
	sortPractices(list.filter((p) => p.countries.includes(cc)));

/** Practices that name a recommendation. */
export const practicesForRecommendation = (list: PracticeEntry[], id: string) =>
	sortPractices(list.filter((p) => p.recommendations?.includes(id)));

/** Practices that name a record. */
export const practicesForRecord = (list: PracticeEntry[], id: string) =>
	sortPractices(list.filter((p) => p.records?.includes(id)));

/**
 * The period as it is written: "2021" → { from: "2021", to: "2021" }, "2019/2023" → both ends,
 * "2020/" → { from: "2020", to: null } (still running).
 */
export function practicePeriod(period: string): { from: string; to: string | null } {
	const [from, to] = period.split('/');
	if (to === undefined) return { from: from!, to: from! };
	return { from: from!, to: to === '' ? null : to };
}
