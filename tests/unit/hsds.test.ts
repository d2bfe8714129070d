/**
 * The HSDS 3.0 export: stable UUIDs derived from POP Atlas ids, one service per record, and
 * validation of every exported object against the official Open Referral HSDS 3.0 JSON Schemas,
 * read from the folder named by HSDS_SCHEMA_DIR (.ci/run points it at ../shared/reference/hsds-3.0;
 * the GitHub workflow downloads the schemas from Open Referral). Without it, that test is skipped
 * and says why.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHsds, utcOffset } from '../../src/exports/hsds';
import { HSDS_OBJECTS, loadHsdsValidator } from '../../src/exports/hsds-validate';
import { exportMeta } from '../../src/exports/meta';
import { popUuid, POP_NAMESPACE, uuidv5 } from '../../src/exports/uuid';
import { fixtureRepository } from './helpers/repository';

const meta = exportMeta({
	site: 'https://pop-atlas.example',
	version: '9.9.9',
	date: '2026-11-29',
});
const ds = fixtureRepository();
const hsds = toHsds(ds, meta);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('UUIDs', () => {
	it('are RFC 9562 version 5 (checked against published values)', () => {
		expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2',
		);
		expect(POP_NAMESPACE).toBe('7f2aa94f-45b5-5f4b-9d06-20ad026277f2');
	});
	it('are derived from POP Atlas ids: the same id gives the same UUID in every build', () => {
		const again = toHsds(ds, meta);
		expect(again.services.map((s) => s.id)).toEqual(hsds.services.map((s) => s.id));
		expect(hsds.services[0]!.id).toBe(popUuid('service', ds.resources[0]!.id));
	});
	it('are unique across every object in the export', () => {
		const ids: string[] = [];
		const walk = (v: unknown, key = '') => {
			if (Array.isArray(v)) v.forEach((x) => walk(x));
			else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
			else if (key === 'id' && typeof v === 'string') ids.push(v);
		};
		walk([hsds.services, hsds.organizations, hsds.taxonomies, hsds.taxonomy_terms]);
		expect(ids.length).toBeGreaterThan(ds.resources.length * 3);
		for (const id of ids) expect(id).toMatch(UUID);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('HSDS export', () => {
	it('has one service per record, and one organisation per organisation', () => {
		expect(hsds.services).toHaveLength(ds.resources.length);
		expect(hsds.services.map((s) => s.x_pop_id)).toEqual(ds.resources.map((r) => r.id));
		expect(hsds.organizations).toHaveLength(ds.organizations.size);
	});
	it('every service points at an exported organisation, and every attribute at an exported term', () => {
		const orgs = new Set(hsds.organizations.map((o) => o.id));
		const terms = new Set(hsds.taxonomy_terms.map((t) => t.id));
		for (const s of hsds.services) {
			expect(orgs.has(s.organization_id as string), String(s.x_pop_id)).toBe(true);
			const attrs = JSON.stringify(s).match(/"taxonomy_term_id":"[^"]+"/g) ?? [];
			expect(attrs.length).toBeGreaterThan(0);
			for (const a of attrs) expect(terms.has(a.slice(20, -1))).toBe(true);
		}
	});
	it("gives each organisation the address of the page that shows it: its own, or its one service's", () => {
		const byUuid = new Map(
			[...ds.organizations.keys()].map((id) => [popUuid('organization', id), id]),
		);
		for (const o of hsds.organizations) {
			const id = byUuid.get(o.id as string)!;
			const services = ds.resourcesByOrg.get(id) ?? [];
			const uri = o.uri as string;
			if (services.length === 1)
				expect(uri, id).toMatch(new RegExp(`/resources/${services[0]!.id}/#organization$`));
			else expect(uri, id).toMatch(new RegExp(`/organizations/${id}/$`));
		}
		expect(hsds.organizations.some((o) => (o.uri as string).includes('#organization'))).toBe(true);
	});
	it('keeps every channel: as a phone, a virtual or physical location, or an email contact', () => {
		for (const [i, s] of hsds.services.entries()) {
			const n =
				(s.phones as unknown[]).length +
				(s.service_at_locations as unknown[]).length +
				(s.contacts as unknown[]).length;
			expect(n, String(s.x_pop_id)).toBe(ds.resources[i]!.channels.length);
		}
	});
	it('writes weekly hours with a UTC offset and keeps the IANA zone', () => {
		expect(utcOffset('Africa/Nairobi', '2026-11-29')).toBe('+03:00');
		expect(utcOffset('America/Montevideo', '2026-11-29')).toBe('-03:00');
		expect(utcOffset('UTC', '2026-11-29')).toBe('+00:00');
		const sched = hsds.services
			.flatMap((s) => s.schedules as Record<string, unknown>[])
			.find((x) => x.x_timezone_iana);
		expect(sched?.opens_at).toMatch(/^\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
		expect(sched?.freq).toBe('WEEKLY');
	});
});

const HSDS_DIR = process.env.HSDS_SCHEMA_DIR;
const WHY =
	'HSDS_SCHEMA_DIR is not set. Point it at the HSDS 3.0 schema folder (openreferral/specification, branch 3.0, folder schema/): .ci/run uses ../shared/reference/hsds-3.0 and the GitHub workflow downloads it.';
if (!HSDS_DIR) console.warn(`SKIPPED: HSDS 3.0 schema validation. ${WHY}`);

describe.skipIf(!HSDS_DIR)(
	HSDS_DIR ? 'HSDS 3.0 JSON Schemas' : `HSDS 3.0 JSON Schemas — SKIPPED: ${WHY}`,
	() => {
		it('the schema folder exists and holds the schemas the export needs', () => {
			expect(fs.existsSync(HSDS_DIR!), `HSDS_SCHEMA_DIR=${HSDS_DIR} does not exist`).toBe(true);
			const v = loadHsdsValidator(HSDS_DIR!);
			for (const kind of [
				...HSDS_OBJECTS,
				'phone',
				'schedule',
				'language',
				'service_area',
				'location',
				'attribute',
			])
				expect(v.files).toContain(`${kind}.json`);
		});
		it('every service, organisation, taxonomy and term validates', () => {
			const v = loadHsdsValidator(HSDS_DIR!);
			const problems: string[] = [];
			const check = (kind: (typeof HSDS_OBJECTS)[number], list: Record<string, unknown>[]) => {
				for (const o of list)
					for (const p of v.validate(kind, o))
						problems.push(`${kind} ${String(o.x_pop_id ?? o.name)}: ${p}`);
				return list.length;
			};
			const services = check('service', hsds.services);
			check('organization', hsds.organizations);
			check('taxonomy', hsds.taxonomies);
			check('taxonomy_term', hsds.taxonomy_terms);
			expect(problems.slice(0, 20)).toEqual([]);
			expect(services).toBe(ds.resources.length);
			console.log(
				`HSDS 3.0: ${services} services, ${hsds.organizations.length} organisations, ${hsds.taxonomies.length} taxonomies, ${hsds.taxonomy_terms.length} terms validated against ${v.files.length} schema files.`,
			);
		});
		it('the validator really rejects a broken service (the check above can fail)', () => {
			const v = loadHsdsValidator(HSDS_DIR!);
			const good = hsds.services[0]!;
			expect(v.validate('service', good)).toEqual([]);
			const { status: _status, ...noStatus } = good;
			expect(v.validate('service', noStatus).join('\n')).toMatch(/status/);
			expect(v.validate('service', { ...good, id: 'ke/childline' }).join('\n')).toMatch(/uuid/);
			expect(v.validate('service', { ...good, status: 'temporarily_closed' }).join('\n')).toMatch(
				/allowed values/,
			);
			const phones = [{ ...(good.phones as object[])[0], id: 'x' }];
			expect(v.validate('service', { ...good, phones }).length).toBeGreaterThan(0);
		});
	},
);
