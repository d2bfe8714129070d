/**
 * Lighthouse 12.2.3 (mobile) on the five pages a child and a reader land on first (the home, a
 * country, a record, the map and the findings): accessibility, best practices and SEO at 100 and
 * cumulative layout shift 0, on every browser run in CI. The performance score is a speed figure
 * that moves with the load of the machine, so, like every speed target, it lives in the benchmark
 * (`npm run bench -- --lighthouse dist`, docs/benchmarks.md) and is not asserted here.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	LIGHTHOUSE_PAGES,
	runLighthouse,
	type LighthouseRow,
} from '../../scripts/bench/lighthouse';
import { OUT_DIR as DIST } from '../../src/site/site';

describe('Lighthouse on the first pages', () => {
	let rows: LighthouseRow[] = [];
	it('runs on the built site', async () => {
		if (!fs.existsSync(`${DIST}/index.html`))
			throw new Error(`${DIST} is missing: run \`npm run build\` first`);
		rows = await runLighthouse(DIST, 1);
		expect(rows.map((r) => r.page)).toEqual([...LIGHTHOUSE_PAGES]);
	});
	it.each([...LIGHTHOUSE_PAGES])(
		'%s: accessibility, best practices and SEO 100, no layout shift',
		(page) => {
			const row = rows.find((r) => r.page === page);
			expect(row, 'Lighthouse did not run').toBeDefined();
			const { accessibility, 'best-practices': bp, seo } = row!.scores;
			expect(
				{ accessibility, 'best-practices': bp, seo, cls: row!.cls },
				`below full score: ${row!.misses.join(', ')}`,
			).toEqual({
				accessibility: 100,
				'best-practices': 100,
				seo: 100,
				cls: 0,
			});
		},
	);
});
