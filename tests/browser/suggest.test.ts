/**
 * The suggest form on the built site, in a real browser:
 * - with JavaScript, in every language: the message composed from what the reader types is in the
 *   copy box, in the mailto: link and in the GitHub link, and following the e-mail link hands
 *   exactly that text to the mail program; nothing is stored;
 * - without JavaScript: the form itself goes to the mail program (a mailto: navigation whose body
 *   the intake reads back), or to the GitHub suggestion form; on a record page it carries the
 *   record;
 * - no request leaves the site until the reader presses a button (and then only that one);
 * - axe finds nothing on /suggest/ in every language, nor on a record and a country page with the
 *   form opened.
 * The mail program is never started: a mailto: navigation is only observed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, type Lang } from '../../src/i18n/languages';
import { composeSuggestion, parseSuggestion } from '../../src/model/suggestion';
import { EDITORS_EMAIL, NEW_ISSUE_URL } from '../../src/site/site';
import { validateRepository } from '../../src/validate/index';
import { useBuiltSite } from './browser';

const site = useBuiltSite('suggest/index.html');
const at = (lang: Lang, p: string) => (lang === 'en' ? p : `/${lang}${p}`);

/** A national record whose country has a child helpline: its page shows that help next to the form. */
const record = (() => {
	const all = validateRepository().resources;
	const helplineCountries = new Set(
		all
			.filter((r) => r.data.resource_type === 'child_helpline' && r.data.countries.length === 1)
			.map((r) => r.data.countries[0]),
	);
	const r = all.find(
		(e) =>
			/^[a-z]{2}\//.test(e.id) &&
			e.data.countries.length === 1 &&
			helplineCountries.has(e.data.countries[0]),
	)!;
	return { id: r.id, name: r.data.name, country: r.data.countries[0]! };
})();

/** A context that blocks and records every request to another origin (a mailto: is no request to an origin). */
async function guarded(javaScriptEnabled: boolean) {
	const ctx = await site.browser.newContext({ javaScriptEnabled });
	const offsite: string[] = [];
	await ctx.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(site.server.origin)) return route.continue();
		offsite.push(url);
		return route.fulfill({
			status: 200,
			contentType: 'text/html',
			body: '<title>elsewhere</title>',
		});
	});
	return { ctx, offsite };
}

/** The next mailto: navigation the page starts (the browser hands it to the mail program). */
function nextMailto(page: Page): Promise<string> {
	return new Promise((resolve) => {
		const seen = (req: { url: () => string }) => {
			if (!req.url().startsWith('mailto:')) return;
			page.off('request', seen);
			resolve(req.url());
		};
		page.on('request', seen);
	});
}

/** The address, subject and body of a mailto: link. */
function mailto(href: string) {
	const [to, query = ''] = href.slice('mailto:'.length).split('?');
	const q = Object.fromEntries(
		query.split('&').map((kv) => {
			const i = kv.indexOf('=');
			return [kv.slice(0, i), decodeURIComponent(kv.slice(i + 1))];
		}),
	);
	return { to, subject: q.subject ?? '', body: q.body ?? '', keys: Object.keys(q) };
}

const TEXT = 'The number does not answer.\nThe poster says 116 & the chat is new.';

async function fill(page: Page, scope = 'form[data-suggest-form]') {
	const form = page.locator(scope);
	if (await form.locator('[name=service]:not([type=hidden])').count()) {
		await form.locator('[name=service]').fill('Example Teen Chat');
		await form.locator('[name=missing]').check();
	}
	if (await form.locator('select[name=country]').count())
		await form.locator('select[name=country]').selectOption(record.country);
	await form.locator('[name=what]').fill(TEXT);
	await form.locator('[name=where]').fill('https://example.org/poster');
	await form.locator('[name=age]').selectOption('13-17');
}

async function axe(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
	);
}

