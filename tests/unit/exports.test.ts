/**
 * Open-data exports: every file round-trips to the records and indicators it was written from,
 * and every count equals the number of records (or organisations, countries, terms).
 */
import { describe, expect, it } from 'vitest';
import { allCountryIndicators, INDICATOR_IDS } from '../../src/model/indicators';
import { apiCountry, apiIndex, apiResource } from '../../src/exports/api';
import { buildDataFiles, DATA_FILES, type ExportContext } from '../../src/exports/catalogue';
import { csvCell, parseCsv, parseCsvObjects, toCsv } from '../../src/exports/csv';
import {
	indicatorsCsv,
	indicatorsFromCsv,
	indicatorsFromGeoJson,
	indicatorsGeoJson,
} from '../../src/exports/indicators';
import { citation, exportMeta } from '../../src/exports/meta';
import {
	canonicalOrganization,
	canonicalRecord,
	organizationsCsv,
	organizationsFromCsv,
	organizationsFromJson,
	organizationsJson,
	recordsCsv,
	recordsFromCsv,
	recordsFromJson,
} from '../../src/exports/records';
import { allTaxonomies, taxonomiesCsv, taxonomiesJson } from '../../src/exports/taxonomies';
import { formatBytes } from '../../src/exports/size';
import { resourceSchema } from '../../src/schemas/resource';
import { organizationSchema } from '../../src/schemas/organization';
import { fixtureRepository } from './helpers/repository';
import { fixtureDataset, rec, channel } from './helpers/records';
import { fixturePractices, fixtureVoiceFiles } from './helpers/youth';

/** An export parsed as JSON, typed as far as a test reads it. */
const json = <T>(text: string): T => JSON.parse(text) as T;
interface GeoJson {
	type: string;
	count: number;
	features: {
		id: string;
		geometry: unknown;
		properties: Record<string, string> & { records: number };
	}[];
}

const meta = exportMeta({
	site: 'https://pop-atlas.example',
	version: '9.9.9',
	date: '2026-11-29',
});
const ds = fixtureRepository();
const indicators = allCountryIndicators(ds, ds.knownAbsent);
const ctx: ExportContext = {
	ds,
	indicators,
	meta,
	git: { files: new Map() },
	youth: { voices: fixtureVoiceFiles(), practices: fixturePractices() },
};
const files = buildDataFiles(ctx);

describe('CSV (RFC 4180)', () => {
	it('quotes cells with commas, quotes and line breaks, and ends rows with CRLF', () => {
		const csv = toCsv(
			['a', 'b'],
			[
				['x,y', 'say "hi"'],
				['line\nbreak', 'plain'],
			],
		);
		expect(csv).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",plain\r\n');
		expect(parseCsv(csv)).toEqual([
			['a', 'b'],
			['x,y', 'say "hi"'],
			['line\nbreak', 'plain'],
		]);
	});
	it('guards cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
		const values = [
			'=HYPERLINK("x")',
			'@SUM(A1)',
			'+cmd|x',
			'-2+3',
			"'=already",
			'+254 722 116 116',
			'-',
			'116 111',
		];
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+254 722 116 116')).toBe('+254 722 116 116');
		const back = parseCsvObjects(
			toCsv(
				['v'],
				values.map((v) => [v]),
			),
		).map((r) => r.v);
		expect(back).toEqual(values);
	});
	it('refuses a row of the wrong width', () => {
		expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/1 cells/);
	});
});

