/**
 * The dataset as the site uses it: records with their ids, and the indexes every page needs,
 * built once per build. Pages look things up here; none of them scans the whole collection.
 */
import type { EmergencyNumbers } from '../schemas/emergency';
import type { PolicyProfile } from '../schemas/evidence';
import type { KnownAbsent } from '../schemas/known-absent';
import type { Organization } from '../schemas/organization';
import type { Resource } from '../schemas/resource';
import { countryList, regionList, type CountryRef, type RegionRef } from '../schemas/reference';
import type { FigureEntry } from './figures';

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
	/**
	 * The countries and territories every count uses as its denominator: all of them except those
	 * with no permanent population (data/uninhabited.yaml), which keep their pages.
	 */
	counted: CountryRef[];
	countryByCode: Map<string, CountryRef>;
	regions: RegionRef[];
	/** Sourced statements that something does not exist (data/known-absent.yaml). */
	knownAbsent: KnownAbsent['entries'];
	/** Sourced figures on how children use help (data/figures/), flattened with their sources. */
	figures: FigureEntry[];
	/** Country policy profiles (data/policy/), by country code. */
	policy: Map<string, PolicyProfile>;
}

/** The evidence beside the records: figures and policy profiles (both optional for tests). */
export interface EvidenceInput {
	figures?: FigureEntry[];
	policy?: PolicyProfile[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export function buildDataset(
	resources: ResourceEntry[],
	organizations: OrganizationEntry[],
	emergency: EmergencyNumbers[],
	knownAbsent: KnownAbsent['entries'] = [],
	evidence: EvidenceInput = {},
): Dataset {
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
		counted: countries.filter((c) => c.inhabited),
		countryByCode: new Map(countries.map((c) => [c.code, c])),
		regions: regionList(),
		knownAbsent,
		figures: evidence.figures ?? [],
		policy: new Map((evidence.policy ?? []).map((p) => [p.country, p])),
	};
}

/**
 * The site path of an organisation: its own page when it runs more than one service; otherwise
 * the page of its one service, which shows the organisation (a page of its own would repeat it).
 */
export function organizationPath(ds: Pick<Dataset, 'resourcesByOrg'>, orgId: string): string {
	return hasOrganizationPage(ds, orgId)
		? `/organizations/${orgId}/`
		: `/resources/${ds.resourcesByOrg.get(orgId)![0]!.id}/#organization`;
}

/** True when an organisation has a page of its own (it runs more than one service). */
export function hasOrganizationPage(ds: Pick<Dataset, 'resourcesByOrg'>, orgId: string): boolean {
	return (ds.resourcesByOrg.get(orgId)?.length ?? 0) !== 1;
}
