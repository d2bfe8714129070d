/** Labels of taxonomy terms and countries, for display, in the reader's language. */
import countriesLib from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { dictionary, type UiKey } from '../i18n/index';
import type { Lang } from '../i18n/languages';
import { countryList, taxonomies, type TaxonomyName } from '../schemas/reference';
import { CONTRIBUTOR_ROLE, type TRANSLATION_STATUS } from '../schemas/resource';

type TranslationStatus = (typeof TRANSLATION_STATUS)[number];

for (const l of [en, fr, es, pt, ar]) countriesLib.registerLocale(l);

const termMaps = new Map<TaxonomyName, Map<string, string>>();
/**
 * The label of a taxonomy term: from the UI dictionary (`term.<taxonomy>.<id>`) in the reader's
 * language, falling back to the English label in data/taxonomies/.
 */
export function termLabel(
	tax: TaxonomyName | 'assessment-criteria',
	id: string,
	lang: Lang = 'en',
): string {
	const fromDict = dictionary(lang)[`term.${tax}.${id}` as UiKey];
	if (fromDict) return fromDict;
	if (tax === 'assessment-criteria') return id;
	let m = termMaps.get(tax);
	if (!m) {
		m = new Map(taxonomies()[tax].terms.map((t) => [t.id, t.label]));
		termMaps.set(tax, m);
	}
	return m.get(id) ?? id;
}

/**
 * Names the library gives two countries alike (English "Congo" for both CG and CD) or in an
 * inverted form: every country's name must tell it apart from every other in every language.
 */
const NAME_OVERRIDES: Record<string, Record<string, string>> = {
	en: { CG: 'Republic of the Congo', CD: 'Democratic Republic of the Congo' },
	es: { CG: 'República del Congo', CD: 'República Democrática del Congo' },
	// i18n-iso-countries 7.14 swaps the Congos in Portuguese (CG read "República Democrática do Congo") and names MF and SX alike.
	pt: {
		CG: 'República do Congo',
		CD: 'República Democrática do Congo',
		MF: 'São Martinho (parte francesa)',
		SX: 'São Martinho (parte neerlandesa)',
	},
};

let countryNames: Map<string, string> | undefined;
/** Short name of a country in the reader's language (i18n-iso-countries), English from our data with common short forms. */
export function countryName(code: string, lang: string = 'en'): string {
	const fixed = NAME_OVERRIDES[lang]?.[code];
	if (fixed) return fixed;
	if (lang !== 'en') {
		const n =
			countriesLib.getName(code, lang, { select: 'alias' }) ?? countriesLib.getName(code, lang);
		if (n) return n;
	}
	countryNames ??= new Map(
		countryList().map((c) => [
			c.code,
			countriesLib.getName(c.code, 'en', { select: 'alias' }) ?? c.name,
		]),
	);
	return countryNames.get(code) ?? code;
}

/** Name of a UN M49 region or sub-region in the reader's language (dictionary key region.<code>). */
export function regionName(code: string, lang: Lang = 'en'): string {
	return (
		dictionary(lang)[`region.${code}` as UiKey] ??
		dictionary('en')[`region.${code}` as UiKey] ??
		code
	);
}

/** One text of a record as a page shows it: the words, their language and, for a translation, how far it was checked. */
export interface RecordText {
	text: string;
	lang: Lang;
	status?: TranslationStatus;
}

/**
 * A record's text in the reader's language where the record has a translation, else the original
 * (records are written in English), with the language it is in so pages can mark it up (lang, dir).
 */
export function recordText(
	r: {
		name: string;
		description: string;
		summary_child?: string | undefined;
		translations?:
			| Record<
					string,
					{
						name?: string | undefined;
						description?: string | undefined;
						summary_child?: string | undefined;
						status?: TranslationStatus | undefined;
					}
			  >
			| undefined;
	},
	lang: Lang,
): Record<'name' | 'description', RecordText> & { summary_child: RecordText | undefined } {
	const tr = r.translations?.[lang];
	const pick = (own: string | undefined, orig: string | undefined): RecordText | undefined =>
		own
			? { text: own, lang, ...(tr?.status ? { status: tr.status } : {}) }
			: orig
				? { text: orig, lang: 'en' as Lang }
				: undefined;
	return {
		name: pick(tr?.name, r.name)!,
		description: pick(tr?.description, r.description)!,
		summary_child: pick(tr?.summary_child, r.summary_child),
	};
}

/**
 * The sentence that says who last checked a record: "We last checked …", or, for a contributor's
 * own check that no editor has checked yet, a sentence that says so.
 */
export const checkedKey = (v: { verified_by_role: string }): UiKey =>
	v.verified_by_role === CONTRIBUTOR_ROLE ? 'record.checkedByContributor' : 'record.checked';