describe('records', () => {
	it('the fixture repository has its six records (the tests below would prove nothing without them)', () => {
		expect(ds.resources.map((r) => r.id)).toEqual([
			'gb/line',
			'global/tool',
			'ke/childline',
			'ke/hotline',
			'regional/east-youth',
			'ug/old',
		]);
	});
	it('JSON recovers every record exactly, and its count is the number of records', () => {
		const text = files.get('records.json')!;
		expect(json<{ count: number }>(text).count).toBe(ds.resources.length);
		expect(recordsFromJson(text)).toEqual(ds.resources);
	});
	it('CSV has one row per record and recovers every field of every record', () => {
		const text = files.get('records.csv')!;
		expect(parseCsvObjects(text)).toHaveLength(ds.resources.length);
		const back = recordsFromCsv(text);
		expect(back.map((r) => r.id)).toEqual(ds.resources.map((r) => r.id));
		for (let i = 0; i < back.length; i++)
			expect(back[i], ds.resources[i]!.id).toEqual(canonicalRecord(ds.resources[i]!));
	});
	it('the canonical form (what CSV keeps) still passes the schema', () => {
		for (const r of ds.resources) {
			const { id: _id, ...data } = canonicalRecord(r);
			expect(resourceSchema.safeParse(data).success, r.id).toBe(true);
		}
	});
	it('CSV keeps what is hard to keep: commas, quotes, line breaks, non-Latin text, 24/7 and weekly hours, nulls', () => {
		const tricky = rec('ke/tricky', {
			name: 'Line "One", 116 — ሰላም مرحبا',
			description: 'First line.\nSecond line, with a comma.',
			age: { min: null, max: 18 },
			related: [],
			channels: [
				channel({
					type: 'short_code',
					value: '116',
					hours: { always_open: true, note: 'except, sometimes' },
					languages: ['en', 'sw'],
					anonymous: true,
					human_responder: true,
				}),
				channel({
					type: 'web_chat',
					value: undefined,
					url: 'https://example.org/chat?a=1,b=2',
					platform: null,
					hours: {
						timezone: 'Africa/Nairobi',
						schedule: [{ days: ['SA', 'MO'], opens: '20:00', closes: '02:00' }],
					},
					requires_account: false,
				}),
			] as never,
		});
		const d = fixtureDataset([tricky]);
		const back = recordsFromCsv(recordsCsv(d, meta));
		expect(back).toEqual([canonicalRecord(tricky)]);
		expect(back[0]!.age).toEqual({ min: null, max: 18 });
		expect(back[0]!.related).toBeUndefined();
	});
	it('every row carries the licence and the citation', () => {
		for (const row of parseCsvObjects(files.get('records.csv')!)) {
			expect(row.licence).toBe('CC-BY-4.0');
			expect(row.citation).toBe(meta.citation);
		}
		expect(json<{ licence: { id: string } }>(files.get('records.json')!).licence.id).toBe(
			'CC-BY-4.0',
		);
	});
});

describe('organisations', () => {
	const orgs = [...ds.organizations.values()].sort((a, b) => a.id.localeCompare(b.id));
	it('JSON and CSV recover every organisation, with counts equal to the number of organisations', () => {
		expect(json<{ count: number }>(organizationsJson(ds, meta)).count).toBe(ds.organizations.size);
		expect(organizationsFromJson(organizationsJson(ds, meta))).toEqual(orgs);
		expect(organizationsFromCsv(organizationsCsv(ds, meta))).toEqual(
			orgs.map(canonicalOrganization),
		);
		for (const o of organizationsFromCsv(organizationsCsv(ds, meta))) {
			const { id: _id, ...data } = o;
			expect(organizationSchema.safeParse(data).success, o.id).toBe(true);
		}
	});
	it('lists, for each organisation, the records it runs: every record exactly once', () => {
		const listed = json<{ organizations: { services: string[] }[] }>(
			organizationsJson(ds, meta),
		).organizations.flatMap((o) => o.services);
		const withOrg = ds.resources
			.filter((r) => ds.organizations.has(r.organization))
			.map((r) => r.id);
		expect([...listed].sort()).toEqual([...withOrg].sort());
	});
});

describe('indicators', () => {
	it('CSV and GeoJSON recover every indicator of every country', () => {
		expect(indicatorsFromCsv(indicatorsCsv(ds, indicators, meta))).toEqual(indicators);
		expect(indicatorsFromGeoJson(indicatorsGeoJson(ds, indicators, meta))).toEqual(indicators);
	});
	it('has one row and one feature per country, each at its centroid, with all three states kept apart', () => {
		const fc = json<GeoJson>(files.get('indicators.geojson')!);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features).toHaveLength(ds.countries.length);
		expect(fc.count).toBe(ds.countries.length);
		expect(parseCsvObjects(files.get('indicators.csv')!)).toHaveLength(ds.countries.length);
		for (const f of fc.features) {
			const c = ds.countryByCode.get(f.id)!;
			expect(f.geometry).toEqual(c.centroid ? { type: 'Point', coordinates: c.centroid } : null);
			for (const id of INDICATOR_IDS)
				expect(['exists', 'absent', 'unmapped']).toContain(f.properties[id]);
		}
		const states = new Set(fc.features.flatMap((f) => INDICATOR_IDS.map((id) => f.properties[id])));
		expect(states).toContain('unmapped');
		expect(states).toContain('exists');
		// Records per country add up to the records that list countries.
		const sum = fc.features.reduce((n, f) => n + f.properties.records, 0);
		expect(sum).toBe(ds.resources.reduce((n, r) => n + r.countries.length, 0));
	});
});

