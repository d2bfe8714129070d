/**
 * Interface languages. Direction is given explicitly here: Intl.Locale#textInfo is missing or
 * wrong for some scripts in Node 20 (it reports ltr for dv, ku-Arab and others).
 */
export const LANGUAGES = {
	en: { label: 'English', dir: 'ltr', reviewed: true },
} as const satisfies Record<string, { label: string; dir: 'ltr' | 'rtl'; reviewed: boolean }>;
export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG: Lang = 'en';
export const dirOf = (lang: string): 'ltr' | 'rtl' => (LANGUAGES as Record<string, { dir: 'ltr' | 'rtl' }>)[lang]?.dir ?? 'ltr';
