/**
 * Interface languages. Direction is given explicitly here: Intl.Locale#textInfo is missing or
 * wrong for some scripts in Node 20 (it reports ltr for dv, ku-Arab and others).
 * `reviewed: false` shows a notice that a native speaker has not yet reviewed the translation.
 */
export const LANGUAGES = {
	en: { label: 'English', dir: 'ltr', reviewed: true },
	fr: { label: 'Français', dir: 'ltr', reviewed: false },
	es: { label: 'Español', dir: 'ltr', reviewed: false },
	pt: { label: 'Português', dir: 'ltr', reviewed: false },
	ar: { label: 'العربية', dir: 'rtl', reviewed: false },
} as const satisfies Record<string, { label: string; dir: 'ltr' | 'rtl'; reviewed: boolean }>;
export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG: Lang = 'en';
export const LANG_CODES = Object.keys(LANGUAGES) as Lang[];
export const dirOf = (lang: string): 'ltr' | 'rtl' =>
	(LANGUAGES as Record<string, { dir: 'ltr' | 'rtl' }>)[lang]?.dir ?? 'ltr';
export const isLang = (s: string | undefined): s is Lang => !!s && s in LANGUAGES;

/**
 * The languages this build makes pages for: every interface language, or those POP_LANGS names
 * (comma-separated) when the site is built as shards on several machines and merged afterwards
 * (scripts/merge-shards.ts). Links and the language switcher still name every language.
 */
export function buildLangs(env: string | undefined): Lang[] {
	if (!env?.trim()) return LANG_CODES;
	const asked = env
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const unknown = asked.filter((l) => !isLang(l));
	if (unknown.length)
		throw new Error(
			`POP_LANGS: ${unknown.join(', ')} is not an interface language (${LANG_CODES.join(', ')})`,
		);
	return LANG_CODES.filter((l) => asked.includes(l));
}
export const BUILD_LANGS: Lang[] = buildLangs(
	typeof process === 'undefined' ? undefined : process.env.POP_LANGS,
);
/** True when this build makes only some languages' pages (a shard). */
export const IS_SHARD = BUILD_LANGS.length < LANG_CODES.length;

/** The locale route parameter for a language: undefined for English (no prefix). */
export const localeParam = (lang: Lang): string | undefined =>
	lang === DEFAULT_LANG ? undefined : lang;
/** getStaticPaths helper: one entry per language this build makes. */
export const LOCALE_PARAMS = BUILD_LANGS.map((lang) => ({ lang, locale: localeParam(lang) }));

/** A site path in a language: /countries/ke/ → /fr/countries/ke/ (English has no prefix). */
export function localizePath(lang: Lang, path: string): string {
	const bare = stripLocale(path);
	return lang === DEFAULT_LANG ? bare : `/${lang}${bare}`;
}
/** The path without its language prefix: /fr/countries/ke/ → /countries/ke/ */
export function stripLocale(path: string): string {
	const m = /^\/([a-z]{2})(\/.*|$)/.exec(path);
	return m && isLang(m[1]) && m[1] !== DEFAULT_LANG ? m[2] || '/' : path;
}
export function langOfPath(path: string): Lang {
	const m = /^\/([a-z]{2})(\/|$)/.exec(path);
	return m && isLang(m[1]) ? m[1] : DEFAULT_LANG;
}
