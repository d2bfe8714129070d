/**
 * Young people's voices, good practice and the young readers' pages, on the built site (run
 * `npm run build` first):
 * - axe finds nothing on /voices/, /practices/, a practice page and every young readers' page, in
 *   every language;
 * - every quote on /voices/ is the source file's text exactly, with the file's notes (its caveats)
 *   beside it, and `lang` set when it is not in the page's language;
 * - a practice's outcome quotes are its file's words exactly, every practice is found by the
 *   search under the "Good practice" filter, and the index's groups work as a filter with
 *   JavaScript off;
 * - every English young readers' page reads at grade MAX_YOUNG_GRADE or below (Flesch–Kincaid, on
 *   the page's own text: quotes and their source lines are the sources' words, not ours), shows
 *   no framework or taxonomy code, and says what young people have reviewed, or that they have
 *   not reviewed anything yet.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, localizePath } from '../../src/i18n/languages';
import { chapterFiles, chapterSlug } from '../../src/validate/recommendations/check';
import { validateRepository } from '../../src/validate/index';
import { MAX_YOUNG_GRADE, readability } from '../../src/text/readability';
import { practiceUrl, PRACTICES_URL, VOICES_URL } from '../../src/site/youth-routes';
import { youngUrl } from '../../src/site/recommendation-routes';
import { useBuiltSite } from './browser';

const site = useBuiltSite('voices/index.html');
const content = validateRepository();
const slugs = chapterFiles().map(chapterSlug);
/** The practice with the most outcome quotes: the page with the most to check. */
const practice = [...content.practices].sort(
	(a, b) =>
		b.data.outcomes.filter((o) => o.quote).length - a.data.outcomes.filter((o) => o.quote).length ||
		a.id.localeCompare(b.id),
)[0]!;

const open = async (path: string, javaScriptEnabled = true) => {
	const ctx = await site.browser.newContext({ javaScriptEnabled });
	const page = await ctx.newPage();
	const res = await page.goto(site.server.origin + path);
	expect(res?.status(), path).toBe(200);
	return { ctx, page };
};

async function axe(page: Page, path: string): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return result.violations.map(
		(v) =>
			`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`,
	);
}

describe('accessibility', () => {
	it('axe finds nothing on the voices, practices, a practice and the young pages, in every language', async () => {
		const paths = [VOICES_URL, PRACTICES_URL, practiceUrl(practice.id), ...slugs.map(youngUrl)];
		const failures: string[] = [];
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		for (const lang of LANG_CODES)
			for (const p of paths) {
				const path = localizePath(lang, p);
				const res = await page.goto(site.server.origin + path);
				if (res?.status() !== 200) failures.push(`${path}: HTTP ${res?.status()}`);
				else failures.push(...(await axe(page, path)));
			}
		await ctx.close();
		expect(failures).toEqual([]);
	});
});

describe('voices', () => {
	const statements = content.voices.flatMap((f) => f.data.statements.map((s) => ({ s, f })));
	it('shows every statement exactly as its source file has it, with the file’s notes beside it, named by who said it and when', async () => {
		expect(statements.length).toBeGreaterThan(0);
		const { ctx, page } = await open(VOICES_URL, false);
		const shown = await page.$$eval('.voice', (figs) =>
			figs.map((f) => ({
				id: f.getAttribute('data-statement'),
				text: f.querySelector('blockquote > p')?.textContent,
				lang: f.querySelector('blockquote')?.getAttribute('lang'),
				note: f.querySelector('.voice__note span')?.textContent ?? null,
				name: f.getAttribute('aria-label'),
			})),
		);
		expect(shown.map((x) => x.id).sort()).toEqual(statements.map((x) => x.s.id).sort());
		for (const { s, f } of statements) {
			const on = shown.find((x) => x.id === s.id)!;
			expect(on.text, s.id).toBe(s.text);
			expect(on.lang ?? 'en', s.id).toBe(s.language);
			expect(on.note, s.id).toBe(f.data.source.note ?? null);
			// Each quote's group is named by who said it and when (a list of groups tells them apart).
			expect(on.name, s.id).toMatch(new RegExp(`, ${s.year}$`));
		}
		await ctx.close();
	});
	it('marks an English quote on a French page as English', async () => {
		const { ctx, page } = await open(localizePath('fr', VOICES_URL));
		const first = statements.find((x) => x.s.language === 'en')!;
		expect(
			await page.getAttribute(`.voice[data-statement="${first.s.id}"] blockquote`, 'lang'),
		).toBe('en');
		await ctx.close();
	});
});

