/** The coverage report of the mapping (npm run coverage, and the same figures on the site). */
import type { Dataset } from './dataset';
import { isActive } from './groups';
import { isTextChannel } from '../text/format';
import { censusFigures } from './census';
import { datedSince, freshnessFigures } from './verify-queue';
import { countryName } from '../text/labels';

export interface Coverage {
	records: number;
	organizations: number;
	byType: Record<string, number>;
	byRegion: Record<string, number>;
	countriesWithRecords: string[];
	countriesWithChildHelpline: string[];
	countriesWithoutChildHelpline: string[];
	recordsWithTextChannel: number;
	/** Child and youth helplines whose channel census is complete (src/model/census.ts). */
	channelCensus: { helplines: number; complete: number; unlisted: number };
	/** Child-helpline numbers backed by a source dated since `sinceYear` (src/model/verify-queue.ts). */
	datedNumbers: {
		helplineNumbers: number;
		recentlyDated: number;
		labelled: number;
		sinceYear: number;
	};
	recordsWithSources: number;
	recordsWithLastVerified: number;
	oldestSources: { id: string; accessed: string; published?: string }[];
	unknownCoreFacts: { id: string; unknown: string[] }[];
	byConfidence: Record<string, number>;
	emergencyNumbers: number;
}

/** Facts that matter most to a child: if any is unknown, the record is listed for follow-up. */
const CORE = ['hours', 'cost', 'anonymous', 'human_responder'] as const;

export function coverage(ds: Dataset): Coverage {
	const byType: Record<string, number> = {};
	const byRegion: Record<string, number> = {};
	const byConfidence: Record<string, number> = {};
	const regionName = new Map(ds.regions.map((r) => [r.code, r.name]));
	for (const r of ds.resources) {
		byType[r.resource_type] = (byType[r.resource_type] ?? 0) + 1;
		byConfidence[r.verification.confidence] = (byConfidence[r.verification.confidence] ?? 0) + 1;
		const regions =
			r.scope === 'global'
				? ['Global']
				: [
						...new Set(
							r.countries.map(
								(c) => regionName.get(ds.countryByCode.get(c)?.region ?? '') ?? 'Other',
							),
						),
					];
		for (const g of regions) byRegion[g] = (byRegion[g] ?? 0) + 1;
	}
	const withRecords = [...ds.byCountry.keys()].sort();
	const withHelpline = withRecords.filter((cc) =>
		ds.byCountry.get(cc)!.some((r) => r.resource_type === 'child_helpline' && isActive(r)),
	);
	const helplineSet = new Set(withHelpline);
	const sourceDates = ds.resources.map((r) => ({
		id: r.id,
		accessed: r.sources.map((s) => s.published ?? s.accessed).sort()[0]!,
		...(r.sources.some((s) => s.published)
			? {
					published: r.sources
						.map((s) => s.published)
						.filter(Boolean)
						.sort()[0]!,
				}
			: {}),
	}));
	const unknownCoreFacts = ds.resources
		.map((r) => ({
			id: r.id,
			unknown: CORE.filter((f) => r.channels.every((c) => c[f] === 'unknown')),
		}))
		.filter((x) => x.unknown.length);
	return {
		records: ds.resources.length,
		organizations: ds.organizations.size,
		byType,
		byRegion,
		countriesWithRecords: withRecords,
		countriesWithChildHelpline: withHelpline,
		countriesWithoutChildHelpline: ds.counted.map((c) => c.code).filter((c) => !helplineSet.has(c)),
		channelCensus: censusFigures(ds.resources),
		datedNumbers: freshnessFigures(ds, datedSince()),
		recordsWithTextChannel: ds.resources.filter((r) =>
			r.channels.some((c) => isTextChannel(c.type)),
		).length,
		recordsWithSources: ds.resources.filter((r) => r.sources.length > 0).length,
		recordsWithLastVerified: ds.resources.filter((r) => !!r.verification.last_verified).length,
		oldestSources: sourceDates.sort((a, b) => a.accessed.localeCompare(b.accessed)).slice(0, 10),
		unknownCoreFacts,
		byConfidence,
		emergencyNumbers: ds.emergency.size,
	};
}

/** What the mapping needs most, from the coverage report: the "wanted" list of CONTRIBUTING.md. */
export interface Wanted {
	records: number;
	/**
	 * Independent countries without an active child helpline record and without a sourced statement
	 * that none exists, by region (regions and countries in name order).
	 */
	countries: { region: string; countries: { code: string; name: string }[] }[];
	/** Territories (not independent) without one: counted only (npm run coverage lists them). */
	territories: number;
	/** Core channel facts that no channel of a record gives, the most records first, with the active child helplines among them. */
	facts: { fact: (typeof CORE)[number]; records: number; childHelplines: string[] }[];
	/** The records whose oldest source is oldest (published date, else date read): to check again first. */
	oldest: { id: string; date: string }[];
}

