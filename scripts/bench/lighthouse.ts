/**
 * `npm run bench -- --lighthouse dist`: Lighthouse 12.2.3 (mobile, its default simulated throttling)
 * on the pages a child and a reader land on first, served as the production host serves them
 * (gzip, the _headers rules). Reports each category's score and the cumulative layout shift against
 * the budget of 100 and 0; like the other budgets it reports, it does not fail (speed is measured
 * here, not in timed tests). Runs are repeated (--runs, default 3) and the median is reported,
 * since performance scores move with the load of the machine.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, chromiumPath, serve } from '../lib/chromium';

export const LIGHTHOUSE_PAGES = [
	'/',
	'/countries/gb/',
	'/resources/gb/childline/',
	'/map/',
	'/findings/',
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRow {
	page: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	cls: number;
	/** Audits below a full score that weigh in a category, for the report. */
	misses: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runLighthouse(dir: string, runs = 3): Promise<LighthouseRow[]> {
	const server = await serve(dir);
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: CHROMIUM_FLAGS,
	});
	const rows: LighthouseRow[] = [];
	try {
		for (const page of LIGHTHOUSE_PAGES) {
			const samples: LighthouseRow[] = [];
			for (let i = 0; i < runs; i++) {
				const r = await lighthouse(server.origin + page, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
				});
				if (!r) throw new Error(`Lighthouse returned nothing for ${page}`);
				const { categories, audits } = r.lhr;
				const weighed = new Set(
					Object.values(categories).flatMap((c) =>
						c.auditRefs.filter((a) => a.weight > 0).map((a) => a.id),
					),
				);
				samples.push({
					page,
					scores: Object.fromEntries(
						CATEGORIES.map((c) => [c, Math.round(100 * (categories[c]?.score ?? 0))]),
					) as LighthouseRow['scores'],
					cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
					misses: Object.values(audits)
						.filter((a) => weighed.has(a.id) && a.score !== null && a.score < 1)
						.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
				});
			}
			rows.push({
				page,
				scores: Object.fromEntries(
					CATEGORIES.map((c) => [c, median(samples.map((s) => s.scores[c]))]),
				) as LighthouseRow['scores'],
				cls: median(samples.map((s) => s.cls)),
				// Each audit once, with the values of the runs: "total-blocking-time (120 ms, 150 ms)".
				misses: [...new Set(samples.flatMap((s) => s.misses.map((m) => m.split(' (')[0]!)))].map(
					(id) => {
						const values = samples
							.flatMap((s) => s.misses)
							.filter((m) => m.startsWith(`${id} (`))
							.map((m) => m.slice(id.length + 2, -1));
						return values.length ? `${id} (${values.join(', ')})` : id;
					},
				),
			});
		}
	} finally {
		chrome.kill();
		await server.close();
	}
	return rows;
}

export function lighthouseTable(rows: LighthouseRow[]): string {
	const head = `| page | ${CATEGORIES.join(' | ')} | CLS | budget |`;
	const lines = rows.map((r) => {
		const ok = CATEGORIES.every((c) => r.scores[c] === 100) && r.cls === 0;
		return `| ${r.page} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.cls.toFixed(3)} | ${ok ? 'PASS' : 'OVER'} |`;
	});
	const misses = rows
		.filter((r) => r.misses.length)
		.map((r) => `  ${r.page}: ${r.misses.join(', ')}`);
	return [head, `|${'---|'.repeat(CATEGORIES.length + 3)}`, ...lines, ...(misses.length ? ['', 'Below full score:', ...misses] : [])].join('\n');
}
