/**
 * Rewrites the internal links of a page rendered in another language so they stay in that
 * language: href="/countries/ke/" → href="/fr/countries/ke/". Files (assets, downloads, the API,
 * the search index) are shared by every language and are left alone, and so are links that name
 * their own language (hreflang, data-lang-link: the language switcher and alternates).
 */
import { DEFAULT_LANG, LANG_CODES, type Lang } from '../i18n/languages';

/** Paths every language shares. */
const SHARED =
	/^\/(?:_astro|js|pagefind|schemas|api|offline|feeds|embed|favicon|sw\.js|robots\.txt|sitemap|recommendations\/pdf)(?:[/.?#]|$)|\.(?:json|csv|geojson|xml|pdf|svg|png|txt|zip|js|css|webmanifest)(?:[?#]|$)/;
const LOCALIZED = new RegExp(
	`^/(?:${LANG_CODES.filter((l) => l !== DEFAULT_LANG).join('|')})(?:/|$)`,
);

export function localizeHref(lang: Lang, href: string): string {
	if (
		lang === DEFAULT_LANG ||
		!href.startsWith('/') ||
		href.startsWith('//') ||
		SHARED.test(href) ||
		LOCALIZED.test(href)
	)
		return href;
	return `/${lang}${href}`;
}

export function localizeHtml(lang: Lang, html: string): string {
	if (lang === DEFAULT_LANG) return html;
	return html.replace(/<(a|form|link)\b[^>]*>/gi, (tag) => {
		if (/\s(?:hreflang|data-lang-link)[=\s>]/i.test(tag)) return tag;
		return tag.replace(
			/\s(href|action)="([^"]*)"/gi,
			(_m, attr: string, url: string) => ` ${attr}="${localizeHref(lang, url)}"`,
		);
	});
}
