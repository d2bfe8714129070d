/**
 * The live dataset: valid as a whole, every record through every export and back, and floors on
 * what the mapping holds. A floor is the figure of the day it was set; a regression fails the
 * test, and the floors are raised as the data improve.
 */
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { MODELINE, resourceYaml } from '../../scripts/lib/contrib/record-yaml';
import { buildDataFiles, type ExportContext } from '../../src/exports/catalogue';
import { exportMeta } from '../../src/exports/meta';
import { canonicalRecord, recordsFromCsv, recordsFromJson } from '../../src/exports/records';
import { toHsds } from '../../src/exports/hsds';
import { HSDS_OBJECTS, loadHsdsValidator } from '../../src/exports/hsds-validate';
import { formatHours, parseHours } from '../../src/text/hours-text';
import { allCountryIndicators } from '../../src/model/indicators';
import { sortForHelp } from '../../src/model/help-order';
import { freshnessFigures } from '../../src/model/verify-queue';
import { parseYamlFile } from '../../src/validate/yaml-file';
import { schemaProblems } from '../../src/validate/schema-check';
import { liveDataset, liveValidation } from './helpers';

const ds = liveDataset();
const meta = exportMeta({ site: 'https://pop-atlas.example', version: '9.9.9', date: '2026-12-05' });

describe('the live dataset', () => {
	it('validates with no error', () => {
		expect(liveValidation().problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
	});
	it('holds at least the records and countries of the last count', () => {
		expect(ds.resources.length).toBeGreaterThanOrEqual(330);
		expect(ds.byCountry.size).toBeGreaterThanOrEqual(150);
	});
	it('backs at least 45% of child-helpline numbers with a source dated in the last three years, and labels every other one', () => {
		const f = freshnessFigures(ds, 2023);
		expect(f.recentlyDated / f.helplineNumbers).toBeGreaterThanOrEqual(0.45);
		expect(f.labelled).toBe(f.helplineNumbers - f.recentlyDated);
	});
	it('lists Chile\'s lines for children before its line for parents', () => {
		const cl = sortForHelp(ds.byCountry.get('CL')!).filter((r) => r.resource_type === 'child_helpline').map((r) => r.id);
		expect(cl.indexOf('cl/fonoinfancia')).toBe(cl.length - 1);
	});
});

describe('every live record through every export', () => {
	const files = buildDataFiles({ ds, indicators: allCountryIndicators(ds, ds.knownAbsent), meta, git: { files: new Map() } } satisfies ExportContext);
	it('JSON gives back every record exactly', () => {
		expect(recordsFromJson(files.get('records.json')!)).toEqual(ds.resources);
	});
	it('CSV gives back every field of every record', () => {
		const back = recordsFromCsv(files.get('records.csv')!);
		expect(back.map((r) => r.id)).toEqual(ds.resources.map((r) => r.id));
		for (let i = 0; i < back.length; i++) expect(back[i], ds.resources[i]!.id).toEqual(canonicalRecord(ds.resources[i]!));
	});
	it('the hours of every channel read back from their one-line form', () => {
		for (const c of ds.resources.flatMap((r) => r.channels)) {
			const { note: _note, ...hours } = c.hours === 'unknown' ? { note: undefined } : c.hours;
			expect(parseHours(formatHours(c.hours)), formatHours(c.hours)).toEqual({ ok: true, hours: c.hours === 'unknown' ? 'unknown' : hours });
		}
	});
	it('every record written as YAML by the contributor tools reads back the same and passes the schema', () => {
		for (const r of ds.resources) {
			const text = resourceYaml(r);
			expect(text.startsWith(`${MODELINE.resource}\n`)).toBe(true);
			const { id: _id, ...data } = r;
			expect(YAML.parse(text), r.id).toEqual(data);
			expect(schemaProblems(parseYamlFile(`content/resources/${r.id}.yaml`, new TextEncoder().encode(text)), 'resource'), r.id).toEqual([]);
		}
	});
	it.runIf(!!process.env.HSDS_SCHEMA_DIR)('the HSDS export of every record validates against Open Referral\'s schemas', () => {
		const hsds = toHsds(ds, meta);
		const v = loadHsdsValidator(process.env.HSDS_SCHEMA_DIR!);
		expect(hsds.services.length).toBe(ds.resources.length);
		const problems: string[] = [];
		for (const [kind, list] of [['service', hsds.services], ['organization', hsds.organizations]] as const) {
			expect(HSDS_OBJECTS).toContain(kind);
			for (const o of list) for (const p of v.validate(kind, o)) problems.push(`${kind} ${String(o.x_pop_id ?? o.name)}: ${p}`);
		}
		expect(problems).toEqual([]);
	});
});
