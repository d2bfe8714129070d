/**
 * One answer checked alone (src/validate/field-check.ts, used by `npm run new`) gets the same
 * words as the validator gives the same value in a whole record.
 */
import { describe, expect, it } from 'vitest';
import { resourceYaml } from '../../scripts/lib/contrib/record-yaml';
import { fieldProblems } from '../../src/validate/field-check';
import { schemaProblems } from '../../src/validate/schema-check';
import { textProblems } from '../../src/validate/rules/text';
import { parseYamlFile } from '../../src/validate/yaml-file';
import { fixtureRepository } from './helpers/repository';

/** The validator's problems for a fixture record with one field changed. */
function inRecord(path: (string | number)[], value: unknown) {
	const r = structuredClone(fixtureRepository().resources.find((x) => x.id === 'ke/childline')!);
	let o = r as unknown as Record<string | number, unknown>;
	for (const seg of path.slice(0, -1)) o = o[seg] as Record<string | number, unknown>;
	o[path.at(-1)!] = value;
	const parsed = parseYamlFile(
		'content/resources/ke/childline.yaml',
		new TextEncoder().encode(resourceYaml(r)),
	);
	return [...textProblems(parsed), ...schemaProblems(parsed, 'resource')];
}
const words = (ps: { field: string; message: string; hint: string }[]) =>
	ps.map((p) => `${p.field}: ${p.message} — ${p.hint}`);

describe('fieldProblems', () => {
	it('words a wrong value exactly as the validator does in a whole record', () => {
		for (const [path, value] of [
			[['url'], 'http://example.org/line'],
			[['channels', 1, 'cost'], 'gratis'],
			[['functions'], ['counseling']],
			[['countries'], ['XX']],
			[['name'], 'x'.repeat(170)],
			[['summary_child'], 'Call us\u202e now'],
			[['channels', 0, 'hours'], { timezone: 'Nairobi', schedule: [] }],
		] as [(string | number)[], unknown][]) {
			const alone = words(fieldProblems('resource', path, value));
			expect(alone.length, path.join('.')).toBeGreaterThan(0);
			expect(words(inRecord(path, value))).toEqual(alone);
		}
	});
	it('finds nothing wrong with a right value, and nothing about the fields left out', () => {
		expect(fieldProblems('resource', ['url'], 'https://example.org/line')).toEqual([]);
		expect(fieldProblems('resource', ['channels', 2, 'languages'], ['en', 'sw'])).toEqual([]);
		expect(fieldProblems('organization', ['type'], 'ngo')).toEqual([]);
	});
	it('suggests the whole address for a link given as a bare domain', () => {
		expect(
			words(fieldProblems('resource', ['channels', 0, 'url'], 'chat.example.org/start')),
		).toEqual([
			'channels[0].url: "chat.example.org/start" is not an allowed link — write the whole address, https://chat.example.org/start, after opening it to check that it is the page meant',
		]);
	});
});
