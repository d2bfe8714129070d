/** Building the site in shards (POP_LANGS) and merging them (scripts/lib/shards.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLangs, LANG_CODES } from '../../src/i18n/languages';
import { shardSkips } from '../../scripts/lib/build/steps';
import { mergePagefindEntries, mergeShards, PAGEFIND_ENTRY } from '../../scripts/lib/shards';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pop-shards-'));
function site(files: Record<string, string>): string {
	const dir = tmp();
	for (const [rel, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}
const entry = (langs: Record<string, string>) =>
	JSON.stringify({
		version: '1.5.2',
		languages: Object.fromEntries(
			Object.entries(langs).map(([l, hash]) => [l, { hash, wasm: l, page_count: 3 }]),
		),
	});

describe('POP_LANGS', () => {
	it('names the languages a shard builds, in the site order; unset means every language', () => {
		expect(buildLangs(undefined)).toEqual(LANG_CODES);
		expect(buildLangs('')).toEqual(LANG_CODES);
		expect(buildLangs('ar, fr')).toEqual(['fr', 'ar']);
		expect(() => buildLangs('en,de')).toThrow(/de is not an interface language/);
	});
	it('leaves to the merge what needs every language; only the English shard prints the PDFs', () => {
		expect([...shardSkips(['en'], true)].sort()).toEqual(['check', 'offline', 'sitemap']);
		expect([...shardSkips(['fr', 'ar'], true)].sort()).toEqual([
			'check',
			'offline',
			'pdfs',
			'sitemap',
		]);
		expect(shardSkips(LANG_CODES, false).size).toBe(0);
	});
});

describe('mergeShards', () => {
	it('joins the pages of the shards, keeps files they share, and joins the search languages', () => {
		const en = site({
			'index.html': '<p>en',
			'countries/ke/index.html': 'ke',
			'data/records.json': '{"n":1}',
			[PAGEFIND_ENTRY]: entry({ en: 'en_1' }),
			'pagefind/index/en_1.pf_index': 'x',
			'pagefind/pagefind.js': 'js',
		});
		const other = site({
			'fr/index.html': '<p>fr',
			'ar/countries/ke/index.html': 'ke ar',
			'data/records.json': '{"n":1}',
			[PAGEFIND_ENTRY]: entry({ fr: 'fr_2', ar: 'ar_3' }),
			'pagefind/index/fr_2.pf_index': 'y',
			'pagefind/pagefind.js': 'js',
		});
		const out = path.join(tmp(), 'merged');
		const report = mergeShards(out, [en, other]);
		expect(report.conflicts).toEqual([]);
		expect(report.shared).toBe(2);
		expect(report.searchLanguages).toEqual(['ar', 'en', 'fr']);
		for (const f of [
			'index.html',
			'fr/index.html',
			'ar/countries/ke/index.html',
			'pagefind/index/fr_2.pf_index',
		])
			expect(fs.existsSync(path.join(out, f)), f).toBe(true);
		const merged = JSON.parse(fs.readFileSync(path.join(out, PAGEFIND_ENTRY), 'utf8')) as {
			languages: Record<string, { hash: string }>;
		};
		expect(merged.languages.ar!.hash).toBe('ar_3');
		expect(merged.languages.en!.hash).toBe('en_1');
	});

	it('reports a file two shards wrote differently, and refuses a language indexed twice', () => {
		const a = site({ 'index.html': 'a', 'data/records.json': '{"n":1}' });
		const b = site({
			'fr/index.html': 'b',
			'data/records.json': '{"n":2}',
			[PAGEFIND_ENTRY]: entry({ fr: 'fr_2' }),
		});
		const report = mergeShards(path.join(tmp(), 'm'), [a, b]);
		expect(report.conflicts).toHaveLength(1);
		expect(report.conflicts[0]).toContain('data/records.json');
		expect(() =>
			mergePagefindEntries([
				JSON.parse(entry({ en: 'en_1' })) as never,
				JSON.parse(entry({ en: 'en_9' })) as never,
			]),
		).toThrow(/indexed the language en/);
	});

	it('writes a new site only, from built shards only', () => {
		const a = site({ 'index.html': 'a' });
		expect(() => mergeShards(a, [a, a])).toThrow(/not empty/);
		expect(() => mergeShards(path.join(tmp(), 'x'), [a, tmp()])).toThrow(/not a built shard/);
	});
});
