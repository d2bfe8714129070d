/**
 * The find-help journey and search, in a real browser on the built site:
 * - keyboard only, home → a country → its child helpline's call link, with and without JavaScript;
 * - every record is found by a search for its name.
 */
import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate/index';
import { useBuiltSite } from './browser';

const site = useBuiltSite();

const records = validateRepository().resources;
/** A country with an active child helpline that has a dialable channel, to walk to. */
const target = (() => {
	const r =
		records.find((e) => e.id.startsWith('ke/') && e.data.resource_type === 'child_helpline') ??
		records.find(
			(e) =>
				e.data.resource_type === 'child_helpline' &&
				/^[a-z]{2}\//.test(e.id) &&
				e.data.channels.some((c) => c.type === 'short_code'),
		)!;
	return { cc: r.id.split('/')[0]!, record: r };
})();

for (const javaScriptEnabled of [true, false]) {
	describe(`keyboard journey with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		it('goes from home to a country to a helpline call link using only the keyboard', async () => {
			const ctx = await site.browser.newContext({ javaScriptEnabled });
			const page = await ctx.newPage();
			await page.goto(`${site.server.origin}/`);
			const name = (await page.textContent(
				`[data-country="${target.cc.toUpperCase()}"] a`,
			))!.trim();
			const letter = name.normalize('NFD')[0]!.toUpperCase();
			const focusText = () =>
				page.evaluate(
					() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '',
				);
			const focusHref = () =>
				page.evaluate(
					() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
				);
			// 1. Tab to the letter of the country and follow it.
			let steps = 0;
			while ((await focusText()) !== letter && steps++ < 80) await page.keyboard.press('Tab');
			expect(await focusText()).toBe(letter);
			await page.keyboard.press('Enter');
			// 2. Tab from the letter's heading to the country link and follow it.
			steps = 0;
			while ((await focusText()) !== name && steps++ < 80) await page.keyboard.press('Tab');
			expect(await focusText()).toBe(name);
			await Promise.all([
				page.waitForURL(`**/countries/${target.cc}/`),
				page.keyboard.press('Enter'),
			]);
			// 3. Tab to the first call link of the help-now block.
			steps = 0;
			while (!(await focusHref()).startsWith('tel:') && steps++ < 40)
				await page.keyboard.press('Tab');
			const href = await focusHref();
			expect(href).toMatch(/^tel:\+?[0-9]+$/);
			const digits = target.record.data.channels
				.filter((c) => c.value)
				.map((c) => c.value!.replace(/[^0-9+]/g, ''));
			expect(digits).toContain(href.slice(4));
			await ctx.close();
		});
	});
}

describe('search', () => {
	it('finds every record by its name', async () => {
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/search/`);
		const names = records.map((r) => ({ name: r.data.name, url: `/resources/${r.id}/` }));
		// A string, so the test runner does not rewrite the browser-side dynamic import. Pagefind is
		// reset before each query, as for a reader's first search: index chunks loaded by earlier
		// queries would otherwise hide a chunk-loading fault (seen with Pagefind 1.4).
		const missing = await page.evaluate<string[]>(`(async (list) => {
			const pf = await import('/pagefind/pagefind.js');
			const out = [];
			for (const { name, url } of list) {
				await pf.destroy();
				await pf.init();
				const res = await pf.search(name);
				const urls = await Promise.all(res.results.slice(0, 30).map((r) => r.data().then((d) => d.url)));
				if (!urls.includes(url)) out.push(name + ' (' + url + ')');
			}
			return out;
		})(${JSON.stringify(names)})`);
		expect(missing).toEqual([]);
		await ctx.close();
	});

	/** A number of 8+ digits that only one record has, and that record. */
	const uniqueNumber = () => {
		const counts = new Map<string, number>();
		const digits = (v: string) => v.replace(/[^0-9]/g, '');
		for (const r of records)
			for (const c of r.data.channels)
				if (c.value && digits(c.value).length >= 8)
					counts.set(digits(c.value), (counts.get(digits(c.value)) ?? 0) + 1);
		const withUnique = records.find((r) =>
			r.data.channels.some((c) => c.value && counts.get(digits(c.value)) === 1),
		)!;
		return {
			withUnique,
			value: withUnique.data.channels.find((c) => c.value && counts.get(digits(c.value)) === 1)!
				.value!,
		};
	};
	it('finds a record by a full phone number typed without spaces, in the search page', async () => {
		const { withUnique, value } = uniqueNumber();
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/search/`);
		await page.fill('#q', value.replace(/[^0-9+]/g, ''));
		await page.waitForFunction(
			() => document.querySelectorAll('[data-results] li').length > 0,
			undefined,
			{ timeout: 10_000 },
		);
		const urls = await page.$$eval('[data-results] a', (as) =>
			as.map((a) => a.getAttribute('href')),
		);
		expect(urls).toContain(`/resources/${withUnique.id}/`);
		// The query is not written to the address bar.
		expect(page.url()).toBe(`${site.server.origin}/search/`);
		await ctx.close();
	});

	it('loads results five at a time; "More results" adds the next five and moves focus to the first of them', async () => {
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/search/`);
		await page.fill('#q', 'helpline');
		await page.waitForFunction(
			() => document.querySelectorAll('[data-results] li').length > 0,
			undefined,
			{ timeout: 10_000 },
		);
		expect(await page.locator('[data-results] li').count()).toBe(5);
		const total = Number((await page.locator('[data-status]').textContent())!.match(/\d+/)![0]);
		expect(total).toBeGreaterThan(10);
		const more = page.locator('[data-more]');
		await expect.poll(() => more.isVisible()).toBe(true);
		await more.click();
		await page.waitForFunction(
			() => document.querySelectorAll('[data-results] li').length === 10,
			undefined,
			{ timeout: 10_000 },
		);
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toBe(
			await page.locator('[data-results] li').nth(5).locator('a').getAttribute('href'),
		);
		// A query with fewer results than a page (a number one record has) has no button.
		await page.fill('#q', uniqueNumber().value.replace(/[^0-9+]/g, ''));
		await page.waitForFunction(
			() =>
				document.querySelectorAll('[data-results] li').length > 0 &&
				document.querySelectorAll('[data-results] li').length < 5,
			undefined,
			{ timeout: 10_000 },
		);
		expect(await more.isVisible()).toBe(false);
		await ctx.close();
	});
});
