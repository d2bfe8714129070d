/** Editing a record in place (scripts/lib/contrib/yaml-patch.ts): golden diffs on a real-looking file. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { patchYaml } from '../../scripts/lib/contrib/yaml-patch';
import type { Resource } from '../../src/schemas/resource';

const seed = fs.readFileSync('tests/fixtures/issues/seed/ke-example-helpline.yaml', 'utf8');
const data = () => YAML.parse(seed, { version: '1.2' }) as Resource;
/** The lines of `b` that differ from `a` at the same place, and the line counts: for edits that keep the line count. */
const changedLines = (a: string, b: string) =>
	b.split('\n').filter((l, i) => a.split('\n')[i] !== l);

describe('patchYaml', () => {
	it('changes one line for a one-field correction, and keeps the comments', () => {
		const d = data();
		d.channels[0]!.value = '+254 722 000 444';
		const out = patchYaml(seed, d);
		expect(out.split('\n').length).toBe(seed.split('\n').length);
		expect(changedLines(seed, out)).toEqual(['    value: "+254 722 000 444"']);
		expect(out).toContain('# A fictional record that correct-a-record.md corrects');
		expect(YAML.parse(out)).toEqual(d);
	});
	it('changes one line for a list written in brackets', () => {
		const d = data();
		d.topics.push('cyberbullying');
		expect(changedLines(seed, patchYaml(seed, d))).toEqual([
			'topics: [abuse_violence, cyberbullying]',
		]);
	});
	it('keeps a date unquoted and a quoted value quoted', () => {
		const d = data();
		d.verification.last_verified = '2026-11-30';
		d.summary_child = 'Call for free, day or night.';
		expect(changedLines(seed, patchYaml(seed, d))).toEqual([
			'summary_child: Call for free, day or night.',
			'  last_verified: 2026-11-30',
		]);
	});
	it('adds a channel after the last one, in the house style, touching no other line', () => {
		const d = data();
		d.channels.push({
			type: 'sms',
			value: '22 333',
			cost: 'free',
			hours: 'unknown',
			languages: ['en'],
			anonymous: 'unknown',
			human_responder: true,
		});
		const out = patchYaml(seed, d);
		const before = seed.split('\n');
		const after = out.split('\n');
		const at = before.indexOf('audiences: [children, adolescents]');
		expect(after.slice(0, at)).toEqual(before.slice(0, at));
		expect(after.slice(at, at + 7)).toEqual([
			'  - type: sms',
			'    value: "22 333"',
			'    cost: free',
			'    hours: unknown',
			'    languages: [en]',
			'    anonymous: unknown',
			'    human_responder: true',
		]);
		expect(after.slice(at + 7)).toEqual(before.slice(at));
		expect(YAML.parse(out)).toEqual(d);
	});
	it('quotes what YAML 1.1 readers would misread', () => {
		const d = data();
		d.countries = ['NO'];
		expect(changedLines(seed, patchYaml(seed, d))).toEqual(['countries: ["NO"]']);
	});
	it('removes a field and its line only', () => {
		const d = data();
		delete d.summary_child;
		const out = patchYaml(seed, d);
		expect(out.split('\n').length).toBe(seed.split('\n').length - 1);
		expect(out).not.toContain('summary_child');
		expect(YAML.parse(out)).toEqual(d);
	});
	it('turns a one-line value into a block where it stands', () => {
		const d = data();
		d.channels[0]!.hours = {
			timezone: 'Africa/Nairobi',
			schedule: [{ days: ['MO'], opens: '08:00', closes: '17:00' }],
		};
		const out = patchYaml(seed, d);
		expect(YAML.parse(out)).toEqual(d);
		expect(out).toContain('    hours:\n      timezone: Africa/Nairobi\n');
	});
});
