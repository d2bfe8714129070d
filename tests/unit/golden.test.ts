/**
 * Golden files: the open-data exports of the fixture repository, byte for byte
 * (tests/fixtures/golden/). A change in an export shows as a diff of these files in review.
 * After an intended change, write them again with UPDATE_GOLDEN=1 and read the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataFiles, type ExportContext } from '../../src/exports/catalogue';
import { exportMeta } from '../../src/exports/meta';
import { allCountryIndicators } from '../../src/model/indicators';
import { resourceSchema } from '../../src/schemas/resource';
import { formatHours } from '../../src/text/hours-text';
import { fixtureRepository } from './helpers/repository';

const DIR = 'tests/fixtures/golden';
const ds = fixtureRepository();
const meta = exportMeta({
	site: 'https://pop-atlas.example',
	version: '9.9.9',
	date: '2026-11-29',
});
const ctx: ExportContext = {
	ds,
	indicators: allCountryIndicators(ds, ds.knownAbsent),
	meta,
	git: { files: new Map() },
};
const files = buildDataFiles(ctx);
const pretty = (json: string) => `${JSON.stringify(JSON.parse(json), null, 2)}\n`;

const GOLDEN: [string, () => string][] = [
	['records.csv', () => files.get('records.csv')!],
	['records.json', () => pretty(files.get('records.json')!)],
	['hsds-services.json', () => pretty(files.get('hsds/services.json')!)],
	[
		'hours.txt',
		() =>
			`${ds.resources.flatMap((r) => r.channels.map((c, i) => `${r.id} channels[${i}]: ${formatHours(c.hours)}`)).join('\n')}\n`,
	],
];

describe('golden files of the fixture repository', () => {
	for (const [name, make] of GOLDEN) {
		it(`${name} is unchanged`, () => {
			const file = path.join(DIR, name);
			const now = make();
			if (process.env.UPDATE_GOLDEN) {
				fs.mkdirSync(DIR, { recursive: true });
				fs.writeFileSync(file, now);
			}
			expect(now).toBe(fs.readFileSync(file, 'utf8'));
		});
	}
	it('records.csv has a column for every field of the record schema (a new field needs its column)', () => {
		const header = files.get('records.csv')!.split('\r\n')[0]!.split(',');
		for (const key of Object.keys(resourceSchema.shape)) {
			const has =
				key === 'channels'
					? header.some((h) => h.startsWith('channel1.'))
					: header.some((h) => h === key || h.startsWith(`${key}.`));
			expect(has, key).toBe(true);
		}
	});
});
