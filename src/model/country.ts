/** What a country page shows, computed from the dataset (pure; no Astro). */
import type { Dataset, ResourceEntry } from './dataset';
import { sortForHelp } from './help-order';
import { inGroup, isActive } from './groups';

export interface CountryView {
	code: string;
	mapped: boolean;
	helplines: ResourceEntry[];
	reporting: ResourceEntry[];
	takedown: ResourceEntry[];
	national: ResourceEntry[];
	global: ResourceEntry[];
	oldest: string | undefined;
	newest: string | undefined;
}

/**
 * How much a country page shows before it links on, so a page stays light where a country has
 * hundreds of services (a child on a slow, costly connection pays for every byte):
 * - the first HELP_NOW_FULL helplines (sortForHelp: for children, 24/7, free first) with every
 *   channel; the next HELP_NOW_NAMED by name; beyond that, a link to all of the country's services;
 * - at most SHORT_LIST reporting places by name, then the same link;
 * - "Every service" as cards up to SERVICE_CARDS services; beyond, counts by type and the link.
 * No country in the dataset comes near these today; they keep a 10,000-record site within budget.
 */
export const HELP_NOW_FULL = 4;
export const HELP_NOW_NAMED = 16;
export const SHORT_LIST = 10;
export const SERVICE_CARDS = 60;

/** The directory's listing of every service in a country (paginated, works without JavaScript). */
export const countryListing = (code: string) => `/resources/facet/country/${code.toLowerCase()}/`;

/** Resource types of a country's services with their counts, most first. */
export function typeCounts(records: ResourceEntry[]): [string, number][] {
	const m = new Map<string, number>();
	for (const r of records) m.set(r.resource_type, (m.get(r.resource_type) ?? 0) + 1);
	return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const forChildren = (r: ResourceEntry) =>
	r.audiences.some((a) => a === 'children' || a === 'adolescents') && (r.age?.min ?? 0) < 18;
const active = isActive;

export function countryView(ds: Dataset, code: string): CountryView {
	const national = sortForHelp(ds.byCountry.get(code) ?? []);
	const global = sortForHelp(ds.global);
	const dates = national.map((r) => r.verification.last_verified).sort();
	return {
		code,
		mapped: national.length > 0,
		helplines: national.filter((r) => active(r) && inGroup(r, 'helpline')),
		reporting: national.filter(
			(r) =>
				active(r) &&
				(r.resource_type === 'reporting_hotline' ||
					(r.resource_type === 'law_enforcement_reporting' && r.report_scope?.includes('csam'))),
		),
		// Tools for children first (e.g. Take It Down before an adults-only tool).
		takedown: [...national, ...global]
			.filter((r) => active(r) && r.resource_type === 'takedown_tool')
			.sort((a, b) => Number(!forChildren(a)) - Number(!forChildren(b))),
		national,
		global,
		oldest: dates[0],
		newest: dates.at(-1),
	};
}