describe('vocabularies', () => {
	it('JSON and CSV hold every term of every taxonomy file and the assessment criteria', () => {
		const list = allTaxonomies();
		const terms = list.reduce((n, t) => n + t.terms.length, 0);
		const tax = json<{ terms: number; taxonomies: { id: string }[] }>(taxonomiesJson(meta));
		expect(tax.terms).toBe(terms);
		expect(tax.taxonomies.map((t) => t.id)).toEqual(
			expect.arrayContaining([
				'resource-types',
				'channels',
				'topics',
				'assessment-criteria',
				'cost',
			]),
		);
		expect(parseCsvObjects(taxonomiesCsv(meta))).toHaveLength(terms);
	});
});

describe('static JSON API', () => {
	it('the index lists every record and every country', () => {
		const idx = json<{
			counts: { records: number };
			resources: { id: string }[];
			countries: unknown[];
		}>(apiIndex(ds, indicators, meta));
		expect(idx.counts.records).toBe(ds.resources.length);
		expect(idx.resources.map((r) => r.id)).toEqual(ds.resources.map((r) => r.id));
		expect(idx.countries).toHaveLength(ds.countries.length);
	});
	it('country files hold every record serving the country, and the resource file the whole record', () => {
		let total = 0;
		for (const c of ds.countries) {
			const f = json<{ count: number; resources: unknown[]; indicators: { states: unknown } }>(
				apiCountry(ds, indicators, c.code, meta),
			);
			expect(f.count).toBe(f.resources.length);
			expect(f.indicators.states).toEqual(indicators.get(c.code)!.states);
			total += f.count;
		}
		expect(total).toBe(ds.resources.reduce((n, r) => n + r.countries.length, 0));
		for (const r of ds.resources)
			expect(json<{ record: unknown }>(apiResource(ds, r, meta)).record).toEqual(r);
	});
});

describe('catalogue', () => {
	it('every listed file is built, parses, states the licence, and counts what it says', () => {
		for (const f of DATA_FILES) {
			const text = files.get(f.path)!;
			expect(text, f.path).toBeTruthy();
			if (f.format !== 'CSV') {
				const doc = json<{ licence?: { id?: string } | string }>(text);
				expect(
					typeof doc.licence === 'string' ? doc.licence : doc.licence?.id,
					f.path,
				).toBeTruthy();
			} else expect(parseCsvObjects(text)[0]!.licence, f.path).toBe('CC-BY-4.0');
		}
		const byPath = (p: string) => DATA_FILES.find((f) => f.path === p)!.count(ctx);
		expect(byPath('records.csv')).toBe(ds.resources.length);
		expect(byPath('hsds/services.json')).toBe(ds.resources.length);
		expect(json<{ total_items: number }>(files.get('hsds/services.json')!).total_items).toBe(
			ds.resources.length,
		);
	});
	it('cites POP Atlas with the version and date', () => {
		expect(citation('1.2.3', '2026-11-29', 'https://pop-atlas.org')).toBe(
			'POP Atlas (2026), Protection through Online Participation global mapping, version 1.2.3 (2026-11-29). https://pop-atlas.org/data/',
		);
		expect(meta.citation).toContain('version 9.9.9 (2026-11-29)');
	});
	it('formats sizes for people', () => {
		expect(formatBytes(812)).toBe('812 bytes');
		expect(formatBytes(14_230)).toBe('14 kB');
		expect(formatBytes(3_140_000)).toBe('3.1 MB');
		// In the page's way of writing numbers; Arabic pages keep Western digits, as the rest of the site.
		expect(formatBytes(3_140_000, 'fr')).toBe('3,1 MB');
		expect(formatBytes(3_140_000, 'ar')).toBe('3.1 MB');
	});
});
