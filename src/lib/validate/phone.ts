/** Phone checks: full numbers with libphonenumber-js (complete metadata), short codes by pattern. */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Channel types whose `value` is something you dial or text. */
export const DIALLED = new Set(['voice_call', 'short_code', 'sms', 'whatsapp', 'messaging_app_other', 'video_call', 'text_relay_tty', 'sign_language_video']);

export const SHORT_CODE = /^[0-9]{2,6}(?:[ -][0-9]{2,4})?$/;

export type PhoneCheck =
	| { ok: true; e164?: string; short?: boolean }
	| { ok: false; message: string; hint: string };

/** Digits of a value, keeping a leading + (for comparing numbers written differently). */
export const phoneKey = (value: string, country?: string) => {
	const digits = value.replace(/[^0-9+]/g, '');
	return digits.startsWith('+') ? digits : `${country ?? '??'}:${digits}`;
};

export function checkPhone(type: string, value: string, country: string | undefined): PhoneCheck {
	const compact = value.replace(/[\s-]/g, '');
	if (type === 'short_code') {
		if (!SHORT_CODE.test(value.trim()) || compact.length > 6)
			return { ok: false, message: `"${value}" is not a short number`, hint: 'a short code has 2 to 6 digits, e.g. "116 111" or "1098"; a longer number is type voice_call' };
		return { ok: true, short: true };
	}
	if (/^[0-9]{2,6}$/.test(compact) && !value.trim().startsWith('+')) {
		if (type === 'voice_call') return { ok: false, message: `"${value}" is a short number`, hint: 'use type: short_code for numbers of 2 to 6 digits' };
		return { ok: true, short: true }; // SMS short codes are common (e.g. text 116)
	}
	if (!/^\+?\(?[0-9][0-9 ()./-]*$/.test(value.trim()))
		return { ok: false, message: `"${value}" is not a phone number`, hint: 'write digits, spaces and an optional leading +, e.g. "+254 722 116 116"' };
	if (!value.trim().startsWith('+') && !country)
		return { ok: false, message: `"${value}" has no country code`, hint: 'write it in international format, starting with + and the country code' };
	const parsed = parsePhoneNumberFromString(value, country as CountryCode | undefined);
	if (!parsed || !parsed.isValid()) {
		return {
			ok: false,
			message: `"${value}" is not a valid phone number for ${country ?? 'its country code'}`,
			hint: 'check the digits against the source; if the source is right and the library is out of date, add phone_check_exception with the reason',
		};
	}
	return { ok: true, e164: parsed.number };
}
