/**
 * Which built pages the browser tests visit. Every template is covered: templates with few pages
 * are checked page by page; templates with many (a page per record, country, organisation or
 * directory facet) are checked on a fixed sample that always includes the largest page, so the
 * suite stays within CI time as the dataset grows. POP_A11Y_ALL=1 checks every page;
 * POP_PAGES=<file> checks only the pages listed there (a pull request's quick check: the pages its
 * changes touch, from `npm run touched-pages`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listHtml } from '../../scripts/lib/checks';
import { LANG_CODES } from '../../src/i18n/languages';

export interface SitePage {
	path: string;
	template: string;
	lang: string;
	bytes: number;
}

/** The route a page comes from, e.g. /fr/resources/ke/x/ → "fr /resources/[scope]/[slug]/". */
export function templateOf(p: string): { lang: string; template: string } {
	const parts = p.split('/').filter(Boolean);
	const lang =
		parts[0] && LANG_CODES.includes(parts[0] as never) && parts[0] !== 'en' ? parts.shift()! : 'en';
	const [a, b, c] = parts;
	let template = `/${parts.join('/')}/`.replace('//', '/');
	if (a === 'resources' && parts.length === 3 && /^([a-z]{2}|global|regional)$/.test(b!))
		template = '/resources/[scope]/[slug]/';
	else if (a === 'resources' && b === 'facet') template = '/resources/facet/[facet]/[value]/';
	else if (a === 'resources' && b === 'page') template = '/resources/page/[n]/';
	else if (a === 'countries' && b && c === 'brief') template = '/countries/[cc]/brief/';
	else if (a === 'countries' && b) template = '/countries/[cc]/';
	else if (a === 'organizations' && b) template = '/organizations/[slug]/';
	else if (a === 'embed' && b) template = '/embed/[cc]/';
	else if (a === 'map' && b) template = '/map/[indicator]/';
	else if (a === 'practices' && b) template = '/practices/[slug]/';
	else if (a === 'recommendations' && b && /^POP-/.test(b)) template = '/recommendations/[id]/';
	else if (a === 'recommendations' && b && c)
		template = `/recommendations/[x]/${c === 'young' ? 'young' : '[y]'}/`;
	return { lang, template };
}

export function sitePages(dist: string): SitePage[] {
	return listHtml(dist).map((f) => {
		const p = `/${path.relative(dist, f).split(path.sep).join('/')}`.replace(/index\.html$/, '');
		return { path: p, ...templateOf(p), bytes: fs.statSync(f).size };
	});
}

const stable = (s: string) => crypto.createHash('sha1').update(s).digest('hex');

/** The pages POP_PAGES lists (one site path per line), or undefined when it is not set. */
export function listedPages(
	file: string | undefined = process.env.POP_PAGES,
): string[] | undefined {
	if (!file) return undefined;
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

/** Pages to check: per language and template, all if few, else a fixed sample plus the largest. */
export function samplePages(
	pages: SitePage[],
	perTemplate = Number(process.env.POP_A11Y_SAMPLE ?? 12),
	langs?: string[],
): SitePage[] {
	if (process.env.POP_A11Y_ALL === '1') return pages;
	const groups = new Map<string, SitePage[]>();
	for (const p of pages) {
		if (langs && !langs.includes(p.lang)) continue;
		const k = `${p.lang} ${p.template}`;
		groups.set(k, [...(groups.get(k) ?? []), p]);
	}
	const out: SitePage[] = [];
	for (const list of groups.values()) {
		if (list.length <= perTemplate) {
			out.push(...list);
			continue;
		}
		const largest = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		const rest = list
			.filter((p) => p !== largest)
			.sort((a, b) => stable(a.path).localeCompare(stable(b.path)));
		out.push(largest, ...rest.slice(0, perTemplate - 1));
	}
	return out;
}
