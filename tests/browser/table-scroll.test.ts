/**
 * A table's scroll box is a tab stop only while its table is wider than the box (src/client/site.ts,
 * part 5): on a wide screen a keyboard reader does not stop on tables that fit; on a narrow one the
 * boxes that scroll take focus, so the arrow keys can scroll them (axe scrollable-region-focusable);
 * a resize checks again; without JavaScript every box stays a tab stop.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser';

const site = useBuiltSite('countries/gb/index.html');
const PAGE = '/countries/gb/';

/** Each box on the page: does its table scroll, and is the box a tab stop? */
const boxes = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.table-scroll')].map((b) => ({
			scrolls: b.scrollWidth > b.clientWidth + 1,
			stop: b.getAttribute('tabindex') === '0',
		})),
	);
/** Lets the resize observer's callbacks run. */
const settle = (page: Page) =>
	page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
	);

describe('table scroll boxes', () => {
	it('are tab stops exactly when they scroll, and follow a resize', async () => {
		const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		await page.goto(site.server.origin + PAGE);
		await settle(page);
		const wide = await boxes(page);
		expect(wide.length).toBeGreaterThan(0);
		expect(wide.every((b) => !b.scrolls && !b.stop)).toBe(true);
		await page.setViewportSize({ width: 360, height: 800 });
		await settle(page);
		const narrow = await boxes(page);
		expect(narrow.some((b) => b.scrolls)).toBe(true);
		for (const b of narrow) expect(b.stop).toBe(b.scrolls);
		await ctx.close();
	});
	it('stay tab stops without JavaScript', async () => {
		const ctx = await site.browser.newContext({
			viewport: { width: 1280, height: 900 },
			javaScriptEnabled: false,
		});
		const page = await ctx.newPage();
		await page.goto(site.server.origin + PAGE);
		const all = await boxes(page);
		expect(all.length).toBeGreaterThan(0);
		expect(all.every((b) => b.stop)).toBe(true);
		await ctx.close();
	});
});
