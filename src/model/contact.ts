/**
 * The one derivation from a channel to what a reader sees and what their phone does.
 *
 * Every page, the embed widget and the exports turn a channel into text and a link here, and the
 * validator and the post-build check use the same normalised number, so the number shown is the
 * number dialled: the link's digits are the shown text's digits, never a separate `url`.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Channel, Resource } from '../schemas/resource';
import { answersNow } from './groups';

/** Channel types whose `value` is always a number. */
export const NUMBER_ONLY = new Set(['voice_call', 'short_code', 'sms']);
/** Channel types whose `value` may be a number (or a handle or address for the others). */
export const NUMBER_CAPABLE = new Set([
	...NUMBER_ONLY,
	'whatsapp',
	'messaging_app_other',
	'video_call',
	'sign_language_video',
	'text_relay_tty',
]);
/** Channel types dialled with a tel: link when their value is a number. */
const TEL_TYPES = new Set([
	'voice_call',
	'short_code',
	'video_call',
	'sign_language_video',
	'text_relay_tty',
]);

/** What a written number may hold: digits, spaces, hyphens, dots, brackets and one leading +. */
export const NUMBER_TEXT = /^\+?\(?[0-9][0-9 ().-]*[0-9]$|^[0-9]$/;
/** A value that starts like a number (as opposed to a handle such as @helpline). */
export const looksLikeNumber = (value: string) => /^\s*\+?\(?[0-9]/.test(value);
/** The longest E.164 number has 15 digits; a longer run is two numbers written together. */
export const MAX_DIGITS = 15;

/** Whether a channel's value is a number (rather than an address, a handle or a name). */
export const isNumberValue = (c: Pick<Channel, 'type' | 'value'>) =>
	!!c.value &&
	(NUMBER_ONLY.has(c.type) || (NUMBER_CAPABLE.has(c.type) && looksLikeNumber(c.value)));

/** The digits a phone dials for a written number, with its leading + kept. */
export const dialDigits = (text: string) => {
	const t = text.trim();
	return (t.startsWith('+') ? '+' : '') + t.replace(/[^0-9]/g, '');
};

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
	2: 'ABC',
	3: 'DEF',
	4: 'GHI',
	5: 'JKL',
	6: 'MNO',
	7: 'PQRS',
	8: 'TUV',
	9: 'WXYZ',
}))
	for (const l of letters) KEYPAD[l] = digit;
/** The keypad digits of a vanity number: "0800 What's Up" → "0800 9428787". Other characters are dropped. */
export function keypadDigits(vanity: string): string {
	return vanity
		.toUpperCase()
		.replace(/[A-Z]/g, (l) => KEYPAD[l]!)
		.replace(/[^0-9+ ]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/(\d) (?=\d{1,3}$)/, '$1')
		.trim();
}

export interface NormalisedNumber {
	/** The identity of the number across spellings: E.164 for full numbers, `CC:digits` for short codes. */
	key: string;
	/** The full international number, when the number has one. */
	e164?: string;
	/** True for short numbers (2 to 6 digits) reachable only inside their country. */
	short: boolean;
	/** Whether the phone-number library knows the number as valid (always true for short codes). */
	valid: boolean;
	/** The ISO country the library places the number in, when it can tell. */
	country?: string;
	/** The country calling code, for full numbers. */
	callingCode?: string;
	/** What the phone dials: the written digits with the leading + kept. */
	dial: string;
}

/**
 * One written number, normalised. `country` is the record's country: it reads national numbers
 * and names short codes. Undefined when the text is not a single number.
 */
export function normaliseNumber(text: string, country?: string): NormalisedNumber | undefined {
	const t = text.trim();
	if (!NUMBER_TEXT.test(t)) return undefined;
	const dial = dialDigits(t);
	const digits = dial.replace('+', '');
	if (digits.length > MAX_DIGITS) return undefined;
	if (!dial.startsWith('+') && digits.length <= 6)
		return {
			key: `${country ?? '??'}:${digits}`,
			short: true,
			valid: digits.length >= 2,
			dial,
			...(country ? { country } : {}),
		};
	if (!dial.startsWith('+') && !country) return undefined;
	const parsed = parsePhoneNumberFromString(t, country as CountryCode | undefined);
	if (!parsed) return undefined;
	return {
		key: parsed.number,
		e164: parsed.number,
		short: false,
		valid: parsed.isValid(),
		dial,
		callingCode: parsed.countryCallingCode,
		...(parsed.country ? { country: parsed.country } : {}),
	};
}

