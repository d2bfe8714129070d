/** Who checked a record, as the record page says it: an editor's check, or a contributor's own. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index';
import { LANG_CODES } from '../../src/i18n/languages';
import { checkedKey } from '../../src/text/labels';
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