describe('good practice', () => {
	it('shows each outcome quote of a practice exactly as its file has it, with its source', async () => {
		const { ctx, page } = await open(practiceUrl(practice.id), false);
		const quotes = await page.$$eval('.practice-quote q', (qs) => qs.map((q) => q.textContent));
		expect(quotes).toEqual(practice.data.outcomes.flatMap((o) => (o.quote ? [o.quote] : [])));
		const links = await page.$$eval('.practice-items a[rel="noreferrer"]', (as) =>
			as.map((a) => a.getAttribute('href')),
		);
		for (const o of practice.data.outcomes)
			expect(links).toContain(practice.data.sources[o.source]!.url);
		await ctx.close();
	});
	it('finds every practice by its title in the search, filtered as good practice', async () => {
		const ctx = await site.browser.newContext();
		const page = await ctx.newPage();
		await page.goto(`${site.server.origin}/search/`);
		const list = content.practices.map((p) => ({ name: p.data.title, url: practiceUrl(p.id) }));
		// A string, so the test runner does not rewrite the browser-side dynamic import.
		const missing = await page.evaluate<string[]>(`(async (list) => {
			const pf = await import('/pagefind/pagefind.js');
			const out = [];
			for (const { name, url } of list) {
				const res = await pf.search(name, { filters: { type: 'Good practice' } });
				const urls = await Promise.all(res.results.slice(0, 10).map((r) => r.data().then((d) => d.url)));
				if (!urls.includes(url)) out.push(name + ' (' + url + ')');
			}
			return out;
		})(${JSON.stringify(list)})`);
		expect(missing).toEqual([]);
		await ctx.close();
	});
	it('lists every practice under a kind and a region, and the filter links work without JavaScript', async () => {
		const { ctx, page } = await open(PRACTICES_URL, false);
		const byKind = await page.$$eval(
			'section[aria-labelledby="by-kind"] a[href^="/practices/"]',
			(as) => as.map((a) => a.getAttribute('href')),
		);
		expect(byKind.sort()).toEqual(content.practices.map((p) => practiceUrl(p.id)).sort());
		const link = page.locator('.practice-filter a').first();
		const target = (await link.getAttribute('href'))!;
		await link.click();
		expect(new URL(page.url()).hash).toBe(target);
		await expect(page.locator(target).isVisible()).resolves.toBe(true);
		await ctx.close();
	});
});

describe('young readers’ pages', () => {
	/**
	 * The page's main text, block by block: its paragraphs and list items, without the quotes and
	 * their source lines (the sources' words, not ours) and without lines that are only a link.
	 */
	const ownText = (page: Page) =>
		page.evaluate(() => {
			const young = document.querySelector('.young')!;
			for (const el of young.querySelectorAll('.voice')) el.remove();
			return [...young.querySelectorAll<HTMLElement>('p, li')]
				.filter((el) => !el.querySelector('p, li'))
				.filter((el) => {
					const links = [...el.querySelectorAll('a')].map((a) => a.innerText).join('');
					return el.innerText.replace(/[\s·]/g, '') !== links.replace(/\s/g, '');
				})
				.map((el) => el.innerText.trim())
				.filter(Boolean);
		});
	const reviewed = [
		...content.resources,
		...content.practices,
		...content.voices,
		...content.figures,
		...content.policy,
	].filter((e) => (e.data as { youth_review?: unknown[] }).youth_review?.length).length;

	for (const slug of slugs)
		it(`${youngUrl(slug)} reads at grade ${MAX_YOUNG_GRADE} or below, without codes, and says what young people checked`, async () => {
			const { ctx, page } = await open(youngUrl(slug), false);
			const body = await page.innerText('body');
			// Framework and taxonomy codes: MNR, GC25, BIK, CQS, ITU, capability codes (C11), GC25 measures (V.K), recommendation ids, term ids.
			const codes = body.match(
				/\b(?:MNR|GC ?25|BIK\+?|CQS|ITU)\b|\bC\d{1,2}\b|\b[IVX]+\.[A-Z]\b|\bPOP-[A-Z]+-\d{2}\b|\b[a-z0-9]+_[a-z0-9_]+\b/g,
			);
			expect(codes, slug).toBeNull();
			const blocks = await ownText(page);
			const r = readability(blocks);
			console.log(
				`${youngUrl(slug)}: Flesch–Kincaid ${r.fleschKincaid.toFixed(1)}, Coleman–Liau ${r.colemanLiau.toFixed(1)} (${r.words} words, ${r.sentences} sentences)`,
			);
			expect(r.words).toBeGreaterThan(100);
			expect(r.fleschKincaid, slug).toBeLessThanOrEqual(MAX_YOUNG_GRADE);
			const checked = await page.innerText('section[aria-labelledby="young-checked"]');
			if (reviewed === 0)
				expect(body).toContain('Young people have not checked any page or item on this site yet.');
			else expect(checked).toContain(`young people have checked ${reviewed} things`);
			await ctx.close();
		});
});