describe('with JavaScript, in every language', () => {
	for (const lang of LANG_CODES) {
		it(`${lang}: composes the message into the copy box, the mailto: link and the GitHub link; the e-mail link hands it over`, async () => {
			const { ctx, offsite } = await guarded(true);
			await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: site.server.origin,
			});
			const page = await ctx.newPage();
			await page.goto(site.server.origin + at(lang, '/suggest/'));
			expect(await page.locator('[data-quick-exit]').first().isVisible()).toBe(true);
			await fill(page);
			const box = page.locator('[data-suggest-message]');
			const message = await box.inputValue();
			const parsed = parseSuggestion(message);
			expect(parsed.format).toBe('message');
			expect(parsed.fields).toMatchObject({
				service: 'Example Teen Chat',
				missing: true,
				country: record.country,
				where: 'https://example.org/poster',
				age: '13-17',
				lang,
				what: TEXT,
			});
			expect(message).toBe(
				composeSuggestion({
					...parsed.fields,
					countryName: message.match(/^Country: (.*) \(/m)?.[1],
				}).body,
			);

			const link = page.locator('a[data-suggest-mailto]');
			expect(await link.isVisible()).toBe(true);
			const m = mailto((await link.getAttribute('href'))!);
			expect(m.to).toBe(EDITORS_EMAIL);
			expect(m.keys).toEqual(['subject', 'body']);
			expect(m.body).toBe(message.replace(/\n/g, '\r\n'));
			expect(m.subject).toBe(
				`POP Atlas suggestion: missing service Example Teen Chat (${record.country})`,
			);

			const gh = new URL((await page.locator('a[data-suggest-github]').getAttribute('href'))!);
			expect(gh.origin + gh.pathname).toBe(NEW_ISSUE_URL);
			expect(gh.searchParams.get('template')).toBe('suggestion.yml');
			expect(gh.searchParams.get('title')).toBe(m.subject);
			expect(gh.searchParams.get('what')).toBe(TEXT);

			// Copy puts the same text on the clipboard and says so.
			await page.locator('[data-suggest-copy]').click();
			await expect
				.poll(() => page.locator('[data-suggest-status]').textContent())
				.toContain(EDITORS_EMAIL);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

			// Nothing typed is stored, and nothing has left the site.
			expect(
				await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
			).toEqual([0, 0, '']);
			expect(offsite).toEqual([]);

			const sent = nextMailto(page);
			await link.click({ noWaitAfter: true });
			expect(mailto(await sent).body).toBe(m.body);
			expect(offsite).toEqual([]);
			await ctx.close();
		});
	}

	it('the e-mail link asks for the text first when it is empty, and hands nothing over', async () => {
		const { ctx } = await guarded(true);
		const page = await ctx.newPage();
		let handed = false;
		page.on('request', (r) => (handed ||= r.url().startsWith('mailto:')));
		await page.goto(`${site.server.origin}/suggest/`);
		await page.locator('a[data-suggest-mailto]').click({ noWaitAfter: true });
		await page.waitForTimeout(300);
		expect(handed).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('what');
		await ctx.close();
	});

	it('a record page loads the form’s script only when the reader opens it, and the message names the record', async () => {
		const { ctx, offsite } = await guarded(true);
		const page = await ctx.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
		await page.goto(`${site.server.origin}/resources/${record.id}/`);
		expect(scripts).not.toContain('/js/suggest.js');
		await page.locator('#suggest summary').click();
		await page.locator('a[data-suggest-mailto]').waitFor({ state: 'visible' });
		expect(scripts).toContain('/js/suggest.js');
		await page.locator('#suggest [name=what]').fill('Wrong hours.');
		const m = mailto((await page.locator('a[data-suggest-mailto]').getAttribute('href'))!);
		expect(parseSuggestion(m.body).fields).toMatchObject({
			record: record.id,
			service: record.name,
			country: record.country,
			what: 'Wrong hours.',
		});
		expect(offsite).toEqual([]);
		await ctx.close();
	});
});

