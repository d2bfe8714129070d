/**
 * The contact rules of one channel: the number shown is a single, valid number of the record's
 * country, and any link the record gives for it dials that same number. Numbers are read by the
 * one normaliser the pages use (src/model/contact.ts), so what passes here is what is shown.
 */
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import type { Channel } from '../../schemas/resource';
import type { RecordRule } from '../rule';
import {
	isNumberValue,
	keypadDigits,
	linkedNumber,
	looksLikeNumber,
	MAX_DIGITS,
	normaliseNumber,
} from '../../model/contact';

export interface ChannelProblem {
	path: (string | number)[];
	rule: string;
	message: string;
	hint: string;
}

/** The country calling code of an ISO country, or undefined for places without one (e.g. AQ). */
export function callingCode(cc: string): string | undefined {
	try {
		return getCountryCallingCode(cc as CountryCode);
	} catch {
		return undefined;
	}
}

/**
 * Problems with the number and links of channel `i`. `country` reads national numbers (the record's
 * folder); `countries` are the countries the record serves, whose numbers it may give.
 */
export function channelContactProblems(
	c: Channel,
	i: number,
	country: string | undefined,
	countries: readonly string[],
): ChannelProblem[] {
	const out: ChannelProblem[] = [];
	const at = (field: string) => ['channels', i, field];
	const push = (field: string, rule: string, message: string, hint: string) =>
		out.push({ path: at(field), rule, message, hint });

	if (c.e164 && !c.value)
		push(
			'e164',
			'phone-e164',
			'e164 is given without a value',
			'write the number as people dial it in value; e164 only repeats it in international form',
		);
	const link = c.url ? linkedNumber(c.url) : undefined;
	if (c.url?.startsWith('mailto:') && c.type !== 'email')
		push(
			'url',
			'link-mismatch',
			`a ${c.type} channel links to an email address`,
			'give the address its own channel of type email',
		);

	if (!c.value || !isNumberValue(c)) {
		if (link)
			push(
				'url',
				'link-needs-value',
				`the link ${c.url} dials a number the channel does not show`,
				'write the number in value (as the source writes it); the link is made from it',
			);
		if (
			c.type === 'email' &&
			c.value &&
			c.url?.startsWith('mailto:') &&
			c.url.slice(7).toLowerCase() !== c.value.trim().toLowerCase()
		)
			push(
				'url',
				'link-mismatch',
				`the link ${c.url} writes to another address than "${c.value}"`,
				'remove url: the mailto: link is made from value',
			);
		return out;
	}

	const value = c.value;
	const v = value.trim();
	if (/[A-Za-z]/.test(v)) {
		const digits = keypadDigits(v);
		const vanity =
			/^[+0-9 ().-]*[A-Za-z]/.test(v) &&
			/[A-Za-z]{3}/.test(v) &&
			!/\b(or|and|ou|et|o|y|free|gratuit|gratis)\b/i.test(v);
		push(
			'value',
			'phone-letters',
			`"${value}" is not only a number`,
			vanity
				? `write the keypad digits in value ("${digits}") and keep the letters as the label (label: "${v}")`
				: 'value holds only the number as dialled; put other words in note or label, and a second number in a channel of its own',
		);
		return out;
	}
	if (/[/,;]|\n/.test(v)) {
		push(
			'value',
			'phone-one-number',
			`"${value}" holds more than one number`,
			'give each number a channel of its own',
		);
		return out;
	}
	const n = normaliseNumber(v, country);
	if (!n) {
		const digits = v.replace(/[^0-9]/g, '');
		if (digits.length > MAX_DIGITS)
			push(
				'value',
				'phone-one-number',
				`"${value}" has ${digits.length} digits, more than any one number`,
				'give each number a channel of its own',
			);
		else if (!v.startsWith('+') && !country)
			push(
				'value',
				'phone',
				`"${value}" has no country code`,
				'write it in international format, starting with + and the country code',
			);
		else
			push(
				'value',
				'phone',
				`"${value}" is not a phone number`,
				'write digits, spaces and an optional leading +, e.g. "+254 722 116 116"',
			);
		return out;
	}
	if (c.type === 'short_code' && !n.short) {
		push(
			'value',
			'phone',
			`"${value}" is not a short number`,
			'a short code has 2 to 6 digits, e.g. "116 111" or "1098"; a longer number is type voice_call',
		);
		return out;
	}
	if (c.type === 'voice_call' && n.short) {
		push(
			'value',
			'phone',
			`"${value}" is a short number`,
			'use type: short_code for numbers of 2 to 6 digits',
		);
		return out;
	}
	if (n.short && !country && !countries.length)
		push(
			'value',
			'phone',
			`the short number "${value}" has no country`,
			"a short number works only inside one country: put the record in that country's folder",
		);
	if (!n.short && !n.valid && !c.phone_check_exception)
		push(
			'value',
			'phone',
			`"${value}" is not a valid phone number for ${country ?? 'its country code'}`,
			'check the digits against the source; if the source is right and the library is out of date, add phone_check_exception with the reason',
		);
	if (c.phone_check_exception && (n.short || n.valid))
		push(
			'phone_check_exception',
			'phone-exception-unused',
			`"${value}" now passes the phone check, so the exception no longer applies`,
			'remove phone_check_exception (it was written for another number or an older library)',
		);
	if (c.e164) {
		if (n.short)
			push(
				'e164',
				'phone-e164',
				`"${value}" is a short number, which has no international form`,
				'remove e164',
			);
		else if (n.e164 !== c.e164)
			push(
				'e164',
				'phone-e164',
				`e164 ${c.e164} does not match value "${value}" (${n.e164})`,
				'make them the same number, or remove e164',
			);
	}
	if (!n.short && n.callingCode) {
		const own = [...new Set([...(country ? [country] : []), ...countries])]
			.map(callingCode)
			.filter(Boolean);
		if (c.number_country) {
			if (callingCode(c.number_country) !== n.callingCode)
				push(
					'number_country',
					'phone-foreign',
					`"${value}" is a +${n.callingCode} number, not a number of ${c.number_country}`,
					`set number_country to the country of +${n.callingCode}, or correct the number`,
				);
		} else if (own.length && !own.includes(n.callingCode)) {
			push(
				'value',
				'phone-foreign',
				`"${value}" is a +${n.callingCode} number, but the record serves ${countries.join(', ') || country}`,
				`if the service really gives this foreign number, add number_country: ${n.country ?? '<ISO code>'} to the channel; otherwise correct the number`,
			);
		}
	}
	if (link) {
		const linked = normaliseNumber(link.text, country);
		const expected = c.type === 'sms' ? 'sms' : c.type === 'whatsapp' ? 'whatsapp' : 'tel';
		if (!linked || linked.key !== n.key)
			push(
				'url',
				'link-mismatch',
				`the link ${c.url} dials another number than the value "${value}" shows`,
				'remove url: the link is made from value, so what is shown is what is dialled',
			);
		else if (link.scheme !== expected && !(expected === 'whatsapp' && link.scheme === 'tel'))
			push(
				'url',
				'link-mismatch',
				`a ${c.type} channel links with ${link.scheme}:`,
				`remove url: the ${expected} link is made from value`,
			);
	}
	return out;
}

