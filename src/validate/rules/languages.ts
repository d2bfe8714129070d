import type { RecordRule } from '../rule';

const langNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/**
 * Two-letter (ISO 639-1) languages must be known to the platform's CLDR data; three-letter
 * ISO 639-3 codes (e.g. fsl, French Sign Language) are accepted by pattern, as CLDR lists few.
 */
export function isLanguage(tag: string): boolean {
	try {
		if (Intl.getCanonicalLocales(tag).length !== 1) return false;
		if (/^[a-z]{3}(?:-|$)/.test(tag)) return true;
		return langNames.of(tag) !== undefined;
	} catch {
		return false;
	}
}

export const languagesRule: RecordRule = {
	name: 'languages',
	description: 'Every language of a record and of its channels is a known language tag.',
	check(r, _ctx, report) {
		const bad = (path: (string | number)[], l: string) =>
			report(
				path,
				'language',
				`"${l}" is not a known language`,
				'use an ISO 639 code such as en, fr, ar, sw',
			);
		r.channels.forEach((c, i) =>
			c.languages.forEach((l, j) => !isLanguage(l) && bad(['channels', i, 'languages', j], l)),
		);
		r.languages.forEach((l, j) => !isLanguage(l) && bad(['languages', j], l));
	},
};
