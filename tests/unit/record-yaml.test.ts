/** The YAML writer used by `npm run new` and the issue-to-record script. */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { MODELINE, resourceYaml } from '../../scripts/lib/contrib/record-yaml';
import { parseYamlFile } from '../../src/validate/yaml-file';
import { schemaProblems } from '../../src/validate/schema-check';
import { fixtureRepository } from './helpers/repository';

describe('record YAML', () => {
	it('writes every record of the fixture repository so that it reads back the same and passes the schema', () => {
		const ds = fixtureRepository();
		expect(ds.resources.length).toBe(6);
		for (const r of ds.resources) {
			const text = resourceYaml(r);
			expect(text.startsWith(`${MODELINE.resource}\n`)).toBe(true);
			const { id: _id, ...data } = r;
			expect(YAML.parse(text), r.id).toEqual(data);
			const parsed = parseYamlFile(
				`content/resources/${r.id}.yaml`,
				new TextEncoder().encode(text),
			);
			expect(parsed.problems, r.id).toEqual([]);
			expect(schemaProblems(parsed, 'resource'), r.id).toEqual([]);
		}
	});
	it('quotes numbers and times, and keeps short lists on one line', () => {
		const text = resourceYaml({
			name: 'X',
			channels: [
				{
					type: 'short_code',
					value: '116',
					hours: { timezone: 'UTC', schedule: [{ days: ['MO'], opens: '08:00', closes: '17:00' }] },
				},
			],
			languages: ['en', 'fr'],
		});
		expect(text).toContain('value: "116"');
		expect(text).toContain('{days: [MO], opens: "08:00", closes: "17:00"}');
		expect(text).toContain('languages: [en, fr]');
	});
});