/** Normalised keys of every number and link in a record, for the duplicate check. */
export function contactKeys(
	c: Channel,
	country: string | undefined,
): { key: string; field: 'value' | 'url' | 'e164' }[] {
	const out: { key: string; field: 'value' | 'url' | 'e164' }[] = [];
	if (c.value && isNumberValue(c)) {
		const n = normaliseNumber(c.value, country);
		if (n) out.push({ key: `tel:${n.key}`, field: 'value' });
	} else if (c.value) out.push({ key: `val:${c.value.trim().toLowerCase()}`, field: 'value' });
	if (c.e164) out.push({ key: `tel:${c.e164}`, field: 'e164' });
	if (c.url) {
		const link = linkedNumber(c.url);
		const n = link ? normaliseNumber(link.text, country) : undefined;
		out.push({
			key: n
				? `tel:${n.key}`
				: c.url.startsWith('mailto:')
					? `val:${c.url.slice(7).toLowerCase()}`
					: `url:${normaliseUrl(c.url)}`,
			field: 'url',
		});
	}
	return out;
}

/** The key of a free-written number or address (previous numbers, declared shared contacts). */
export function textKey(text: string, country: string | undefined): string {
	const t = text.trim();
	if (/^(https?|tel|sms|mailto):/i.test(t)) {
		const link = linkedNumber(t);
		const n = link ? normaliseNumber(link.text, country) : undefined;
		return n
			? `tel:${n.key}`
			: t.toLowerCase().startsWith('mailto:')
				? `val:${t.slice(7).toLowerCase()}`
				: `url:${normaliseUrl(t)}`;
	}
	const n = looksLikeNumber(t) ? normaliseNumber(t, country) : undefined;
	return n ? `tel:${n.key}` : `val:${t.toLowerCase()}`;
}

export const normaliseUrl = (u: string) =>
	u
		.toLowerCase()
		.replace(/^https?:\/\/(www\.)?/, '')
		.replace(/[/?#]+$/, '');

/** The number shown is the number dialled: channelContactProblems as a record rule. */
export const phoneRule: RecordRule = {
	name: 'phone',
	description:
		"Each number is one valid number of the record's country (or a declared one), any link dials that same number, e164 agrees, and a phone-check exception is still needed.",
	check(r, ctx, report) {
		r.channels.forEach((c, i) => {
			for (const p of channelContactProblems(c, i, ctx.mainCountry, r.countries))
				report(p.path, p.rule, p.message, p.hint);
		});
	},
};
