/**
 * The recommendation pages and PDFs, on the built site (run `npm run build` first):
 * - a tagged PDF with an outline for every chapter and for the whole report, linked with its size;
 * - axe finds nothing on the recommendation pages;
 * - the matrix, filters and recommendation pages work with JavaScript off;
 * - printing hides the site's chrome and shows link addresses;
 * - every in-page link (sources, contents) has its target.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../scripts/lib/pdf-inspect';
import { chapterFiles, chapterSlug } from '../../src/validate/recommendations/check';
import { checkPdfLinks, findPdfJobs, readManifest } from '../../scripts/lib/pdf-build';
import { pdfUrl } from '../../src/site/recommendation-routes';
import { BRIEF_PDF_DIR, briefPdfUrl } from '../../src/model/brief';
import { DIST, useBuiltSite } from './browser';

const site = useBuiltSite('recommendations/index.html');
let recs: { id: string; title: string; stakeholder: string; theme: string }[];
const slugs = chapterFiles().map(chapterSlug);

beforeAll(() => {
	recs = (
		JSON.parse(fs.readFileSync(`${DIST}/recommendations/recommendations.json`, 'utf8')) as {
			recommendations: typeof recs;
		}
	).recommendations;
});

const squash = (s: string) => s.replace(/\s+/g, '');

describe('PDFs', () => {
	it('exist for every chapter, the whole report and every country brief, and the pages link them with their size', () => {
		// Country briefs: one PDF per country with a brief page (printed from the English page).
		const briefs = fs
			.readdirSync(path.join(DIST, 'countries'))
			.filter((cc) => fs.existsSync(path.join(DIST, 'countries', cc, 'brief', 'index.html')))
			.map((cc) => briefPdfUrl(cc));
		expect(briefs.length).toBeGreaterThan(100);
		const expected = [...slugs.map((s) => pdfUrl(s)), pdfUrl(), ...briefs].sort();
		expect(findPdfJobs(DIST).map((j) => j.pdf)).toEqual(expected);
		expect(Object.keys(readManifest(DIST)).sort()).toEqual(expected);
		for (const pdf of expected) expect(fs.existsSync(path.join(DIST, pdf)), pdf).toBe(true);
		expect(checkPdfLinks(DIST)).toEqual([]);
	});
	it('are tagged, in English, with an outline that starts with the title and holds every section', () => {
		const manifest = readManifest(DIST);
		for (const [pdf, { from }] of Object.entries(manifest)) {
			const bytes = fs.readFileSync(path.join(DIST, pdf));
			const info = inspectPdf(bytes);
			const html = fs.readFileSync(path.join(DIST, from, 'index.html'), 'utf8');
			const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.replace(/&amp;/g, '&');
			const h2s = [...html.matchAll(/<h2 id="[^"]*">([^<]+)<\/h2>/g)].map((m) =>
				squash(m[1]!.replace(/&amp;/g, '&')),
			);
			expect(info.marked, pdf).toBe(true);
			expect(info.structTree, pdf).toBe(true);
			expect(info.structTypes, pdf).toEqual(
				expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI']),
			);
			expect(info.lang, pdf).toBe('en');
			expect(info.title, pdf).toContain(h1);
			// A chapter runs to several pages; a brief may fit on one.
			expect(info.pages, pdf).toBeGreaterThan(pdf.startsWith(BRIEF_PDF_DIR) ? 0 : 1);
			expect(info.figuresWithoutAlt, pdf).toBe(0);
			expect(squash(info.outline[0] ?? ''), pdf).toBe(squash(h1));
			const outline = info.outline.map(squash);
			for (const h2 of h2s) expect(outline, `${pdf}: ${h2}`).toContain(h2);
			// Links lead to the published site, never to the server the PDF was printed from.
			expect(bytes.includes('127.0.0.1'), pdf).toBe(false);
			expect(bytes.length, pdf).toBeLessThan(8 * 1024 * 1024);
		}
	});
	it('of a chapter shows each of its recommendations in the outline', () => {
		const info = inspectPdf(fs.readFileSync(path.join(DIST, pdfUrl('governments'))));
		const outline = info.outline.map(squash);
		for (const r of recs.filter((x) => x.stakeholder === 'governments'))
			expect(outline, r.id).toContain(squash(r.title));
	});
});

/** Every kind of recommendation page (site.test.ts runs axe on all pages; this names them). */
const REC_PAGES = () => [
	'/recommendations/',
	...slugs.map((s) => `/recommendations/${s}/`),
	`/recommendations/${slugs.at(-1)}/young/`,
	...['POP-GOV-01', 'POP-TECH-03', 'POP-CYP-02'].map((id) => `/recommendations/${id}/`),
	'/recommendations/by/theme/access/',
	'/recommendations/by/gc25/views_of_child/',
	'/recommendations/evidence/',
	'/recommendations/evidence/child_helpline/',
	'/recommendations/report/',
	'/recommendations/sources/',
	'/recommendations/changelog/',
];

