/**
 * UI strings. Every visible string comes from a dictionary (src/i18n/<lang>.json); a key missing
 * from en.json throws at build time, and a test fails when another language lacks a key.
 * Dictionaries are read from disk once, so plain Node scripts and Astro share this module.
 */
import fs from 'node:fs';
import path from 'node:path';
import en from './en.json';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages';

export type UiKey = keyof typeof en;
type Dict = Record<UiKey, string>;
const cache = new Map<Lang, Dict>([['en', en]]);
const root = process.env.POP_ROOT ?? process.cwd();

export function dictionary(lang: Lang): Dict {
	let d = cache.get(lang);
	if (!d) {
		const file = path.join(root, 'src', 'i18n', `${lang}.json`);
		d = (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}) as Dict;
		cache.set(lang, d);
	}
	return d;
}

export function t(lang: Lang, key: UiKey, vars?: Record<string, string | number>): string {
	const s = dictionary(lang)[key] ?? en[key];
	if (s === undefined) throw new Error(`missing UI string "${key}"`);
	return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : s;
}
export const languages = LANGUAGES;
export { DEFAULT_LANG };
