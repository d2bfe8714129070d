/**
 * The contributor documents stay in step with the contract: the field reference in
 * CONTRIBUTING.md and the issue forms are generated from the schema and the taxonomies, and these
 * tests fail when the committed files drift (run `npm run contributing` / `npm run issue-forms`).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { committedReference, fieldReference } from '../../scripts/lib/contrib/field-reference';
import {
	answerKeysSection,
	committedSection,
	WANTED_MARKERS,
	wantedSection,
	withSection,
} from '../../scripts/lib/contrib/contributing';
import { ANSWER_KEYS } from '../../scripts/lib/contrib/new-record';
import { wanted } from '../../src/model/coverage';
import { fixtureRepository } from './helpers/repository';
import {
	choiceText,
	fieldsOf,
	formFields,
	issueTemplateFiles,
} from '../../scripts/lib/contrib/issue-forms';
import { toJsonSchema } from '../../src/validate/json-schema';
import { taxonomies, type TaxonomyName } from '../../src/schemas/reference';

describe('CONTRIBUTING.md', () => {
	const doc = fs.readFileSync('CONTRIBUTING.md', 'utf8');
	it('has the field reference generated from the current schema (run `npm run contributing` if this fails)', () => {
		expect(committedReference(doc)).toBe(fieldReference());
	});
	it('documents every field of the resource schema, nested ones included', () => {
		const ref = fieldReference();
		const schema = toJsonSchema('resource') as { properties: Record<string, unknown> };
		for (const key of Object.keys(schema.properties)) expect(ref).toContain(`| \`${key}\` |`);
		for (const key of [
			'channels[].hours.schedule[].opens',
			'verification.last_verified',
			'sources[].accessed',
			'assessment.<key>.evidence',
		])
			expect(ref).toContain(`| \`${key}\` |`);
	});
	it('lists every key of an answers file for npm run new, generated from its questions (run `npm run contributing` if this fails)', () => {
		const section = answerKeysSection();
		expect(committedSection(doc, section)).toBe(withSection('', section).trim());
		for (const k of ANSWER_KEYS) expect(doc).toContain(`| \`${k.key}\` |`);
	});
	it('has a wanted list in the generated form, under its heading', () => {
		const committed = committedSection(doc, WANTED_MARKERS)!;
		expect(committed).toBeDefined();
		expect(doc.indexOf(committed)).toBeGreaterThan(doc.indexOf('## Wanted'));
		// The same parts, in the same order, as the generator writes (the figures follow the data).
		const shape = (text: string) => text.match(/^(?:\*\*[^*]+\*\*|\| Fact |Computed from)/gm);
		expect(shape(committed)).toEqual(shape(wantedSection(fixtureRepository()).body));
	});
	it('starts with numbered steps, before the field reference', () => {
		const steps = doc.indexOf('\n1. ');
		expect(steps).toBeGreaterThan(0);
		expect(doc.indexOf('\n2. ')).toBeGreaterThan(steps);
		expect(steps).toBeLessThan(doc.indexOf('## Field reference'));
	});
});

describe('the wanted list', () => {
	it('is computed from the coverage report: countries without a child helpline, by region, and the missing channel facts', () => {
		const ds = fixtureRepository();
		const w = wanted(ds);
		const codes = w.countries.flatMap((r) => r.countries.map((c) => c.code));
		// KE has an active child helpline; GB only a youth crisis line; UG's helpline is defunct.
		expect(codes).not.toContain('KE');
		expect(codes).toContain('GB');
		expect(codes).toContain('UG');
		expect(w.countries.find((r) => r.region === 'Africa')!.countries).toContainEqual({
			code: 'UG',
			name: 'Uganda',
		});
		// Territories are counted, not listed.
		expect(codes).not.toContain('AQ');
		expect(w.territories).toBeGreaterThan(0);
		expect(w.facts[0]).toMatchObject({ fact: 'hours', records: 2 });
		const text = wantedSection(ds).body;
		expect(text).toContain(`Computed from the ${ds.resources.length} records`);
		expect(text).toContain('- Africa (');
		expect(text).toMatch(/\| `hours`: When the channel is open \| 2 \|/);
	});
	it('leaves out a country where a source says there is no child helpline', () => {
		const ds = fixtureRepository();
		const absent = {
			...ds,
			knownAbsent: [
				{
					country: 'UG',
					indicator: 'child_helpline' as const,
					note: 'A fictional statement.',
					sources: [{ url: 'https://example.org/', accessed: '2026-11-01' }],
				},
			],
		};
		expect(wanted(absent).countries.flatMap((r) => r.countries.map((c) => c.code))).not.toContain(
			'UG',
		);
	});
});

describe('issue forms', () => {
	it('the committed forms are the generated ones (run `npm run issue-forms` if this fails)', () => {
		for (const [name, text] of Object.entries(issueTemplateFiles()))
			expect(fs.readFileSync(`.github/ISSUE_TEMPLATE/${name}`, 'utf8'), name).toBe(text);
	});
	it('are well-formed GitHub issue forms: unique ids and labels, valid defaults, ids that pages pre-fill', () => {
		for (const name of [
			'add-a-service.yml',
			'correct-a-record.yml',
			'report-a-site-problem.yml',
			'suggestion.yml',
		]) {
			const form = YAML.parse(issueTemplateFiles()[name]!) as {
				name: string;
				description: string;
				body: {
					type: string;
					id?: string;
					attributes: { label?: string; options?: unknown[]; default?: number };
				}[];
			};
			expect(form.name && form.description, name).toBeTruthy();
			const fields = form.body.filter((b) => b.type !== 'markdown');
			const ids = fields.map((b) => b.id);
			expect(new Set(ids).size, name).toBe(ids.length);
			const labels = fields.map((b) => b.attributes.label);
			expect(new Set(labels).size, name).toBe(labels.length);
			for (const b of fields) {
				expect(b.id, name).toMatch(/^[a-z0-9_-]+$/);
				if (b.type === 'dropdown') {
					const opts = b.attributes.options as string[];
					expect(new Set(opts).size).toBe(opts.length);
					if (b.attributes.default !== undefined)
						expect(b.attributes.default).toBeLessThan(opts.length);
				}
			}
		}
		// Country pages link to ?template=add-a-service.yml&country=KE; record pages to ?template=correct-a-record.yml&record=<id>.
		expect(fieldsOf('add').map((f) => f.id)).toContain('country');
		expect(fieldsOf('correct').map((f) => f.id)).toContain('record');
	});
	it('ask for every required field of a record (or what it is made from), with the taxonomy terms as choices', () => {
		const asked = new Set(fieldsOf('add').map((f) => f.id));
		const madeFrom: Record<string, string> = {
			countries: 'country',
			channels: 'channel1_type',
			verification: 'how_known',
			sources: 'source_url',
			organization: 'organization',
		};
		const required = (toJsonSchema('resource') as { required: string[] }).required;
		for (const key of required) expect(asked.has(madeFrom[key] ?? key), key).toBe(true);
		const byId = new Map(formFields().map((f) => [f.id, f]));
		const same = (id: string, tax: TaxonomyName) =>
			expect(byId.get(id)!.choices!.map(choiceText), id).toEqual(
				taxonomies()[tax].terms.map((t) => `${t.label} (${t.id})`),
			);
		same('resource_type', 'resource-types');
		same('functions', 'functions');
		same('audiences', 'audiences');
		same('topics', 'topics');
		same('report_scope', 'report-scope');
		same('memberships', 'memberships');
		same('channel1_type', 'channels');
	});
});
