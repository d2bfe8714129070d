/**
 * No untranslated interface string on the French, Spanish and Arabic pages: every English UI
 * string of four words or more that has its own translation must not appear on a page of each
 * template in another language. Record text written in English is marked lang="en" and skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePages, sitePages } from './pages';

import { OUT_DIR as DIST } from '../../src/site/site';
const en = JSON.parse(fs.readFileSync('src/i18n/en.json', 'utf8')) as Record<string, string>;

/** Visible text of a page, without scripts, styles and elements marked as English content. */
function visibleText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<(\w+)\b[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}

describe('translated pages', () => {
	for (const lang of ['fr', 'es', 'ar']) {
		it(`${lang}: no English interface string on a page of any template`, () => {
			const dict = JSON.parse(fs.readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<
				string,
				string
			>;
			// Strings with placeholders are checked by their longest fixed part.
			const needles = Object.entries(en)
				.filter(([k, v]) => dict[k] !== v)
				.map(([, v]) =>
					v
						.split(/\{\w+\}/)
						.sort((a, b) => b.length - a.length)[0]!
						.trim(),
				)
				.filter((v) => v.split(/\s+/).length >= 4);
			const pages = samplePages(sitePages(DIST), 3, [lang]);
			expect(pages.length).toBeGreaterThan(10);
			const found: string[] = [];
			for (const p of pages) {
				const text = visibleText(
					fs.readFileSync(
						path.join(DIST, p.path, p.path.endsWith('.html') ? '' : 'index.html'),
						'utf8',
					),
				);
				for (const n of needles) if (text.includes(n)) found.push(`${p.path}: "${n}"`);
			}
			expect(found.slice(0, 20)).toEqual([]);
		});
	}
});