/** The digits of a tel:, sms: or WhatsApp link, or undefined for other links. */
export function linkedNumber(
	url: string,
): { scheme: 'tel' | 'sms' | 'whatsapp'; text: string } | undefined {
	const tel = /^(tel|sms):(.+)$/.exec(url);
	if (tel)
		return {
			scheme: tel[1] as 'tel' | 'sms',
			text: decodeURIComponent(tel[2]!).replace(/[;?].*$/, ''),
		};
	try {
		const u = new URL(url);
		if (u.hostname === 'wa.me' && /^\/[0-9]+\/?$/.test(u.pathname))
			return { scheme: 'whatsapp', text: `+${u.pathname.replace(/\//g, '')}` };
		if (
			/^(api\.)?whatsapp\.com$/.test(u.hostname.replace(/^www\./, '')) &&
			u.searchParams.get('phone')
		)
			return {
				scheme: 'whatsapp',
				text: `+${u.searchParams.get('phone')!.replace(/[^0-9]/g, '')}`,
			};
	} catch {
		return undefined;
	}
	return undefined;
}

export interface ContactPoint {
	/** What the reader sees as the number or address. */
	text: string;
	/** Where the link goes, or undefined when the channel has nothing to follow. */
	href?: string;
	/** The operator's own words for the channel (a vanity spelling, a chat's name), shown beside the text. */
	label?: string;
	/** The normalised number behind `text` and `href`, for numbers. */
	number?: NormalisedNumber;
	/** What the link does: call, text, email or open a page. */
	action: 'call' | 'text' | 'email' | 'open' | 'none';
}

/** The only schemes a link may carry, whatever a record holds: the schema refuses others, this is the second lock. */
export const SAFE_LINK =
	/^(?:https:\/\/[^\s<>"'`]+|tel:\+?[0-9]+|sms:\+?[0-9]+|mailto:[^\s<>"'`@]+@[^\s<>"'`]+)$/;
const safe = (href: string | undefined) => (href && SAFE_LINK.test(href) ? href : undefined);

/** A web address as short text: host and path, without the scheme and a trailing slash. */
export const displayUrl = (url: string) =>
	url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * The text shown and the link followed for one channel, from one value. `country` is the record's
 * country (its folder), used to read national numbers.
 */
export function contactPoint(
	c: Pick<Channel, 'type' | 'value' | 'url' | 'label'>,
	country?: string,
): ContactPoint {
	const label = c.label;
	const value = c.value?.trim();
	if (value && NUMBER_CAPABLE.has(c.type) && (NUMBER_ONLY.has(c.type) || looksLikeNumber(value))) {
		const number = normaliseNumber(value, country);
		if (!number) return { text: value, action: 'none', ...(label ? { label } : {}) };
		let href: string | undefined;
		let action: ContactPoint['action'] = 'none';
		if (c.type === 'sms') [href, action] = [`sms:${number.dial}`, 'text'];
		else if (TEL_TYPES.has(c.type)) [href, action] = [`tel:${number.dial}`, 'call'];
		else if (c.type === 'whatsapp' && number.e164)
			[href, action] = [`https://wa.me/${number.e164.slice(1)}`, 'open'];
		else if (c.url) [href, action] = [safe(c.url), 'open'];
		return {
			text: value,
			number,
			action: href ? action : 'none',
			...(safe(href) ? { href: safe(href)! } : {}),
			...(label ? { label } : {}),
		};
	}
	if (c.type === 'email' && value) {
		const href = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? safe(`mailto:${value}`) : undefined;
		return {
			text: value,
			action: href ? 'email' : 'none',
			...(href ? { href } : {}),
			...(label ? { label } : {}),
		};
	}
	const href = c.url && c.url.startsWith('https://') ? safe(c.url) : undefined;
	const text = value ?? (c.url ? displayUrl(c.url) : '');
	return {
		text,
		action: href ? 'open' : 'none',
		...(href ? { href } : {}),
		...(label ? { label } : {}),
	};
}

/** The contact point of a national emergency number (always a short number dialled in its country). */
export const emergencyContact = (value: string, country: string): ContactPoint =>
	contactPoint({ type: 'short_code', value }, country);

/** The country that reads a record's national numbers: its folder, or its only country. */
export function numberCountry(id: string, countries: readonly string[]): string | undefined {
	const folder = id.split('/')[0]!;
	return /^[a-z]{2}$/.test(folder)
		? folder.toUpperCase()
		: countries.length === 1
			? countries[0]
			: undefined;
}

/** Every tel: and sms: link the data makes: the channels of services running now, and national emergency numbers. */
export function dialLinks(ds: {
	resources: readonly {
		id: string;
		countries: readonly string[];
		channels: readonly Channel[];
		status: Resource['status'];
	}[];
	emergency: ReadonlyMap<string, { country: string; numbers: readonly { value: string }[] }>;
}): Set<string> {
	const out = new Set<string>();
	for (const r of ds.resources) {
		// A service that is not running gets no Call or Text link anywhere (its numbers are text).
		if (!answersNow(r)) continue;
		const cc = numberCountry(r.id, r.countries);
		for (const c of r.channels) {
			const href = contactPoint(c, cc).href;
			if (href && /^(tel|sms):/.test(href)) out.add(href);
		}
	}
	for (const e of ds.emergency.values())
		for (const n of e.numbers) out.add(emergencyContact(n.value, e.country).href!);
	return out;
}
