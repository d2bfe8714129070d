/** The quick check of a pull request: which pages a change touches, and the build without PDFs. */
import { describe, expect, it } from 'vitest';
import { touchedPages } from '../../scripts/lib/touched';
import { skippedSteps } from '../../scripts/lib/build/steps';
import { LANG_CODES } from '../../src/i18n/languages';

const records = [
	{ id: 'ke/childline-kenya-116', organization: 'ke-childline-kenya', countries: ['KE'] },
	{ id: 'ke/other', organization: 'ke-childline-kenya', countries: ['KE', 'UG'] },
	{ id: 'global/tool', organization: 'tool-org', countries: [], applies_in: ['FR'] },
	{ id: 'global/everywhere', organization: 'big-org', countries: [] },
];
const pagesOf = (files: string[], read?: (f: string) => string | undefined) => {
	const t = touchedPages(files, records, read);
	if (t.full) throw new Error(`expected a quick check, got full: ${t.reason}`);
	return t.pages;
};

describe('touchedPages', () => {
	it('a record: its page, its organisation and its countries (page, brief, embed), in every language', () => {
		const pages = pagesOf(['content/resources/ke/childline-kenya-116.yaml']);
		for (const p of [
			'/resources/ke/childline-kenya-116/',
			'/organizations/ke-childline-kenya/',
			'/countries/ke/',
			'/countries/ke/brief/',
		])
			for (const lang of LANG_CODES)
				expect(pages, `${lang} ${p}`).toContain(lang === 'en' ? p : `/${lang}${p}`);
		// The embed widget exists in English only.
		expect(pages).toContain('/embed/ke/');
		expect(pages).not.toContain('/fr/embed/ke/');
		expect(pages).not.toContain('/countries/ug/');
		expect(pages.filter((p) => p.includes('/resources/ke/other/'))).toEqual([]);
		expect(new Set(pages).size).toBe(pages.length);
	});

	it('a global record: the countries where it applies, or a sample of country pages', () => {
		expect(pagesOf(['content/resources/global/tool.yaml'])).toContain('/countries/fr/');
		const everywhere = pagesOf(['content/resources/global/everywhere.yaml']);
		expect(everywhere).toContain('/countries/gb/');
		expect(everywhere).toContain('/pt/countries/br/');
	});

	it('a deleted record: its country pages and the directory, which must no longer show it', () => {
		const pages = pagesOf(['content/resources/tz/gone.yaml']);
		expect(pages).toContain('/countries/tz/');
		expect(pages).toContain('/pt/resources/');
		expect(pages.some((p) => p.includes('/resources/tz/gone/'))).toBe(false);
		// A deleted global record showed on every country page: a sample of them stands in.
		expect(pagesOf(['content/resources/global/gone.yaml'])).toContain('/countries/gb/');
		expect(pagesOf(['content/organizations/nobody.yaml'])).toContain('/ar/resources/');
	});

	it('an organisation: the pages of every record it runs', () => {
		const pages = pagesOf(['content/organizations/ke-childline-kenya.yaml']);
		expect(pages).toContain('/resources/ke/other/');
		expect(pages).toContain('/countries/ug/');
	});

	it('emergency numbers, policy profiles and figures: the country pages they show on', () => {
		expect(pagesOf(['data/emergency-numbers/ke.yaml'])).toContain('/embed/ke/');
		expect(pagesOf(['data/emergency-numbers/ke.yaml'])).toContain('/es/countries/ke/');
		const policy = pagesOf(['data/policy/br.yaml']);
		expect(policy).toContain('/countries/br/brief/');
		expect(policy).toContain('/map/');
		const figures = pagesOf(
			['data/figures/x-2024.yaml'],
			() => 'scope: { level: country, country: NG }\n',
		);
		expect(figures).toContain('/findings/');
		expect(figures).toContain('/ar/countries/ng/');
	});

	it('anything else needs the full browser suite', () => {
		for (const f of [
			'src/components/HelpNow.astro',
			'package-lock.json',
			'data/taxonomies/channels.yaml',
			'content/recommendations/01-governments.mdx',
			'content/resources/ke/notes.txt',
		]) {
			const t = touchedPages(['content/resources/ke/other.yaml', f], records);
			expect(t.full, f).toBe(true);
			if (t.full) expect(t.reason).toContain(f);
		}
		expect(touchedPages([], records).full).toBe(true);
	});
});

describe('POP_SKIP_STEPS', () => {
	it('names build steps to leave out; a typo or a step the check needs is refused', () => {
		expect([...skippedSteps('pdfs')]).toEqual(['pdfs']);
		expect([...skippedSteps(' pdfs ')]).toEqual(['pdfs']);
		expect(skippedSteps(undefined).size).toBe(0);
		expect(() => skippedSteps('pdf')).toThrow(/names no build step: pdf/);
		// The check needs the sitemap, the offline packs and itself: only the PDFs can go.
		for (const step of ['check', 'sitemap', 'offline', 'search'])
			expect(() => skippedSteps(`pdfs,${step}`), step).toThrow(/can leave out only pdfs/);
	});
});