export function wanted(ds: Dataset, c = coverage(ds)): Wanted {
	const regionName = new Map(ds.regions.map((r) => [r.code, r.name]));
	const byRegion = new Map<string, { code: string; name: string }[]>();
	let territories = 0;
	// A country where a source says there is no child helpline is not "wanted": it is known.
	const absent = new Set(
		ds.knownAbsent.filter((e) => e.indicator === 'child_helpline').map((e) => e.country),
	);
	for (const code of c.countriesWithoutChildHelpline) {
		if (absent.has(code)) continue;
		const country = ds.countryByCode.get(code);
		if (!country?.independent) {
			territories++;
			continue;
		}
		const region = regionName.get(country.region ?? '') ?? 'Other';
		byRegion.set(region, [...(byRegion.get(region) ?? []), { code, name: country.name }]);
	}
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
	const helplines = new Set(
		ds.resources
			.filter((r) => r.resource_type === 'child_helpline' && isActive(r))
			.map((r) => r.id),
	);
	const facts = CORE.map((fact) => {
		const ids = c.unknownCoreFacts.filter((u) => u.unknown.includes(fact)).map((u) => u.id);
		return { fact, records: ids.length, childHelplines: ids.filter((id) => helplines.has(id)) };
	})
		.filter((f) => f.records > 0)
		.sort((a, b) => b.records - a.records || a.fact.localeCompare(b.fact));
	return {
		records: c.records,
		countries: [...byRegion]
			.map(([region, countries]) => ({ region, countries: countries.sort(byName) }))
			.sort((a, b) => a.region.localeCompare(b.region, 'en')),
		territories,
		facts,
		oldest: c.oldestSources.map((o) => ({ id: o.id, date: o.accessed })),
	};
}

export function coverageText(ds: Dataset, c = coverage(ds)): string {
	const lines: string[] = [];
	const pct = (n: number) => `${((100 * n) / Math.max(1, c.records)).toFixed(0)}%`;
	lines.push(
		`POP Atlas coverage: ${c.records} records, ${c.organizations} organisations, ${ds.global.length} global records`,
	);
	lines.push(
		`Countries and territories with at least one record: ${c.countriesWithRecords.length} of ${ds.counted.length}`,
	);
	lines.push(`  with a child helpline record: ${c.countriesWithChildHelpline.length}`);
	lines.push(`  with a sourced emergency-number file: ${c.emergencyNumbers}`);
	lines.push(
		`Records with a text-based channel (SMS, chat, messaging app, social, app): ${c.recordsWithTextChannel}`,
		`Child and youth helplines with a complete channel census: ${c.channelCensus.complete} of ${c.channelCensus.helplines} (${c.channelCensus.unlisted} name a channel whose address is not recorded yet)`,
		`Child-helpline numbers backed by a source dated ${c.datedNumbers.sinceYear} or later: ${c.datedNumbers.recentlyDated} of ${c.datedNumbers.helplineNumbers}; the other ${c.datedNumbers.labelled} are labelled on the site`,
	);
	lines.push(
		`Records with at least one source: ${c.recordsWithSources} (${pct(c.recordsWithSources)}); with last_verified: ${c.recordsWithLastVerified} (${pct(c.recordsWithLastVerified)})`,
	);
	lines.push('', 'Records by type:');
	for (const [k, v] of Object.entries(c.byType).sort((a, b) => b[1] - a[1]))
		lines.push(`  ${k.padEnd(32)} ${v}`);
	lines.push('', 'Records by region:');
	for (const [k, v] of Object.entries(c.byRegion).sort((a, b) => b[1] - a[1]))
		lines.push(`  ${k.padEnd(32)} ${v}`);
	lines.push('', 'Confidence:');
	for (const [k, v] of Object.entries(c.byConfidence)) lines.push(`  ${k.padEnd(32)} ${v}`);
	lines.push('', 'Oldest sources (published date where the source gives one, else date read):');
	for (const o of c.oldestSources) lines.push(`  ${o.accessed}  ${o.id}`);
	lines.push(
		'',
		`Records whose core facts are all unknown on every channel (${c.unknownCoreFacts.length}):`,
	);
	const byFact: Record<string, number> = {};
	for (const u of c.unknownCoreFacts) for (const f of u.unknown) byFact[f] = (byFact[f] ?? 0) + 1;
	for (const [k, v] of Object.entries(byFact)) lines.push(`  ${k.padEnd(32)} ${v} records`);
	lines.push(
		'',
		`Countries without a child helpline record (${c.countriesWithoutChildHelpline.length}): ${c.countriesWithoutChildHelpline.map((cc) => `${cc}`).join(' ')}`,
	);
	lines.push(
		'',
		'These countries are "not yet mapped": a missing record never means the country has no service.',
	);
	void countryName;
	return lines.join('\n');
}
