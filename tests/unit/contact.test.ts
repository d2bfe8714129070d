/** The one derivation from a channel to the text shown and the link followed (src/model/contact.ts). */
import { describe, expect, it } from 'vitest';
import {
	contactPoint,
	dialDigits,
	emergencyContact,
	keypadDigits,
	linkedNumber,
	normaliseNumber,
	numberCountry,
} from '../../src/model/contact';
import type { Channel } from '../../src/schemas/resource';

const ch = (c: Partial<Channel>): Channel => ({
	type: 'voice_call',
	cost: 'free',
	hours: 'unknown',
	languages: [],
	anonymous: 'unknown',
	human_responder: 'unknown',
	...c,
});
const digits = (s: string) => s.replace(/[^0-9+]/g, '');

describe('contactPoint', () => {
	it('makes tel:, sms:, mailto: and WhatsApp links from the value, with the value as the text', () => {
		expect(contactPoint(ch({ type: 'short_code', value: '116 111' }), 'KE')).toMatchObject({
			text: '116 111',
			href: 'tel:116111',
			action: 'call',
		});
		expect(contactPoint(ch({ type: 'voice_call', value: '+254 722 116 116' }), 'KE')).toMatchObject(
			{ text: '+254 722 116 116', href: 'tel:+254722116116' },
		);
		expect(contactPoint(ch({ type: 'voice_call', value: '0800 1111' }), 'GB')).toMatchObject({
			text: '0800 1111',
			href: 'tel:08001111',
		});
		expect(contactPoint(ch({ type: 'sms', value: '686868' }), 'CA')).toMatchObject({
			href: 'sms:686868',
			action: 'text',
		});
		expect(contactPoint(ch({ type: 'email', value: 'help@example.org' }))).toMatchObject({
			href: 'mailto:help@example.org',
			action: 'email',
		});
		expect(contactPoint(ch({ type: 'whatsapp', value: '+27 60 000 0000' }))).toMatchObject({
			href: 'https://wa.me/27600000000',
		});
		// A national WhatsApp number gets its international form for the link.
		expect(contactPoint(ch({ type: 'whatsapp', value: '0722 116 116' }), 'KE').href).toBe(
			'https://wa.me/254722116116',
		);
	});
	it('never follows a url that a number channel carries: the link is made from the value', () => {
		const cp = contactPoint(
			ch({ type: 'voice_call', value: '0800 1111', url: 'tel:+441632960123' }),
			'GB',
		);
		expect(cp.href).toBe('tel:08001111');
		expect(digits(cp.href!.slice(4))).toBe(digits(cp.text));
	});
	it('shows letters only as a label; a value with letters gets no link', () => {
		const vanity = contactPoint(
			ch({ type: 'voice_call', value: '0800 942 8787', label: "0800 What's Up" }),
			'NZ',
		);
		expect(vanity).toMatchObject({
			text: '0800 942 8787',
			href: 'tel:08009428787',
			label: "0800 What's Up",
		});
		expect(
			contactPoint(ch({ type: 'voice_call', value: "0800 What's Up" }), 'NZ').href,
		).toBeUndefined();
	});
	it('gives no link for two numbers written as one', () => {
		expect(
			contactPoint(ch({ type: 'voice_call', value: '0800 123 456 0800 789 123 456' }), 'NZ').href,
		).toBeUndefined();
	});
	it('never lets another scheme through', () => {
		expect(contactPoint(ch({ type: 'web_chat', url: 'javascript:alert(1)' })).href).toBeUndefined();
		expect(contactPoint(ch({ type: 'web_chat', url: 'http://example.org' })).href).toBeUndefined();
		expect(contactPoint(ch({ type: 'web_chat', url: 'data:text/html,hi' })).href).toBeUndefined();
		expect(contactPoint(ch({ type: 'web_chat', url: 'https://example.org/chat/' }))).toMatchObject({
			href: 'https://example.org/chat/',
			text: 'example.org/chat',
		});
		expect(contactPoint(ch({ type: 'email', value: 'not an address' })).href).toBeUndefined();
	});
	it('keeps handles as text with the platform link', () => {
		expect(
			contactPoint(
				ch({ type: 'messaging_app_other', value: '@INCIBE017', url: 'https://t.me/INCIBE017' }),
			),
		).toMatchObject({ text: '@INCIBE017', href: 'https://t.me/INCIBE017', action: 'open' });
	});
	it('dials emergency numbers in their country', () => {
		expect(emergencyContact('112', 'GB')).toMatchObject({ text: '112', href: 'tel:112' });
	});
});

describe('normaliseNumber', () => {
	it('gives one key for every spelling of a number', () => {
		const keys = ['0800 1111', '+44 800 1111', '+448001111', '0800-1111', '(0800) 1111'].map(
			(v) => normaliseNumber(v, 'GB')?.key,
		);
		expect(new Set(keys)).toEqual(new Set(['+448001111']));
	});
	it('keys short codes by their country', () => {
		expect(normaliseNumber('116 111', 'KE')).toMatchObject({
			key: 'KE:116111',
			short: true,
			dial: '116111',
		});
		expect(normaliseNumber('116 111', 'UG')?.key).toBe('UG:116111');
	});
	it('refuses text that is not one number', () => {
		expect(normaliseNumber("0800 What's Up", 'NZ')).toBeUndefined();
		expect(normaliseNumber('0800 1111 / 0800 2222', 'GB')).toBeUndefined();
		expect(normaliseNumber('0800 111 222 333 444 555 666', 'GB')).toBeUndefined();
		expect(normaliseNumber('0800 1111', undefined)).toBeUndefined();
	});
	it('tells a foreign number by its calling code', () => {
		expect(normaliseNumber('+44 800 1111', 'TR')).toMatchObject({
			callingCode: '44',
			country: 'GB',
		});
	});
});

describe('helpers', () => {
	it('reads keypad letters', () => {
		expect(keypadDigits("0800 What's Up")).toBe('0800 9428787');
		expect(dialDigits('+44 (0) 800-1111')).toBe('+4408001111');
	});
	it('reads the number in tel:, sms: and WhatsApp links', () => {
		expect(linkedNumber('tel:+441632960123')).toEqual({ scheme: 'tel', text: '+441632960123' });
		expect(linkedNumber('sms:686868')).toEqual({ scheme: 'sms', text: '686868' });
		expect(linkedNumber('https://wa.me/27600000000')).toEqual({
			scheme: 'whatsapp',
			text: '+27600000000',
		});
		expect(linkedNumber('https://api.whatsapp.com/send?phone=27600000000')).toEqual({
			scheme: 'whatsapp',
			text: '+27600000000',
		});
		expect(linkedNumber('https://wa.me/message/ABC123')).toBeUndefined();
		expect(linkedNumber('https://example.org')).toBeUndefined();
	});
	it("reads national numbers in the record folder's country", () => {
		expect(numberCountry('gb/childline', ['GB'])).toBe('GB');
		expect(numberCountry('regional/x', ['KE'])).toBe('KE');
		expect(numberCountry('regional/x', ['KE', 'UG'])).toBeUndefined();
	});
});
