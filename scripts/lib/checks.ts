/**
 * Checks of the built site (dist/), run by `npm run build` and by the tests: every valid record
 * has its page, pages carry the safety basics, nothing is loaded from another origin, and every
 * internal link resolves.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuildCheckResult {
	pages: number;
	problems: string[];
}

export function listHtml(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, ent.name);
			if (ent.isDirectory()) {
				if (ent.name !== 'pagefind') walk(p);
			} else if (ent.name.endsWith('.html')) out.push(p);
		}
	};
	walk(dir);
	return out.sort();
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Resolves a site path like /countries/ke/ to the file that serves it. */
function resolves(dist: string, href: string): boolean {
	const clean = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
	if (!clean) return true;
	const p = path.join(dist, clean);
	return fs.existsSync(p) && (fs.statSync(p).isFile() || fs.existsSync(path.join(p, 'index.html')));
}

/**
 * Every tel: and sms: link on a page: it must show its number in the same element
 * (`.contact__number`), the shown digits must be the dialled digits, and the link must be one the
 * data makes (a record's channel or an emergency number). A link that dials a cut-off prefix such
 * as tel:0800, or another number than it shows, fails the build.
 */
export function checkDialLinks(
	html: string,
	rel: string,
	knownLinks: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	for (const m of html.matchAll(
		/<a\b([^>]*)\shref="((?:tel|sms):[^"]*)"([^>]*)>([\s\S]*?)<\/a>/g,
	)) {
		const href = m[2]!;
		const shown = /class="contact__number"[^>]*>([^<]*)</.exec(m[4]!)?.[1];
		if (shown === undefined) problems.push(`${rel}: ${href} does not show the number it dials`);
		else {
			const text = shown.replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim();
			const dialled = href.replace(/^(tel|sms):/, '');
			const shownDigits = (text.startsWith('+') ? '+' : '') + text.replace(/[^0-9]/g, '');
			if (shownDigits !== dialled || !/^\+?[0-9 ().-]+$/.test(text))
				problems.push(`${rel}: ${href} dials ${dialled} but shows "${text}"`);
		}
		if (!knownLinks.has(href))
			problems.push(`${rel}: ${href} is not a number of any record or emergency-number file`);
	}
	return problems;
}

export function checkBuild(
	dist: string,
	recordIds: string[],
	knownLinks?: ReadonlySet<string>,
): BuildCheckResult {
	const problems: string[] = [];
	const pages = listHtml(dist);
	for (const id of recordIds) {
		if (!fs.existsSync(path.join(dist, 'resources', id, 'index.html')))
			problems.push(`record ${id} has no page at /resources/${id}/`);
	}
	const checkedLinks = new Set<string>();
	for (const file of pages) {
		const rel = path.relative(dist, file);
		const html = fs.readFileSync(file, 'utf8');
		if (!/<html lang="[a-z]{2,3}(-[A-Za-z]+)?" dir="(ltr|rtl)"/.test(html))
			problems.push(`${rel}: <html> lacks lang and dir`);
		if (!html.includes('http-equiv="Content-Security-Policy"'))
			problems.push(`${rel}: no Content-Security-Policy`);
		if (!html.includes('data-quick-exit') && !rel.startsWith('embed/'))
			problems.push(`${rel}: no quick exit`);
		if (knownLinks) problems.push(...checkDialLinks(html, rel, knownLinks));
		if (/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/i.test(html))
			problems.push(`${rel}: inline <script> (the CSP forbids it)`);
		if (/\sstyle="/i.test(html))
			problems.push(`${rel}: inline style attribute (the CSP forbids it)`);
		if (/<style[\s>]/i.test(html)) problems.push(`${rel}: inline <style> (the CSP forbids it)`);
		// Resources the browser fetches on its own must come from this site.
		for (const m of html.matchAll(
			/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/gi,
		)) {
			const tag = m[0];
			// <link rel="alternate"> (hreflang) names another page; it is not fetched.
			const fetched =
				m[1]!.toLowerCase() !== 'link' || !/\srel="(?:alternate|canonical)"/.test(tag);
			const url =
				attr(tag, 'src') ??
				(m[1]!.toLowerCase() === 'link' && fetched ? attr(tag, 'href') : undefined);
			if (url && /^(https?:)?\/\//i.test(url))
				problems.push(`${rel}: loads ${url} from another origin`);
		}
		for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
			const href = m[1]!.replace(/&amp;/g, '&');
			if (/^(javascript|data|vbscript):/i.test(href)) problems.push(`${rel}: unsafe link ${href}`);
			if (href.startsWith('/') && !href.startsWith('//') && !checkedLinks.has(href)) {
				checkedLinks.add(href);
				if (!resolves(dist, href)) problems.push(`${rel}: broken internal link ${href}`);
			}
		}
	}
	return { pages: pages.length, problems };
}
