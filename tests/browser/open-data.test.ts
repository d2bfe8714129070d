/**
 * The open-data page and the embeddable widget in a browser:
 * - the snippet copied from /data/ works in a partner's page on another origin, with JavaScript
 *   off, inside its sandbox: the help box shows, links to services open in a new tab, and nothing
 *   is requested from any third origin;
 * - every download listed on /data/ is served.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve } from './browser';

import { OUT_DIR as DIST } from '../../src/site/site';
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let partner: http.Server;
let partnerOrigin = '';
let hostHtml = '';

beforeAll(async () => {
	if (!fs.existsSync(`${DIST}/data/index.html`))
		throw new Error(`${DIST}/ is missing: run \`npm run build\` first`);
	browser = await launch();
	site = await serve(DIST);
	// A partner's site: another origin, no CSP of ours, one page with the snippet.
	partner = http.createServer((_req, res) =>
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostHtml),
	);
	await new Promise<void>((r) => partner.listen(0, '127.0.0.1', r));
	partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await new Promise<void>((r) => partner?.close(() => r()));
});

describe('embeddable help widget', () => {
	it('the snippet from /data/ shows the help box in a partner page, without scripts, tracking or third-party requests', async () => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${site.origin}/data/`);
		const snippet = (await page.locator('#embed-snippet').inputValue()).trim();
		expect(snippet).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/[a-z]{2}\/" title="[^"]+"/);
		expect(snippet).toContain('sandbox="');
		expect(snippet).not.toContain('allow-scripts');
		// The same snippet, pointing at the test server instead of the public site.
		hostHtml = `<!doctype html><html lang="en"><title>Partner</title><h1>Partner site</h1>${snippet.replace(/src="https:\/\/[^/]+/, `src="${site.origin}`)}</html>`;

		const requests: string[] = [];
		ctx.on('request', (r) => requests.push(r.url()));
		await page.goto(`${partnerOrigin}/`);
		const frame = page.frameLocator('iframe');
		await expect.poll(() => frame.locator('h1').textContent()).toMatch(/^Get help now: /);
		const embedHtml = await (await fetch(`${site.origin}/embed/ke/`)).text();
		expect(embedHtml).not.toMatch(/<script/i);
		expect(embedHtml).toContain('http-equiv="Content-Security-Policy"');
		// Calls stay calls; links to services leave the frame in a new tab.
		const hrefs = await frame
			.locator('a')
			.evaluateAll((as) =>
				as.map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target') })),
			);
		expect(hrefs.some((h) => h.href.startsWith('tel:'))).toBe(true);
		for (const h of hrefs.filter(
			(x) =>
				!x.href.startsWith('tel:') && !x.href.startsWith('sms:') && !x.href.startsWith('mailto:'),
		))
			expect(h.target, h.href).toBe('_blank');
		// The stylesheet loaded inside the sandbox (the box is styled, not bare HTML).
		const bg = await frame
			.locator('.contact__action')
			.first()
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(bg).not.toBe('rgba(0, 0, 0, 0)');
		expect(
			requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith(partnerOrigin)),
		).toEqual([]);
		// No cookies or storage from the widget.
		expect(await ctx.cookies()).toEqual([]);
		await ctx.close();
	});
});

describe('accessibility', () => {
	it('axe finds no WCAG 2.2 A/AA violation on /data/ and on every embed page', async () => {
		const embeds = fs.readdirSync(`${DIST}/embed`).map((cc) => `/embed/${cc}/`);
		expect(embeds.length).toBeGreaterThan(200);
		const ctx = await browser.newContext();
		const failures: string[] = [];
		const queue = ['/data/', ...embeds];
		const worker = async () => {
			const page = await ctx.newPage();
			for (let p = queue.shift(); p; p = queue.shift()) {
				await page.goto(site.origin + p);
				const result = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				for (const v of result.violations)
					failures.push(
						`${p}: ${v.id} ${v.help} — ${v.nodes
							.slice(0, 2)
							.map((n) => n.target.join(' '))
							.join(' | ')}`,
					);
			}
			await page.close();
		};
		await Promise.all([worker(), worker()]);
		await ctx.close();
		expect(failures.slice(0, 20)).toEqual([]);
	});
});

describe('downloads page', () => {
	it('every file it links to is served, and the counts it shows are those in the files', async () => {
		const ctx = await browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${site.origin}/data/`);
		const links = await page
			.locator(
				['downloads', 'api', 'schemas', 'feeds']
					.map((id) => `section[aria-labelledby="${id}"] a`)
					.join(', '),
			)
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links.length).toBeGreaterThan(15);
		for (const href of links) expect((await fetch(site.origin + href)).status, href).toBe(200);
		const records = JSON.parse(await (await fetch(`${site.origin}/data/records.json`)).text()) as {
			count: number;
		};
		const row = await page
			.locator('section[aria-labelledby="downloads"] tbody tr', { hasText: '/data/records.csv' })
			.textContent();
		expect(row).toContain(`${new Intl.NumberFormat('en').format(records.count)} records`);
		await ctx.close();
	});
});
