/** Human labels for directory facet values. */
import type { Dataset } from '../model/dataset';
import type { Facet } from '../model/directory';
import { countryName, regionName, termLabel } from './labels';
import { t, type UiKey } from '../i18n/index';
import type { Lang } from '../i18n/languages';

export function facetLabel(lang: Lang, facet: Facet): string {
	return t(lang, `dir.facet.${facet}` as UiKey);
}

export function languageName(lang: Lang, code: string): string {
	if (code === 'und') return t(lang, 'lang.und');
	try {
		return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

export function valueLabel(_ds: Dataset, lang: Lang, facet: Facet, value: string): string {
	switch (facet) {
		case 'type':
			return termLabel('resource-types', value, lang);
		case 'channel':
			return termLabel('channels', value, lang);
		case 'topic':
			return termLabel('topics', value, lang);
		case 'audience':
			return termLabel('audiences', value, lang);
		case 'age':
			return termLabel('age-bands', value, lang);
		case 'language':
			return languageName(lang, value);
		case 'region':
			if (value === 'global') return t(lang, 'dir.global');
			return regionName(value, lang);
		case 'country':
			return countryName(value.toUpperCase(), lang);
		case 'feature':
			return t(lang, `dir.feature.${value}` as UiKey);
	}
}