describe('recommendation pages', () => {
	it('have no axe violations (WCAG 2.2 A/AA)', async () => {
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		const failures: string[] = [];
		for (const p of REC_PAGES()) {
			const res = await page.goto(site.server.origin + p);
			expect(res?.status(), p).toBe(200);
			const result = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
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

	it('work with JavaScript off: matrix → recommendation → filter → chapter', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/recommendations/`);
		for (const r of recs)
			expect(
				await page.locator(`table.matrix a[href="/recommendations/${r.id}/"]`).count(),
				`${r.id} in the matrix`,
			).toBe(1);
		await Promise.all([
			page.waitForURL('**/recommendations/POP-GOV-03/'),
			page.locator('table.matrix a[href="/recommendations/POP-GOV-03/"]').click(),
		]);
		expect(await page.locator('h1').innerText()).toBe(
			recs.find((r) => r.id === 'POP-GOV-03')!.title,
		);
		// Every figure on the page is a number computed at build time.
		const figures = await page.locator('.rec__evidence data, .rec__evidence li').allInnerTexts();
		expect(figures.join(' ')).toMatch(/exists in \d+ of \d+ countries and territories/);
		await Promise.all([
			page.waitForURL('**/recommendations/by/theme/reporting/'),
			page.locator('.rec__tags a[href="/recommendations/by/theme/reporting/"]').click(),
		]);
		const listed = await page.locator('.rec-table a').allInnerTexts();
		expect(listed).toEqual(recs.filter((r) => r.theme === 'reporting').map((r) => r.id));
		await page.goto(`${site.server.origin}/recommendations/governments/`);
		expect(await page.locator('.rec-status').innerText()).toMatch(/draft/i);
		for (const r of recs.filter((x) => x.stakeholder === 'governments'))
			expect(await page.locator(`article#${r.id}`).count(), r.id).toBe(1);
		await ctx.close();
	});

	it('print without the site chrome, with the status and with link addresses', async () => {
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/recommendations/governments/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		expect(await page.locator('[data-quick-exit]').isVisible()).toBe(false);
		expect(await page.locator('.pdf-link').first().isVisible()).toBe(false);
		expect(await page.locator('.rec-status').isVisible()).toBe(true);
		const after = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(await after('.sources__list a[href^="http"]')).toMatch(/https?:\/\//);
		expect(await after('.chapter-body a[href^="/countries/"]')).toContain('/countries/');
		// Figure and id links are part of the sentence: no address after them.
		expect(await after('a.figure')).toBe('none');
		await ctx.close();
	});

	it('have a target for every in-page link', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		const missing: string[] = [];
		for (const p of [
			'/recommendations/report/',
			...slugs.map((s) => `/recommendations/${s}/`),
			...recs.map((r) => `/recommendations/${r.id}/`),
		]) {
			await page.goto(site.server.origin + p);
			const broken = await page.evaluate(() =>
				Array.from(document.querySelectorAll('a[href^="#"]'))
					.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
					.filter((id) => id && !document.getElementById(id)),
			);
			for (const id of broken) missing.push(`${p}#${id}`);
		}
		await ctx.close();
		expect(missing).toEqual([]);
	});
});
