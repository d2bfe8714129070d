import type { RecordRule } from '../rule';

const langNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const known = new Map<string, boolean>();

/** Whether a tag is a known language (remembered: the same few tags recur in every record). */
export function isLanguage(tag: string): boolean {
	let ok = known.get(tag);
	if (ok === undefined) known.set(tag, (ok = checkLanguage(tag)));
	return ok;
}

/**
 * Two-letter (ISO 639-1) languages must be known to the platform's CLDR data; three-letter
 * ISO 639-3 codes (e.g. fsl, French Sign Language) are accepted by pattern, as CLDR lists few.
 */
function checkLanguage(tag: string): boolean {
	try {
		if (Intl.getCanonicalLocales(tag).length !== 1) return false;
		if (/^[a-z]{3}(?:-|$)/.test(tag)) return true;
		return langNames.of(tag) !== undefined;
	} catch {
		return false;
	}
}

/** The problem with a language tag, in the validator's words; undefined when it is known. */
export function languageProblem(tag: string): { message: string; hint: string } | undefined {
	return isLanguage(tag)
		? undefined
		: {
				message: `"${tag}" is not a known language`,
				hint: 'use an ISO 639 code such as en, fr, ar, sw',
			};
}

export const languagesRule: RecordRule = {
	name: 'languages',
	description: 'Every language of a record and of its channels is a known language tag.',
	check(r, _ctx, report) {
		const bad = (path: (string | number)[], l: string) => {
			const p = languageProblem(l)!;
			report(path, 'language', p.message, p.hint);
		};
		r.channels.forEach((c, i) =>
			c.languages.forEach((l, j) => !isLanguage(l) && bad(['channels', i, 'languages', j], l)),
		);
		r.languages.forEach((l, j) => !isLanguage(l) && bad(['languages', j], l));
	},
};
