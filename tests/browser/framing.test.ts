/**
 * Another site framing POP Atlas: a country page must not display inside it (a fake number could
 * be drawn over it), while the embed widget must. With the host's headers (dist/_headers, as
 * Cloudflare Pages sends them) the browser refuses the frame; without headers (GitHub Pages, the
 * fallback) the page's script hides everything but a link to open it in full.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launch, serve } from './browser';

let browser: Awaited<ReturnType<typeof launch>>;
let withHeaders: Awaited<ReturnType<typeof serve>>;
let withoutHeaders: Awaited<ReturnType<typeof serve>>;
let attacker: http.Server;
let attackerOrigin: string;

beforeAll(async () => {
	if (!fs.existsSync(`${DIST}/_headers`))
		throw new Error(`${DIST}/_headers is missing: run \`npm run build\` first`);
	browser = await launch();
	withHeaders = await serve(DIST, 'host');
	withoutHeaders = await serve(DIST, 'none');
	// Another origin (another port) whose page frames whatever ?src= names.
	attacker = http.createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
		res
			.writeHead(200, { 'Content-Type': 'text/html' })
			.end(
				`<!doctype html><title>other site</title><iframe id="f" src="${src.replace(/"/g, '')}" width="800" height="600"></iframe>`,
			);
	});
	await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
	attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	await withHeaders?.close();
	await withoutHeaders?.close();
	await new Promise((r) => attacker?.close(r));
});

/** The framed page once it has loaded (or failed to). */
async function framed(page: Page, src: string): Promise<Frame> {
	await page.goto(`${attackerOrigin}/?src=${encodeURIComponent(src)}`);
	await page.waitForLoadState('load');
	const frame = page.frames().find((f) => f !== page.mainFrame());
	if (!frame) throw new Error('no frame');
	await frame.waitForLoadState('load').catch(() => undefined);
	return frame;
}

describe('framing by another site', () => {
	it('with the host headers: a country page does not display, the embed does', async () => {
		const ctx = await browser.newContext();
		const page = await ctx.newPage();
		const country = await framed(page, `${withHeaders.origin}/countries/gb/`);
		// Chromium replaces a refused frame with its error page.
		expect(country.url()).not.toContain('/countries/gb/');
		expect(await country.locator('text=Childline').count()).toBe(0);
		const embed = await framed(page, `${withHeaders.origin}/embed/gb/`);
		expect(embed.url()).toBe(`${withHeaders.origin}/embed/gb/`);
		await expect(embed.locator('h1').textContent()).resolves.toContain('Get help now');
		expect(await embed.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		await ctx.close();
	});
	it('without headers (GitHub Pages): the page hides itself and offers to open in full; the embed displays', async () => {
		const ctx = await browser.newContext();
		const page = await ctx.newPage();
		const country = await framed(page, `${withoutHeaders.origin}/countries/gb/`);
		await country.waitForSelector('.framed-notice');
		expect(await country.locator('.framed-notice').getAttribute('target')).toBe('_top');
		expect(
			await country
				.locator('a[href^="tel:"]')
				.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
		).toBe(0);
		const embed = await framed(page, `${withoutHeaders.origin}/embed/gb/`);
		expect(
			await embed
				.locator('a[href^="tel:"]')
				.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
		).toBeGreaterThan(0);
		await ctx.close();
	});
	it('the site framing itself still works (same origin)', async () => {
		const ctx = await browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${withHeaders.origin}/embed/gb/`);
		expect(await page.locator('h1').count()).toBe(1);
		await ctx.close();
	});
});
