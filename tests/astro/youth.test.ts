/**
 * The components of young people's voices and youth reviews, rendered with Astro's container API
 * on the fixture repository's voice files (tests/fixtures/repo/content/voices/):
 * - a quote is in a <blockquote>, exactly as written, with `lang` when it is not the page's
 *   language, and the source's translation is marked as a translation;
 * - who said it, the year, how it was gathered, the source with its date and the file's notes
 *   (its caveats) are shown with every quote;
 * - "Reviewed by young people" shows when, who and what was checked, and nothing when there is
 *   no review.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Voice from '../../src/components/youth/Voice.astro';
import YouthReview from '../../src/components/youth/YouthReview.astro';
import { formatDate } from '../../src/text/format';
import { fixtureQuotes } from '../unit/helpers/youth';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const quotes = fixtureQuotes();
const quote = (id: string) => quotes.find((q) => q.statement.id === id)!;
/** HTML-escaped as Astro writes text. */
const escaped = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
const render = (id: string, lang: 'en' | 'fr' | 'ar' = 'en') =>
	container.renderToString(Voice, {
		props: { quote: quote(id), lang, anchor: true },
		locals: { lang },
	});

describe('a quote', () => {
	it('is a blockquote with the exact text, citing its source, without lang in its own language', async () => {
		const q = quote('example-helpline-report-1');
		const html = await render(q.statement.id);
		const bq = /<blockquote[^>]*>([\s\S]*?)<\/blockquote>/.exec(html)!;
		expect(bq[0]).toContain(`cite="${q.file.source.url}"`);
		expect(bq[0]).not.toMatch(/<blockquote[^>]*\slang=/);
		expect(bq[1]).toBe(`<p>${escaped(q.statement.text)}</p>`);
		expect(html).toContain(`id="${q.statement.id}"`);
	});
	it('carries lang when it is in another language, and the source’s translation is marked as such', async () => {
		const html = await render('example-helpline-report-2');
		expect(html).toMatch(/<blockquote[^>]*\slang="fr"/);
		expect(html).toContain('English translation given by the source:');
		expect(html).toContain('<span lang="en">I reported the account, and nothing happened.</span>');
		// On a French page the French quote needs no lang, and the English notes do.
		const fr = await render('example-helpline-report-2', 'fr');
		expect(fr).not.toMatch(/<blockquote[^>]*\slang=/);
		expect(fr).toContain(
			`<span lang="en">${escaped(quote('example-helpline-report-2').file.source.note!)}</span>`,
		);
	});
	it('says who said it (no more than the source), the year, how it was gathered and the dated source', async () => {
		const html = await render('example-helpline-report-1');
		expect(html).toContain('— <span>girl, 14</span>, Kenya, 2024');
		expect(html).toContain('Gathered by contacts with a helpline.');
		expect(html).toContain('Children who contacted the example helpline in 2024 (no number given)');
		expect(html).toContain(
			'<cite>Example helpline annual review</cite></a>, <span>Example Trust</span>, published June 2025',
		);
		const undated = await render('example-consultation-2');
		expect(undated).toContain('— <span>a boy (age not given)</span>, 2022');
		expect(undated).toContain(`undated, read on ${formatDate('2026-11-01', 'en')}`);
	});
	it("shows the file's note, which carries its caveats, verbatim with every quote", async () => {
		for (const id of ['example-helpline-report-1', 'example-helpline-report-2']) {
			const html = await render(id);
			expect(html).toContain('About this source:');
			expect(html).toContain(escaped(quote(id).file.source.note!));
			expect(html).toContain('composites, changed to protect identity');
		}
		expect(await render('example-consultation-1')).not.toContain('About this source:');
	});
	it('shows the youth review of its file', async () => {
		expect(await render('example-helpline-report-1')).toContain('Reviewed by young people');
		expect(await render('example-consultation-1')).not.toContain('Reviewed by young people');
	});
});

describe('reviewed by young people', () => {
	const reviews = quote('example-helpline-report-1').file.youth_review!;
	it('says when, which panel and organisation, what they checked and what changed', async () => {
		const html = await container.renderToString(YouthReview, { props: { reviews, lang: 'en' } });
		expect(html).toContain('Reviewed by young people');
		expect(html).toContain(`<time datetime="2026-10-01">${formatDate('2026-10-01', 'en')}</time>`);
		expect(html).toContain('<span>Example youth panel</span>, <span>Example Trust</span>');
		expect(html).toContain(
			'What they checked: <span>Whether the quotes are shown with their caveat.</span>',
		);
		expect(html).toContain('What changed: <span>The caveat is now shown with every quote.</span>');
	});
	it('in another language, marks the English data as English', async () => {
		const html = await container.renderToString(YouthReview, { props: { reviews, lang: 'ar' } });
		expect(html).toContain('راجعه شباب');
		expect(html).toContain('<span lang="en">Example youth panel</span>');
	});
	it('renders nothing without a review', async () => {
		const html = await container.renderToString(YouthReview, {
			props: { reviews: undefined, lang: 'en' },
		});
		expect(html.trim()).toBe('');
	});
});
