/**
 * The mapping pages on the built site: the map, the findings and the assessment framework.
 * - axe (WCAG 2.2 A/AA) on every map view, the findings, the assessment page, and a country and a
 *   record page with their indicator panel and assessment profile;
 * - everything works with JavaScript off: views are links, countries are links, tables are there;
 * - with JavaScript, the map takes keyboard focus (one tab stop, arrow keys) and shows a tooltip;
 * - the /map/ page weighs at most 150 KB compressed (HTML, CSS and JS).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { DIST, useBuiltSite } from './browser';
import { CHART_IDS } from '../../src/model/findings';
import { REACH_IDS } from '../../src/model/reach-help';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const site = useBuiltSite('map/index.html');

const mapViews = () =>
	fs
		.readdirSync(path.join(DIST, 'map'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => `/map/${d.name}/`);
const firstRecordPage = () => {
	const scope = fs.readdirSync(path.join(DIST, 'resources')).find((d) => /^[a-z]{2}$/.test(d))!;
	const slug = fs.readdirSync(path.join(DIST, 'resources', scope))[0]!;
	return `/resources/${scope}/${slug}/`;
};

describe('accessibility', () => {
	it('axe finds no violations on the map (a yes/no view and a banded view), findings, assessment, a country and a record page', async () => {
		// The full site test runs axe on every view too; here one view of each kind, for a quick check.
		const views = mapViews();
		const pages = [
			'/map/',
			views.find((v) => v.includes('languages'))!,
			'/findings/',
			'/assessment/',
			'/countries/ke/',
			firstRecordPage(),
		];
		const failures: string[] = [];
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		for (const p of pages) {
			await page.goto(site.server.origin + p, { waitUntil: 'load' });
			const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			for (const v of result.violations)
				failures.push(
					`${p}: ${v.id} ${v.help} — ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`,
				);
		}
		await ctx.close();
		expect(failures, failures.join('\n')).toEqual([]);
	});
});

describe('without JavaScript', () => {
	it('the map is an image with a title and description, countries and views are links, the table lists every country', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/map/`);
		const svg = page.locator('svg[data-map]');
		expect(await svg.getAttribute('role')).toBe('img');
		expect(await page.locator('svg[data-map] > title').textContent()).toMatch(/Child helpline/);
		expect(await page.locator('svg[data-map] > desc').textContent()).toMatch(/\d+ of \d+/);
		// Every country of the table links to its page, and the map has the same links.
		const rows = await page.locator('table.map-table tbody tr').count();
		expect(rows).toBeGreaterThan(240);
		expect(await page.locator('svg[data-map] a[href="/countries/ke/"]').count()).toBe(1);
		// The legend names "not yet mapped" apart from "known absent".
		const legend = await page.locator('.map-legend').textContent();
		expect(legend).toContain('Not yet mapped');
		expect(legend).toContain('Known absent');
		// Views are plain links.
		await page.click('.view-menu a[href="/map/reporting-hotline/"]');
		expect(page.url()).toBe(`${site.server.origin}/map/reporting-hotline/`);
		expect(await page.locator('.view-menu a[aria-current="page"]').textContent()).toBe(
			'Reporting hotline',
		);
		// A click on a country opens its page.
		await page.locator('svg[data-map] a[href="/countries/br/"] path').click({ force: true });
		await page.waitForURL(`${site.server.origin}/countries/br/`);
		await ctx.close();
	});

	it('findings: each chart has its SVG, a table and downloads that exist', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/findings/`);
		const figures = page.locator('figure.chart-figure');
		const n = await figures.count();
		// Every chart of the findings and of "How children reach help"; a figure that is a table
		// only (figures by country, with their sources) has no SVG.
		expect(n).toBe(CHART_IDS.length + REACH_IDS.length);
		let drawn = 0;
		for (let i = 0; i < n; i++) {
			const f = figures.nth(i);
			const svgs = await f.locator('svg[role="img"]').count();
			expect(svgs).toBeLessThanOrEqual(1);
			if (svgs) {
				drawn++;
				expect(await f.locator('svg[role="img"] > title').count()).toBe(1);
			}
			expect(await f.locator('table').count()).toBe(1);
			for (const href of await f
				.locator('.chart-figure__downloads a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
				const res = await page.request.get(site.server.origin + href);
				expect(res.status(), href).toBe(200);
			}
		}
		expect(drawn).toBeGreaterThanOrEqual(CHART_IDS.length);
		// The table opens without JavaScript.
		await figures.first().locator('summary').click();
		expect(await figures.first().locator('table').isVisible()).toBe(true);
		await ctx.close();
	});
});

describe('with JavaScript', () => {
	it('the map takes keyboard focus, moves with the arrow keys, shows a tooltip and opens a country with Enter', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/map/`);
		expect(await page.locator('svg[data-map]').getAttribute('role')).toBe('group');
		expect(await page.locator('svg[data-map] a[tabindex="0"]').count()).toBe(1);
		await page.locator('svg[data-map] a[tabindex="0"]').focus();
		const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(first).toMatch(/^Afghanistan: /);
		expect(await page.locator('.map-tip').textContent()).toBe(first);
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(second).not.toBe(first);
		expect(await page.locator('.map-tip').textContent()).toBe(second);
		await page.keyboard.press('k');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
			/^K/,
		);
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		await Promise.all([page.waitForURL(site.server.origin + href!), page.keyboard.press('Enter')]);
		await page.close();
	});
});

describe('weight', () => {
	it('/map/ weighs at most 150 KB compressed (HTML, CSS and JS)', () => {
		const html = fs.readFileSync(path.join(DIST, 'map/index.html'));
		const assets = [
			...html.toString().matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+\.(?:css|js))"/g),
		].map((m) => m[1]!);
		const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
		const total =
			gz(html) + assets.reduce((n, a) => n + gz(fs.readFileSync(path.join(DIST, a))), 0);
		console.log(`/map/ compressed: ${(total / 1024).toFixed(1)} KB (${assets.length} assets)`);
		expect(assets.some((a) => a.endsWith('map.js'))).toBe(true);
		expect(total).toBeLessThanOrEqual(150 * 1024);
	});
});
