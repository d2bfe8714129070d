/** What a country page shows, computed from the dataset (pure; no Astro). */
import type { Dataset, ResourceEntry } from './dataset';
import { sortForHelp } from './dataset';

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

const forChildren = (r: ResourceEntry) => r.audiences.some((a) => a === 'children' || a === 'adolescents') && (r.age?.min ?? 0) < 18;
const active = (r: ResourceEntry) => r.status === 'active' || r.status === 'temporarily_closed';

export function countryView(ds: Dataset, code: string): CountryView {
	const national = sortForHelp(ds.byCountry.get(code) ?? []);
	const global = sortForHelp(ds.global);
	const dates = national.map((r) => r.verification.last_verified).sort();
	return {
		code,
		mapped: national.length > 0,
		helplines: national.filter((r) => active(r) && ['child_helpline', 'youth_serving_crisis_helpline'].includes(r.resource_type)),
		reporting: national.filter((r) => active(r) && (r.resource_type === 'reporting_hotline' || (r.resource_type === 'law_enforcement_reporting' && r.report_scope?.includes('csam')))),
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
