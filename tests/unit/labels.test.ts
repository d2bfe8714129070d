/** Who checked a record, as the record page says it: an editor's check, or a contributor's own. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index';
import { LANG_CODES } from '../../src/i18n/languages';
import { checkedKey, countryName } from '../../src/text/labels';
import { countryList } from '../../src/schemas/reference';
import { CONTRIBUTOR_ROLE, EDITOR_ROLE } from '../../src/schemas/resource';

describe('checkedKey', () => {
	it('never says "we checked" of a record only a contributor has checked', () => {
		const vars = { date: '20 November 2026', method: "checked the service's website" };
		expect(t('en', checkedKey({ verified_by_role: EDITOR_ROLE }), vars)).toBe(
			"We last checked this record on 20 November 2026 (checked the service's website).",
		);
		expect(t('en', checkedKey({ verified_by_role: CONTRIBUTOR_ROLE }), vars)).toBe(
			"A contributor checked this record on 20 November 2026 (checked the service's website); an editor has not checked it yet.",
		);
		for (const lang of LANG_CODES) {
			const text = t(lang, checkedKey({ verified_by_role: CONTRIBUTOR_ROLE }), vars);
			expect(text, lang).toContain('20 November 2026');
			expect(text, lang).not.toBe(t(lang, 'record.checked', vars));
		}
	});
});

describe('countryName', () => {
	it('tells every country apart from every other in every language', () => {
		for (const lang of LANG_CODES) {
			const seen = new Map<string, string>();
			for (const { code } of countryList()) {
				const name = countryName(code, lang);
				expect(seen.get(name), `${lang}: ${code} and ${seen.get(name)} are both "${name}"`).toBe(
					undefined,
				);
				seen.set(name, code);
			}
		}
	});

	it('names the Democratic Republic of the Congo (CD) as such, and the Republic of the Congo (CG) not', () => {
		// i18n-iso-countries 7.14 swaps the two in Portuguese; a child choosing a country must not be sent to the other.
		const democratic: Record<string, RegExp> = {
			en: /Democratic/,
			fr: /démocratique/i,
			es: /Democrática/,
			pt: /Democrática/,
			ar: /الديمقراطية/,
		};
		for (const lang of LANG_CODES) {
			expect(countryName('CD', lang), lang).toMatch(democratic[lang]!);
			expect(countryName('CG', lang), lang).not.toMatch(democratic[lang]!);
		}
	});
});
