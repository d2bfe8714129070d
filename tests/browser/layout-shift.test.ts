/**
 * Nothing moves under a finger: on the pages a child taps a Call button on (home, country, record)
 * and on the map and findings, what the script adds after the first paint (the quick-exit key
 * hint, "open now", the offline box) must not push anything. Chromium's Layout Instability API
 * records every shift not caused by input; their sum (the cumulative layout shift) must be 0, at
 * a phone’s width and a desktop’s, in English, in French (the longest "open now" label) and in
 * Arabic (right to left).
 *
 * One allowance, for a one-off too small to see: a clean-clone CI run once measured the site name
 * on /ar/ moving by 0.00004 (a fraction of a pixel's worth), after half an hour of other browser
 * tests, and never again in the runs before or since. A page whose shifts add up to less than
 * ONE_OFF_LIMIT is loaded again in a fresh browser context (a cold cache, as a first visit), and
 * fails only if it shifts again; the one-off is printed, not hidden. Any larger shift fails at once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser';

const site = useBuiltSite('countries/gb/index.html');

/** Below this sum a shift on one load is retried once before it fails (see above). */
const ONE_OFF_LIMIT = 0.001;

/** Pages whose layout matters most: where the Call buttons are, and the big figures pages. */
const PAGES = [
	'/',
	'/countries/gb/',
	'/countries/ke/',
	'/resources/gb/childline/',
	'/map/',
	'/findings/',
];
const VIEWPORTS = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'desktop', width: 1280, height: 900 },
];

/** Every layout shift since navigation, after the page and its scripts settle. */
async function shifts(page: Page): Promise<{ value: number; nodes: string[] }[]> {
	await page.waitForLoadState('load');
	// Let timers, the service-worker check and a frame or two run.
	await page.waitForTimeout(300);
	return page.evaluate(
		() =>
			new Promise<{ value: number; nodes: string[] }[]>((resolve) => {
				const out: { value: number; nodes: string[] }[] = [];
				type Shift = PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node | null }[];
				};
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as Shift[]) {
						if (e.hadRecentInput) continue;
						out.push({
							value: e.value,
							nodes: (e.sources ?? []).map((s) => {
								const el = s.node as Element | null;
								return el?.nodeType === 1
									? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`
									: String(el?.nodeName);
							}),
						});
					}
				}).observe({ type: 'layout-shift', buffered: true });
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(out)));
			}),
	);
}

describe('no layout shift', () => {
	for (const vp of VIEWPORTS)
		for (const lang of ['en', 'fr', 'ar'])
			it(`${vp.name}, ${lang}: the cumulative layout shift is 0 on ${PAGES.join(' ')}`, async () => {
				const open = () =>
					site.browser.newContext({ viewport: { width: vp.width, height: vp.height } });
				const ctx = await open();
				const page = await ctx.newPage();
				const found: Record<string, { value: number; nodes: string[] }[]> = {};
				for (const p of PAGES) {
					const url = lang === 'en' ? p : `/${lang}${p}`;
					await page.goto(`${site.server.origin}${url}`);
					const first = await shifts(page);
					if (!first.length) continue;
					if (first.reduce((sum, e) => sum + e.value, 0) >= ONE_OFF_LIMIT) {
						found[url] = first;
						continue;
					}
					const fresh = await open();
					const retry = await fresh.newPage();
					await retry.goto(`${site.server.origin}${url}`);
					const again = await shifts(retry);
					await fresh.close();
					if (again.length) found[url] = again;
					else
						console.warn(
							`layout shift on ${url} (${vp.name}) once, not on a fresh load:`,
							JSON.stringify(first),
						);
				}
				await ctx.close();
				expect(found).toEqual({});
			});
});
