/**
 * No untranslated interface string on the pages in every other interface language: every English UI
 * string of four words or more that has its own translation must not appear on a page of each
 * template in another language. Record text written in English is marked lang="en" and skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages';
import YAML from 'yaml';
import { samplePages, sitePages } from './pages';

import { OUT_DIR as DIST } from '../../src/site/site';
const en = JSON.parse(fs.readFileSync('src/i18n/en.json', 'utf8')) as Record<string, string>;

/** The page without the elements marked lang="en", each removed up to its own closing tag. */
function withoutEnglish(html: string): string {
	const open = /<(\w+)\b[^>]*\slang="en"[^>]*>/i;
	for (let m = open.exec(html); m; m = open.exec(html)) {
		const tag = m[1]!.toLowerCase();
		const same = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
		same.lastIndex = m.index + m[0].length;
		let depth = 1;
		let end = html.length;
		for (let t = same.exec(html); t; t = same.exec(html)) {
			depth += t[1] ? -1 : 1;
			if (depth === 0) {
				end = t.index + t[0].length;
				break;
			}
		}
		html = `${html.slice(0, m.index)} ${html.slice(end)}`;
	}
	return html;
}

/** Visible text of a page, without scripts, styles and elements marked as English content. */
function visibleText(html: string): string {
	return withoutEnglish(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' '))
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}

describe('translated pages', () => {
	for (const lang of LANG_CODES.filter((l) => l !== 'en')) {
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

/** The text as Astro writes it into HTML. */
const escapeHtml = (t: string) =>
	t
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');

describe('record text in English on other languages’ pages', () => {
	// WCAG 3.1.2 (language of parts): a screen reader reads English words with English rules, and
	// an English line keeps its own direction on an Arabic page.
	it('marks every channel note, expectation, alert and note of a record lang="en"', () => {
		const texts: { page: string; text: string }[] = [];
		const walk = (dir: string) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const p = path.join(dir, e.name);
				if (e.isDirectory()) walk(p);
				else if (p.endsWith('.yaml')) {
					const id = path.relative('content/resources', p).replace(/\.yaml$/, '');
					const r = YAML.parse(fs.readFileSync(p, 'utf8')) as {
						notes?: string;
						what_to_expect?: string;
						alert?: string;
						channels?: { note?: string }[];
					};
					const own = [
						r.notes,
						r.what_to_expect,
						r.alert,
						...(r.channels ?? []).map((c) => c.note),
					];
					for (const text of own) if (text) texts.push({ page: `/ar/resources/${id}/`, text });
				}
			}
		};
		walk('content/resources');
		expect(texts.length).toBeGreaterThan(50);
		const unmarked = texts.filter(({ page, text }) => {
			const html = fs.readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
			return (
				!html.includes(escapeHtml(text)) ||
				!new RegExp(
					`lang="en"[^>]*>${escapeHtml(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
				).test(html)
			);
		});
		expect(unmarked.slice(0, 10)).toEqual([]);
	});
});
