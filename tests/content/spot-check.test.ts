/**
 * The spot check on the live dataset against the independent reference lists in data/reference/
 * (the comparison itself is unit-tested on hand-made inputs in tests/unit/spot-check.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { combineTotals, parseReference, spotCheck, type SpotRecord } from '../../scripts/lib/spot-check';
import { countryCodes } from '../../src/schemas/reference';
import { validateRepository } from '../../src/validate/index';

// Figures of 2026-12-05 (three lists): 33 shared child-helpline services, 96.2% agree on a number
// in scope; 90.3% of their reference numbers carried; country level 62.2%. They were 122 services and
// 73.9% on 2026-11-29: since then 118 records cite their Child Helpline International directory page
// (dated evidence and channel lists read from the same copy of CHI's pages), so the check leaves
// them out of the CHI comparison, which is no longer independent of them. Later the same day one more
// record (SOS 1056) came to cite its CHI page: one agreeing number left the comparison (27 agree of
// 45 shared → 26 of 44; nothing new disagrees), so the country-level floor is 0.61.
const SERVICE_FLOOR = { shared: 30, serviceRate: 0.96, rate: 0.89 };
const COUNTRY_FLOOR = 0.61;

describe('the real spot check', () => {
	const DIR = 'data/reference';
	const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
	const references = files.map((f) => parseReference(YAML.parse(fs.readFileSync(path.join(DIR, f), 'utf8')), f));
	const v = validateRepository();
	const records: SpotRecord[] = v.resources.map((e) => ({ id: e.id, file: e.file, data: e.data }));
	const results = references.map((r) => spotCheck(r, records));
	const totals = combineTotals(results);

	it('has reference files that parse, with countries we know', () => {
		expect(files.length).toBeGreaterThanOrEqual(2);
		const known = new Set(countryCodes());
		for (const r of references) {
			expect(r.entries.length).toBeGreaterThan(0);
			expect(r.entries.map((e) => e.country).filter((c) => !known.has(c))).toEqual([]);
		}
	});
	it('compares only records that do not cite the reference, and says which it leaves out', () => {
		// Records that cite their Child Helpline International directory page (uy/linea-azul, and the
		// records dated from CHI's member pages) are not independent of the CHI list: the check leaves
		// them out of that comparison, and only them.
		const skipped = [...new Set(results.flatMap((r) => r.skippedRecords))].sort();
		const citingChi = records
			.filter((r) => r.data.sources.some((s) => /^https:\/\/(www\.)?childhelplineinternational\.org\/[^/?#]+\/?$/.test(s.url) && !/\/(about|contact|news)\//.test(s.url)))
			.map((r) => r.id);
		expect(skipped).toContain('uy/linea-azul');
		expect(skipped.length).toBeGreaterThan(10);
		// Every skipped record cites a CHI page; the reverse need not hold (CHI's news pages are no directory entries).
		expect(skipped.filter((id) => !citingChi.includes(id))).toEqual([]);
	});
	it('pairs annotated entries (ours:) only with records that exist, in the entry country', () => {
		const byId = new Map(records.map((r) => [r.id, r]));
		const bad = references.flatMap((ref) => ref.entries.flatMap((e) => (e.ours ?? []).filter((id) => !byId.get(id)?.data.countries.includes(e.country)).map((id) => `${e.country} ${e.name}: ${id}`)));
		expect(bad).toEqual([]);
	});
	// The goal in the project issue: >= 95% of shared numbers in agreement. The service-level figure
	// (numbers of the services both a reference and our data carry) is the one that measures it; the
	// country-level figure also counts every service we do not carry as a disagreement. Both floors
	// are the figures of 2026-11-29, so a regression fails the test; raise them as data improve.
	it('agrees on at least the current share of shared numbers', () => {
		expect(totals.services.all.shared).toBeGreaterThanOrEqual(SERVICE_FLOOR.shared);
		expect(totals.services.inScope.serviceRate).toBeGreaterThanOrEqual(SERVICE_FLOOR.serviceRate);
		expect(totals.services.inScope.serviceRate).toBeGreaterThanOrEqual(0.95); // the goal
		expect(totals.services.inScope.rate).toBeGreaterThanOrEqual(SERVICE_FLOOR.rate);
		expect(totals.all.shared).toBeGreaterThanOrEqual(55);
		expect(totals.inScope.rate).toBeGreaterThanOrEqual(COUNTRY_FLOOR);
	});
});
