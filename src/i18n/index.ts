/** UI strings. Every visible string comes from a dictionary; a missing key throws at build time. */
import en from './en.json';
import { DEFAULT_LANG, type Lang } from './languages';

export type UiKey = keyof typeof en;
const DICTS: Record<Lang, Record<UiKey, string>> = { en };

export function t(lang: Lang, key: UiKey, vars?: Record<string, string | number>): string {
	const s = DICTS[lang]?.[key] ?? DICTS[DEFAULT_LANG][key];
	if (s === undefined) throw new Error(`missing UI string "${key}"`);
	return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : s;
}
export const dictionaries = DICTS;
