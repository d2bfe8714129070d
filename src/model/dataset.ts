/**
 * The dataset as the site uses it: records with their ids, and the indexes every page needs,
 * built once per build. Pages look things up here; none of them scans the whole collection.
 */
import type { EmergencyNumbers } from '../schemas/emergency';
import type { KnownAbsent } from '../schemas/known-absent';
import type { Organization } from '../schemas/organization';
import type { Resource } from '../schemas/resource';
import { countryList, regionList, type CountryRef, type RegionRef } from '../schemas/reference';
import { today } from './clock';
import { trustRank } from './evidence';

export type ResourceEntry = Resource & { id: string };
export type OrganizationEntry = Organization & { id: string };

export interface Dataset {
	resources: ResourceEntry[];
	byId: Map<string, ResourceEntry>;
	organizations: Map<string, OrganizationEntry>;
	resourcesByOrg: Map<string, ResourceEntry[]>;
	emergency: Map<string, EmergencyNumbers>;
	/** Records that serve a country (national, subnational and regional ones that list it). */
	byCountry: Map<string, ResourceEntry[]>;
	/** Records with scope global: shown in every country. */
	global: ResourceEntry[];
	countries: CountryRef[];
	countryByCode: Map<string, CountryRef>;
	regions: RegionRef[];
	/** Sourced statements that something does not exist (data/known-absent.yaml). */
	knownAbsent: KnownAbsent['entries'];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export function buildDataset(resources: ResourceEntry[], organizations: OrganizationEntry[], emergency: EmergencyNumbers[], knownAbsent: KnownAbsent['entries'] = []): Dataset {
	const sorted = [...resources].sort((a, b) => a.id.localeCompare(b.id));
	const byCountry = new Map<string, ResourceEntry[]>();
	const resourcesByOrg = new Map<string, ResourceEntry[]>();
	const global: ResourceEntry[] = [];
	for (const r of sorted) {
		if (r.scope === 'global') global.push(r);
		for (const cc of r.countries) {
			const list = byCountry.get(cc);
			if (list) list.push(r);
			else byCountry.set(cc, [r]);
		}
		const ol = resourcesByOrg.get(r.organization);
		if (ol) ol.push(r);
		else resourcesByOrg.set(r.organization, [r]);
	}
	const countries = [...countryList()].sort(byName);
	return {
		resources: sorted,
		byId: new Map(sorted.map((r) => [r.id, r])),
		organizations: new Map(organizations.map((o) => [o.id, o])),
		resourcesByOrg,
		emergency: new Map(emergency.map((e) => [e.country, e])),
		byCountry,
		global,
		countries,
		countryByCode: new Map(countries.map((c) => [c.code, c])),
		regions: regionList(),
		knownAbsent,
	};
}

/** Order in which services appear in a country's help-now block: child helplines first. */
export const HELP_ORDER = [
	'child_helpline',
	'youth_serving_crisis_helpline',
	'online_safety_helpline',
	'peer_support',
	'reporting_hotline',
	'takedown_tool',
	'law_enforcement_reporting',
	'regulator_complaints',
	'safer_internet_centre',
	'youth_participation_initiative',
	'education_resource',
	'platform_safety_feature',
	'directory_aggregator',
	'emergency_service',
];
/**
 * Where a service goes in a list for someone who needs help now: by type (HELP_ORDER), then active
 * before closed, then services whose contacts a recent dated source confirms before those with old,
 * undated or unsure evidence, then services for children or adolescents before those only for
 * adults around them (a parents' line), then those with a channel open 24/7, then free ones.
 */
export const helpRank = (r: Resource, now: string = today()) => {
	const i = HELP_ORDER.indexOf(r.resource_type);
	const forChildren = r.audiences.some((a) => a === 'children' || a === 'adolescents');
	const always = r.channels.some((c) => c.hours !== 'unknown' && 'always_open' in c.hours);
	const free = r.channels.some((c) => c.cost === 'free' || c.cost === 'free_from_some_networks');
	return (i < 0 ? 99 : i) * 1000 + (r.status === 'active' ? 0 : 500) + trustRank(r, now) * 100 + (forChildren ? 0 : 20) + (always ? 0 : 10) + (free ? 0 : 5);
};
export const sortForHelp = <T extends Resource & { name: string }>(list: T[], now: string = today()): T[] => {
	const rank = new Map(list.map((r) => [r, helpRank(r, now)]));
	return [...list].sort((a, b) => rank.get(a)! - rank.get(b)! || a.name.localeCompare(b.name, 'en'));
};
