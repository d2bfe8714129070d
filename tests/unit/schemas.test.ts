import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { PUBLISHED_SCHEMAS, renderJsonSchema, toJsonSchema } from '../../src/validate/json-schema';
import { countryCodes, regionList, taxonomies, TAXONOMY_FILES } from '../../src/schemas/reference';
import { criteriaList } from '../../src/schemas/criteria';
import { resourceSchema, taxonomyFileSchema } from '../../src/schemas/index';

describe('published JSON Schemas', () => {
	for (const name of Object.keys(PUBLISHED_SCHEMAS)) {
		it(`public/schemas/${name}.schema.json is up to date with the zod contract (run \`npm run schemas\` if this fails)`, () => {
			expect(fs.readFileSync(`public/schemas/${name}.schema.json`, 'utf8')).toBe(
				renderJsonSchema(name),
			);
		});
	}
	it('every property of the resource schema has a description', () => {
		const missing: string[] = [];
		const walk = (s: Record<string, unknown>, path: string) => {
			const props = s.properties as Record<string, Record<string, unknown>> | undefined;
			for (const [k, v] of Object.entries(props ?? {})) {
				if (!v.description) missing.push(`${path}${k}`);
				walk(v, `${path}${k}.`);
				if (v.items && typeof v.items === 'object')
					walk(v.items as Record<string, unknown>, `${path}${k}[].`);
			}
		};
		walk(toJsonSchema('resource'), '');
		// Nested objects inside unions are described at the union.
		expect(missing.filter((m) => !m.includes('hours.'))).toEqual([]);
	});
	it('objects are strict: unknown keys are refused', () => {
		const s = toJsonSchema('resource') as { additionalProperties: unknown };
		expect(s.additionalProperties).toBe(false);
	});
});

describe('reference data', () => {
	it('lists every ISO 3166-1 country and territory with a region where M49 gives one', () => {
		const codes = countryCodes();
		expect(codes.length).toBe(250);
		for (const cc of ['KE', 'GB', 'FR', 'BR', 'IN', 'AU', 'PS', 'TW', 'HK', 'XK', 'AQ'])
			expect(codes).toContain(cc);
		const regions = new Set(regionList().flatMap((r) => r.subregions.map((s) => s.code)));
		const data = YAML.parse(fs.readFileSync('data/countries.yaml', 'utf8')) as {
			countries: { code: string; subregion: string | null }[];
		};
		for (const c of data.countries)
			if (c.subregion) expect(regions.has(c.subregion), c.code).toBe(true);
		// Antarctica and a few uninhabited territories have no M49 region; everything else does.
		expect(
			data.countries
				.filter((c) => !c.subregion)
				.map((c) => c.code)
				.sort(),
		).toEqual(['AQ', 'BV', 'CC', 'CX', 'GS', 'HM', 'IO', 'TF', 'UM']);
	});
	it('taxonomy files are valid and their ids unique', () => {
		for (const name of TAXONOMY_FILES) {
			const tax = taxonomyFileSchema.parse(taxonomies()[name]);
			const ids = tax.terms.map((t) => t.id);
			expect(new Set(ids).size, name).toBe(ids.length);
		}
	});
	it('schema enums are read from the taxonomy files, not retyped', () => {
		// Read the files here, apart from the loader the schema uses, so a retyped list would differ.
		const fileIds = (name: string) =>
			(
				YAML.parse(fs.readFileSync(`data/taxonomies/${name}.yaml`, 'utf8')) as {
					terms: { id: string }[];
				}
			).terms.map((t) => t.id);
		const shape = resourceSchema.shape;
		expect(shape.resource_type.options).toEqual(fileIds('resource-types'));
		expect(shape.topics.element.options).toEqual(fileIds('topics'));
		expect(shape.channels.element.shape.type.options).toEqual(fileIds('channels'));
		expect(fileIds('resource-types').length).toBeGreaterThanOrEqual(14);
		const criteria = (
			YAML.parse(fs.readFileSync('data/assessment-criteria.yaml', 'utf8')) as {
				terms: { id: string }[];
			}
		).terms.map((t) => t.id);
		expect(criteriaList().map((c) => c.id)).toEqual(criteria);
		expect(criteria.length).toBeGreaterThanOrEqual(10);
	});
});
