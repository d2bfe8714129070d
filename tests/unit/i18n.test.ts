import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, dirOf, localizePath, stripLocale, langOfPath } from '../../src/i18n/languages';

const en = JSON.parse(fs.readFileSync('src/i18n/en.json', 'utf8')) as Record<string, string>;
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('UI dictionaries', () => {
	for (const lang of LANG_CODES) {
		it(`${lang} has every key of en.json, with the same placeholders, and no stray keys`, () => {
			const file = `src/i18n/${lang}.json`;
			expect(fs.existsSync(file), file).toBe(true);
			const d = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
			expect(Object.keys(en).filter((k) => !(k in d))).toEqual([]);
			expect(Object.keys(d).filter((k) => !(k in en))).toEqual([]);
			expect(
				Object.keys(en).filter(
					(k) => JSON.stringify(placeholders(en[k]!)) !== JSON.stringify(placeholders(d[k]!)),
				),
			).toEqual([]);
			expect(Object.values(d).filter((v) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
		});
		it(`${lang} has its prose pages`, () => {
			for (const page of fs.readdirSync('src/i18n/pages/en'))
				expect(fs.existsSync(`src/i18n/pages/${lang}/${page}`), `${lang}/${page}`).toBe(true);
		});
	}
});

describe('language routing helpers', () => {
	it('gives each language its direction from the explicit table', () => {
		expect(dirOf('ar')).toBe('rtl');
		expect(dirOf('fr')).toBe('ltr');
		expect(dirOf('en')).toBe('ltr');
	});
	it('adds and removes the language prefix; English has none', () => {
		expect(localizePath('fr', '/countries/ke/')).toBe('/fr/countries/ke/');
		expect(localizePath('en', '/fr/countries/ke/')).toBe('/countries/ke/');
		expect(localizePath('ar', '/')).toBe('/ar/');
		expect(stripLocale('/es/resources/ke/x/')).toBe('/resources/ke/x/');
		// A country folder is not a language: /resources/ar/... stays as it is.
		expect(stripLocale('/resources/ar/x/')).toBe('/resources/ar/x/');
		expect(langOfPath('/ar/countries/')).toBe('ar');
		expect(langOfPath('/countries/ar/')).toBe('en');
	});
});

describe('taxonomy labels in the dictionaries', () => {
	it('en.json has a term.<taxonomy>.<id> key for every taxonomy term and assessment criterion', async () => {
		const YAML = (await import('yaml')).default;
		const missing: string[] = [];
		for (const file of fs.readdirSync('data/taxonomies')) {
			const tax = YAML.parse(fs.readFileSync(`data/taxonomies/${file}`, 'utf8')) as {
				terms: { id: string }[];
			};
			for (const term of tax.terms)
				if (!en[`term.${file.replace('.yaml', '')}.${term.id}`]) missing.push(`${file}:${term.id}`);
		}
		const crit = YAML.parse(fs.readFileSync('data/assessment-criteria.yaml', 'utf8')) as {
			terms: { id: string }[];
		};
		for (const term of crit.terms)
			if (!en[`term.assessment-criteria.${term.id}`])
				missing.push(`assessment-criteria:${term.id}`);
		expect(missing).toEqual([]);
	});
});

describe('localised links', async () => {
	const { localizeHref, localizeHtml } = await import('../../src/site/localize-links');
	it('prefixes page links and leaves shared files alone', () => {
		expect(localizeHref('fr', '/countries/ke/')).toBe('/fr/countries/ke/');
		expect(localizeHref('ar', '/')).toBe('/ar/');
		expect(localizeHref('fr', '/_astro/index.css')).toBe('/_astro/index.css');
		expect(localizeHref('fr', '/resources/index.json')).toBe('/resources/index.json');
		expect(localizeHref('fr', '/pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
		expect(localizeHref('fr', '/fr/countries/')).toBe('/fr/countries/');
		expect(localizeHref('fr', 'https://example.org/')).toBe('https://example.org/');
		expect(localizeHref('en', '/countries/')).toBe('/countries/');
	});
	it('rewrites a, form and link tags but not language-switcher links', () => {
		const html =
			'<a href="/countries/">x</a><a href="/countries/" hreflang="en" data-lang-link>en</a><form action="/resources/"></form><link rel="stylesheet" href="/_astro/a.css">';
		expect(localizeHtml('es', html)).toBe(
			'<a href="/es/countries/">x</a><a href="/countries/" hreflang="en" data-lang-link>en</a><form action="/es/resources/"></form><link rel="stylesheet" href="/_astro/a.css">',
		);
	});
});
