/** Labels of taxonomy terms and countries, for display. */
import countriesLib from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { countryList, taxonomies, type TaxonomyName } from '../schemas/reference';

countriesLib.registerLocale(en);

const termMaps = new Map<TaxonomyName, Map<string, string>>();
export function termLabel(tax: TaxonomyName, id: string): string {
	let m = termMaps.get(tax);
	if (!m) {
		m = new Map(taxonomies()[tax].terms.map((t) => [t.id, t.label]));
		termMaps.set(tax, m);
	}
	return m.get(id) ?? id;
}

let countryNames: Map<string, string> | undefined;
/** Short English name of a country (ours, from data/countries.yaml, with a few common short forms). */
export function countryName(code: string, lang = 'en'): string {
	if (lang !== 'en') return countriesLib.getName(code, lang) ?? countryName(code);
	countryNames ??= new Map(countryList().map((c) => [c.code, countriesLib.getName(c.code, 'en', { select: 'alias' }) ?? c.name]));
	return countryNames.get(code) ?? code;
}
