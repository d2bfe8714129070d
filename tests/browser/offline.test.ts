/**
 * Offline, on request: save a country, go offline, open its page and a record, search, see the
 * offline state; remove saved pages and find the caches empty; after a new build that changes a
 * number, the new number is served once online, and saved again for the next time offline.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve } from './browser';

import { OUT_DIR as DIST } from '../../src/site/site';
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let site: string;

/** The pack to save: the country with the most records. */
function pickPack(): { cc: string; urls: string[] } {
	const dir = path.join(site, 'offline');
	const packs = fs
		.readdirSync(dir)
		.filter((f) => /^[a-z]{2}\.json$/.test(f))
		.map(
			(f) =>
				JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { pack: string; urls: string[] },
		);
	packs.sort((a, b) => b.urls.length - a.urls.length);
	return { cc: packs[0]!.pack, urls: packs[0]!.urls };
}

beforeAll(async () => {
	if (!fs.existsSync(`${DIST}/sw.js`))
		throw new Error(`${DIST}/sw.js is missing: run \`npm run build\` first`);
	// A private copy of the site, so the test can "rebuild" it by changing files.
	site = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-offline-'));
	fs.cpSync(DIST, site, { recursive: true });
	browser = await launch();
	server = await serve(site);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	fs.rmSync(site, { recursive: true, force: true });
});

const cacheCount = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('pop-')).length);

async function saveCountry(ctx: BrowserContext, cc: string, withSearch: boolean): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(`${server.origin}/countries/${cc}/`);
	expect(await cacheCount(page)).toBe(0); // nothing is saved before the reader asks
	if (withSearch) await page.check('[data-offline-search]');
	await page.click('[data-offline-save]');
	await page.waitForFunction(
		() => document.querySelector('[data-offline]')?.getAttribute('data-state') === 'saved',
		undefined,
		{ timeout: 30_000 },
	);
	// Reload once so the page is controlled by the service worker.
	await page.reload();
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	return page;
}

describe('offline', () => {
	it('saves a country on request and serves its pages and search offline, then removes everything', async () => {
		const { cc, urls } = pickPack();
		// The record with the longest name in the pack: a distinctive query.
		const titleOf = (u: string) =>
			/<h1[^>]*>([^<]*)<\/h1>/.exec(
				fs.readFileSync(path.join(site, u, 'index.html'), 'utf8'),
			)?.[1] ?? '';
		const record = urls
			.filter((u) => u.startsWith('/resources/'))
			.sort((a, b) => titleOf(b).length - titleOf(a).length)[0]!;
		const ctx = await browser.newContext();
		const page = await saveCountry(ctx, cc, true);
		expect(await page.isVisible('#offline-state')).toBe(true);

		await ctx.setOffline(true);
		await page.goto(`${server.origin}/countries/${cc}/`);
		expect(await page.textContent('h1')).toBeTruthy();
		expect(await page.isVisible('#offline-state')).toBe(true);
		expect(await page.textContent('#offline-state')).toContain('offline');
		await page.goto(server.origin + record);
		const name = (await page.textContent('h1'))!.trim();
		expect(name.length).toBeGreaterThan(0);
		// Search works offline: the index was saved too.
		await page.goto(`${server.origin}/search/`);
		await page.fill('#q', name);
		await page.waitForFunction(
			() => document.querySelectorAll('[data-results] li').length > 0,
			undefined,
			{ timeout: 15_000 },
		);
		const hits = await page.$$eval('[data-results] a', (as) =>
			as.map((a) => a.getAttribute('href')),
		);
		expect(hits).toContain(record);
		// A page that was not saved is not available.
		const unsaved = await page.goto(`${server.origin}/countries/`).then(
			() => 'loaded',
			() => 'failed',
		);
		expect(unsaved).toBe('failed');

		await ctx.setOffline(false);
		await page.goto(`${server.origin}/safety/`);
		await page.click('[data-offline-remove]');
		await page.waitForFunction(
			() => document.querySelector('[data-offline]')?.getAttribute('data-state') === 'removed',
		);
		expect(await cacheCount(page)).toBe(0);
		expect(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
		).toBe(0);
		await ctx.close();
	});

	it('serves a changed number after a new build once online, and keeps the new one for offline', async () => {
		const { cc } = pickPack();
		const ctx = await browser.newContext();
		const page = await saveCountry(ctx, cc, false);
		const file = path.join(site, 'countries', cc, 'index.html');
		const before = fs.readFileSync(file, 'utf8');
		const number = /href="tel:([0-9+]+)"/.exec(before)![1]!;
		// "Rebuild": the number changes on the server.
		fs.writeFileSync(file, before.replaceAll(number, '1234567'));
		await page.goto(`${server.origin}/countries/${cc}/`);
		expect(await page.content()).toContain('tel:1234567');
		// Offline again: the saved copy was refreshed, so the new number is served.
		await ctx.setOffline(true);
		await page.goto(`${server.origin}/countries/${cc}/`);
		expect(await page.content()).toContain('tel:1234567');
		expect(await page.content()).not.toContain(`tel:${number}"`);
		fs.writeFileSync(file, before);
		await ctx.close();
	});
});
