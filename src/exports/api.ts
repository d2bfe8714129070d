/**
 * The static JSON API: /api/index.json, /api/countries/<cc>.json and /api/resources/<scope>/<slug>.json.
 * Plain files an app or a partner site can fetch; each carries the licence and citation.
 */
import { emergencyContact } from '../model/contact';
import { derivedContacts } from '../model/evidence';
import { countryView } from '../model/country';
import type { Dataset, ResourceEntry } from '../model/dataset';
import { POLICY_FACTS, type CountryIndicators } from '../model/indicators';
import { policyRows } from '../model/figures';
import { countryName } from '../text/labels';
import { idFirst, jsonHeader, type ExportMeta } from './meta';

/** Site paths of the API files. */
export const apiPaths = {
	index: '/api/index.json',
	country: (code: string) => `/api/countries/${code.toLowerCase()}.json`,
	resource: (id: string) => `/api/resources/${id}.json`,
};

const summary = (r: ResourceEntry, meta: ExportMeta) => ({
	id: r.id,
	name: r.name,
	resource_type: r.resource_type,
	status: r.status,
	scope: r.scope,
	countries: r.countries,
	api: meta.site + apiPaths.resource(r.id),
	page: `${meta.site}/resources/${r.id}/`,
});

/** The index: every country and every record, with links to their files. */
export function apiIndex(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	meta: ExportMeta,
): string {
	const countries = [...ds.countries]
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((c) => ({
			code: c.code,
			name: countryName(c.code),
			records: all.get(c.code)?.records ?? 0,
			api: meta.site + apiPaths.country(c.code),
			page: `${meta.site}/countries/${c.code.toLowerCase()}/`,
			embed: `${meta.site}/embed/${c.code.toLowerCase()}/`,
		}));
	return JSON.stringify({
		...jsonHeader(meta),
		about:
			'Static JSON files, regenerated with every build. Country codes in paths are lower-case ISO 3166-1 alpha-2; record ids are <scope>/<slug>.',
		downloads: `${meta.site}/data/`,
		counts: {
			records: ds.resources.length,
			organizations: ds.organizations.size,
			countries: countries.length,
		},
		countries,
		resources: ds.resources.map((r) => summary(r, meta)),
	});
}

/** One country: indicators, emergency numbers, the help-now services, and every record serving it. */
export function apiCountry(
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	code: string,
	meta: ExportMeta,
): string {
	const c = ds.countryByCode.get(code);
	if (!c) throw new Error(`no country ${code}`);
	const view = countryView(ds, code);
	const ind = all.get(code)!;
	const emergency = ds.emergency.get(code);
	return JSON.stringify({
		...jsonHeader(meta),
		code,
		name: countryName(code),
		region: c.region,
		subregion: c.subregion,
		page: `${meta.site}/countries/${code.toLowerCase()}/`,
		embed: `${meta.site}/embed/${code.toLowerCase()}/`,
		mapped: view.mapped,
		indicators: {
			states: ind.states,
			records: ind.records,
			verified_share: ind.verifiedShare,
			languages: ind.languages,
		},
		// The policy profile (yes / partial / no with sources; unmapped never means no) and the
		// figures about this country, each with its publication.
		policy: Object.fromEntries(
			policyRows(ds.policy.get(code), POLICY_FACTS()).map((r) => [
				r.fact,
				r.entry
					? { status: r.entry.status, detail: r.entry.detail, sources: r.entry.sources }
					: { status: 'unmapped' },
			]),
		),
		figures: ds.figures
			.filter((f) => f.scope.level === 'country' && f.scope.country === code)
			.map(({ file: _file, ...f }) => f),
		emergency: emergency
			? {
					numbers: emergency.numbers.map((n) => ({
						...n,
						link: emergencyContact(n.value, code).href,
					})),
					sources: emergency.sources,
				}
			: null,
		help_now: {
			helplines: view.helplines.map((r) => r.id),
			reporting: view.reporting.map((r) => r.id),
			takedown: view.takedown.map((r) => r.id),
		},
		count: view.national.length,
		resources: view.national.map(idFirst),
		global: view.global.map((r) => summary(r, meta)),
	});
}

/** One record, with its organisation. */
export function apiResource(ds: Dataset, r: ResourceEntry, meta: ExportMeta): string {
	const org = ds.organizations.get(r.organization);
	return JSON.stringify({
		...jsonHeader(meta),
		id: r.id,
		page: `${meta.site}/resources/${r.id}/`,
		record: idFirst(r),
		contacts: derivedContacts(r, meta.date),
		organization: org ? idFirst(org) : null,
	});
}
