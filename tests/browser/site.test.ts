/**
 * Browser tests on the built site (run `npm run build` first; `npm run test:browser` does).
 * - axe (WCAG 2.0/2.1/2.2 A and AA) on every built page;
 * - no request to any origin but the site's, on every page;
 * - quick exit by button (keyboard) and by Shift pressed three times, replacing the history;
 * - the find-help journey works with JavaScript off.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listHtml } from '../../scripts/lib/checks';
import { listedPages, samplePages, sitePages } from './pages';
import { EXIT_URL } from '../../src/site/site';
import { DIST, useBuiltSite } from './browser';

const site = useBuiltSite();

/** Every built page as a site path, e.g. /countries/ke/ (the embed widgets included). */
const allPages = () =>
	listHtml(DIST).map((f) =>
		`/${path.relative(DIST, f).replace(/\\/g, '/')}`.replace(/index\.html$/, ''),
	);

/** Opens a context that records every request leaving the site's origin and blocks it. */
async function guardedContext(
	opts: Parameters<Browser['newContext']>[0] = {},
): Promise<{ ctx: BrowserContext; offsite: string[] }> {
	const ctx = await site.browser.newContext(opts);
	const offsite: string[] = [];
	await ctx.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(site.server.origin) || url.startsWith('data:') || url.startsWith('blob:'))
			return route.continue();
		offsite.push(url);
		return route.fulfill({
			status: 200,
			contentType: 'text/html',
			body: '<!doctype html><title>elsewhere</title><p>elsewhere</p>',
		});
	});
	return { ctx, offsite };
}

describe('every page template, in every language', () => {
	it('has no axe violations (WCAG 2.2 A/AA) and requests nothing from another origin', async () => {
		const all = sitePages(DIST);
		const listed = listedPages();
		let pages: string[];
		if (listed) {
			// A pull request's quick check: the pages its changes touch. Every record page listed must
			// exist (the build check says so too); other listed pages may not (an organisation with one
			// service has no page of its own).
			const built = new Set(all.map((p) => p.path));
			pages = listed.filter((p) => built.has(p));
			expect(listed.filter((p) => p.includes('/resources/') && !built.has(p))).toEqual([]);
			console.log(`axe: ${pages.length} touched pages (${listed.length} listed in POP_PAGES)`);
			expect(pages.length).toBeGreaterThan(0);
		} else {
			pages = samplePages(all).map((p) => p.path);
			const templates = new Set(all.map((p) => `${p.lang} ${p.template}`));
			const covered = new Set(samplePages(all).map((p) => `${p.lang} ${p.template}`));
			expect([...templates].filter((t) => !covered.has(t))).toEqual([]);
			console.log(
				`axe: ${pages.length} of ${all.length} pages, ${templates.size} templates × languages`,
			);
			expect(pages.length).toBeGreaterThan(5);
		}
		const failures: string[] = [];
		const { ctx, offsite } = await guardedContext();
		// Two pages at a time: the machine has two cores.
		const queue = [...pages];
		const worker = async () => {
			const page = await ctx.newPage();
			for (let p = queue.shift(); p; p = queue.shift()) {
				const before = offsite.length;
				const res = await page.goto(site.server.origin + p, { waitUntil: 'load' });
				if (!res || (res.status() !== 200 && p !== '/404.html'))
					failures.push(`${p}: HTTP ${res?.status()}`);
				const result = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				for (const v of result.violations)
					failures.push(
						`${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`,
					);
				if (offsite.length > before)
					failures.push(`${p}: requested ${offsite.slice(before).join(', ')}`);
			}
			await page.close();
		};
		await Promise.all([worker(), worker()]);
		await ctx.close();
		expect(failures, failures.slice(0, 30).join('\n')).toEqual([]);
	});
});

describe('pages whose long parts are laid out only near the viewport', () => {
	// Charts and long tables carry content-visibility: auto and some sit in closed <details>, so
	// the sweep above sees them skipped. A reader who scrolls and opens them gets them laid out:
	// axe checks that state too (target size of short source links, scrollable regions).
	it('have no axe violations with every part laid out and every <details> open', async () => {
		const pages = ['/findings/', '/map/', '/ar/findings/'];
		expect(pages.filter((p) => !allPages().includes(p))).toEqual([]);
		const { ctx } = await guardedContext({
			bypassCSP: true,
			viewport: { width: 360, height: 800 },
		});
		const failures: string[] = [];
		try {
			const page = await ctx.newPage();
			for (const p of pages) {
				await page.goto(site.server.origin + p, { waitUntil: 'load' });
				await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
				const opened = await page.evaluate(() => {
					const all = [...document.querySelectorAll('details')];
					for (const d of all) d.open = true;
					return all.length;
				});
				// The findings' chart tables sit in closed <details>; the map's table does not.
				if (p.endsWith('/findings/')) expect(opened, `${p}: <details> opened`).toBeGreaterThan(0);
				const result = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				for (const v of result.violations)
					failures.push(
						`${p}: ${v.id} — ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`,
					);
				// Every link inside the tables was laid out and checked for its target size.
				const tableLinks = await page.locator('.table-scroll a').count();
				expect(tableLinks, `${p}: links in tables`).toBeGreaterThan(0);
				const inTables = await new AxeBuilder({ page })
					.include('.table-scroll')
					.withRules(['target-size'])
					.analyze();
				const checked = inTables.passes.find((r) => r.id === 'target-size')?.nodes.length ?? 0;
				expect(checked, `${p}: table links checked for target size`).toBeGreaterThanOrEqual(
					tableLinks,
				);
			}
		} finally {
			await ctx.close();
		}
		expect(failures, failures.join('\n')).toEqual([]);
	});
});

describe('quick exit', () => {
	const firstRecord = () =>
		allPages().find((p) => p.startsWith('/resources/') && p.split('/').length > 4)!;

	async function openFromHome(): Promise<{ page: Page; ctx: BrowserContext; offsite: string[] }> {
		const { ctx, offsite } = await guardedContext();
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/`);
		await page.goto(site.server.origin + firstRecord());
		return { page, ctx, offsite };
	}

	it('works from the keyboard: Tab to the button, Enter, and Back does not return', async () => {
		const { page, ctx } = await openFromHome();
		// Skip link first, then the site name, then the exit button.
		let focused = '';
		for (let i = 0; i < 5 && !focused.includes('Exit this page'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
		}
		expect(focused).toContain('Exit this page');
		await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Enter')]);
		expect(page.url()).toBe(EXIT_URL);
		await page.goBack().catch(() => undefined);
		// The record page was replaced in history: Back goes to the page before it.
		expect(page.url()).not.toContain('/resources/');
		await ctx.close();
	});

	it('works with Shift pressed three times', async () => {
		const { page, ctx } = await openFromHome();
		await Promise.all([
			page.waitForURL(EXIT_URL),
			(async () => {
				for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
			})(),
		]);
		expect(page.url()).toBe(EXIT_URL);
		await ctx.close();
	});

	it('is a plain link without JavaScript', async () => {
		const { ctx } = await guardedContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(site.server.origin + firstRecord());
		const href = await page.getAttribute('[data-quick-exit]', 'href');
		expect(href).toBe(EXIT_URL);
		await ctx.close();
	});
});
