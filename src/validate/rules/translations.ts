/**
 * Translations say what the English says, with the same numbers. A child may dial a number read
 * in a translated line, so every run of digits of a translated name, description or child summary
 * must be the English text's, the same number of times, in Western digits (a translator who writes
 * ١١٦ or drops a digit is caught here). Operator wording names the operator page that shows it.
 */
import { LANG_CODES } from '../../i18n/languages';
import type { RecordRule } from '../rule';

const FIELDS = ['name', 'description', 'summary_child'] as const;

/** The runs of digits of a text, sorted: "Call 116 or 0800 1111" → ["0800", "1111", "116"]. */
export const digitRuns = (text: string): string[] => (text.match(/[0-9]+/g) ?? []).sort();

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari …): numbers stay in 0-9. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\uFF10-\uFF19]/u;

export const translationsRule: RecordRule = {
	name: 'translations',
	description:
		'A translated name, description or child summary has the digits of the English text, in 0-9; operator wording names its source; the languages are those of the site.',
	check(r, _ctx, report) {
		for (const [lang, tr] of Object.entries(r.translations ?? {})) {
			if (lang === 'en' || !(LANG_CODES as readonly string[]).includes(lang))
				report(
					['translations', lang],
					'translation-language',
					`"${lang}" is not a language the site is shown in`,
					`use one of ${LANG_CODES.filter((l) => l !== 'en').join(', ')} (the record itself is the English text)`,
					'error',
					'key',
				);
			if (tr.status === 'operator' && !tr.source)
				report(
					['translations', lang, 'status'],
					'translation-source',
					'operator wording needs the page that shows it',
					'add source: the address of the operator page with this wording',
				);
			for (const field of FIELDS) {
				const text = tr[field];
				if (text === undefined) continue;
				const english = r[field];
				if (english === undefined) {
					report(
						['translations', lang, field],
						'translation-without-original',
						`a translation of ${field}, but the record has no ${field}`,
						`write ${field} in English first, or remove the translation`,
					);
					continue;
				}
				if (OTHER_DIGITS.test(text)) {
					report(
						['translations', lang, field],
						'translation-digits',
						'the translation writes a number in other digits than 0-9',
						'write numbers exactly as the English text does, in 0-9, so the number read is the number dialled',
					);
					continue;
				}
				const want = digitRuns(english);
				const got = digitRuns(text);
				if (want.join(' ') !== got.join(' '))
					report(
						['translations', lang, field],
						'translation-numbers',
						`the numbers differ from the English ${field}: [${got.join(', ')}] here, [${want.join(', ')}] in English`,
						'copy every number, code and time exactly as the English text writes it',
					);
			}
		}
	},
};