describe('without JavaScript', () => {
	it('the form goes to the mail program as name=value lines that the intake reads back', async () => {
		const { ctx, offsite } = await guarded(false);
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/fr/suggest/`);
		// The links that need the script stay hidden; the form's own buttons do the work.
		expect(await page.locator('a[data-suggest-mailto]').isVisible()).toBe(false);
		await fill(page);
		expect(await page.locator('[data-suggest-message]').inputValue()).toContain(
			'Page language: fr',
		);
		const sent = nextMailto(page);
		await page.locator('[data-suggest-nojs] button:not([formaction])').click({ noWaitAfter: true });
		const m = mailto(await sent);
		expect(m.to).toBe(EDITORS_EMAIL);
		expect(m.subject).toBe('POP Atlas suggestion');
		const back = parseSuggestion(m.body);
		expect(back.format).toBe('form');
		expect(back.fields).toMatchObject({
			service: 'Example Teen Chat',
			missing: true,
			country: record.country,
			where: 'https://example.org/poster',
			age: '13-17',
			lang: 'fr',
		});
		// Chromium turns "&" into a line break in this encoding; every word arrives.
		expect(back.fields.what).toMatch(
			/^The number does not answer\.\nThe poster says 116\s+the chat is new\.$/,
		);
		expect(offsite).toEqual([]);
		await ctx.close();
	});

	it('on a record page the form carries the record, and the page shows the country’s help next to it', async () => {
		const { ctx, offsite } = await guarded(false);
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/resources/${record.id}/`);
		await page.locator('#suggest summary').click();
		const help = page.locator('#suggest .suggest-safety');
		expect(await help.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(
			await help.locator(`a[href="/countries/${record.country.toLowerCase()}/#help-now"]`).count(),
		).toBe(1);
		await page.locator('#suggest [name=what]').fill('Wrong hours.');
		const sent = nextMailto(page);
		await page
			.locator('#suggest [data-suggest-nojs] button:not([formaction])')
			.click({ noWaitAfter: true });
		const m = mailto(await sent);
		expect(m.subject).toBe(`POP Atlas suggestion: ${record.name} (${record.id})`);
		expect(parseSuggestion(m.body).fields).toMatchObject({
			record: record.id,
			service: record.name,
			country: record.country,
			what: 'Wrong hours.',
		});
		expect(offsite).toEqual([]);
		await ctx.close();
	});

	it('"Open it on GitHub" fills in the suggestion form there, and is the only request that leaves', async () => {
		const { ctx, offsite } = await guarded(false);
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/suggest/`);
		await fill(page);
		expect(offsite).toEqual([]);
		await Promise.all([
			page.waitForURL((u) => u.href.startsWith(NEW_ISSUE_URL)),
			page.locator('[data-suggest-nojs] button[formaction]').click(),
		]);
		expect(offsite).toHaveLength(1);
		const url = new URL(offsite[0]!);
		expect(url.origin + url.pathname).toBe(NEW_ISSUE_URL);
		expect(Object.fromEntries(url.searchParams)).toMatchObject({
			template: 'suggestion.yml',
			service: 'Example Teen Chat',
			missing: 'yes',
			country: record.country,
			age: '13-17',
			what: TEXT.replace(/\n/g, '\r\n'),
		});
		await ctx.close();
	});
});

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
	const check = async (ctx: BrowserContext, path: string, open = false) => {
		const page = await ctx.newPage();
		await page.goto(site.server.origin + path);
		if (open) {
			await page.locator('#suggest summary').click();
			await page.locator('a[data-suggest-mailto]').waitFor({ state: 'visible' });
		}
		const v = await axe(page);
		await page.close();
		return v.map((x) => `${path}: ${x}`);
	};
	it('finds nothing on /suggest/ in every language, with and without JavaScript', async () => {
		const failures: string[] = [];
		for (const scripts of [true, false]) {
			// axe runs as a script, and hangs in a context with JavaScript turned off. The page as a
			// reader without JavaScript sees it: the site's scripts are not loaded (every script is a
			// file under /js/; the CSP allows no inline script).
			const ctx = await site.browser.newContext();
			if (!scripts) {
				await ctx.route('**/js/*.js', (route) => route.abort());
				const page = await ctx.newPage();
				await page.goto(`${site.server.origin}/suggest/`);
				expect(await page.locator('[data-suggest-nojs] button').first().isVisible()).toBe(true);
				expect(await page.locator('a[data-suggest-mailto]').isVisible()).toBe(false);
				await page.close();
			}
			for (const lang of LANG_CODES) failures.push(...(await check(ctx, at(lang, '/suggest/'))));
			await ctx.close();
		}
		expect(failures).toEqual([]);
	});
	it('finds nothing on a record page and a country page with the form open', async () => {
		const ctx = await site.browser.newContext();
		const failures = [
			...(await check(ctx, `/resources/${record.id}/`, true)),
			...(await check(ctx, `/ar/countries/${record.country.toLowerCase()}/`, true)),
		];
		await ctx.close();
		expect(failures).toEqual([]);
	});
});
