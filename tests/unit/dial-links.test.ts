/** The post-build check of tel: and sms: links (scripts/lib/checks.ts checkDialLinks). */
import { describe, expect, it } from 'vitest';
import { checkDialLinks } from '../../scripts/lib/checks';
import { dialLinks } from '../../src/model/contact';
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
const known = dialLinks({
	resources: [
		{
			id: 'gb/childline',
			status: 'active',
			countries: ['GB'],
			channels: [
				ch({ value: '0800 1111' }),
				ch({ type: 'web_chat', url: 'https://example.org/chat' }),
			],
		},
		{
			id: 'nz/whats-up',
			status: 'active',
			countries: ['NZ'],
			channels: [ch({ value: '0800 942 8787', label: "0800 What's Up" })],
		},
		// A line that stopped: its number must not be a link anywhere.
		{
			id: 'sy/closed-line',
			status: 'inactive',
			countries: ['SY'],
			channels: [ch({ value: '9043' })],
		},
	],
	emergency: new Map([['GB', { country: 'GB', numbers: [{ value: '999' }] }]]),
});
const link = (href: string, shown: string) =>
	`<a class="contact__action" href="${href}"><span class="contact__kind">Call</span><span class="contact__number" dir="ltr">${shown}</span></a>`;

describe('checkDialLinks', () => {
	it('knows exactly the links the data makes, and none of a service that is not running', () => {
		expect([...known].sort()).toEqual(['tel:08001111', 'tel:08009428787', 'tel:999']);
	});
	it('fails a Call link to a service that is not running', () => {
		expect(checkDialLinks(link('tel:9043', '9043'), 'p.html', known)).toEqual([
			'p.html: tel:9043 is not a number of any record or emergency-number file',
		]);
	});
	it('passes links that show what they dial', () => {
		expect(
			checkDialLinks(link('tel:08001111', '0800 1111') + link('tel:999', '999'), 'p.html', known),
		).toEqual([]);
	});
	it('fails a link that dials another number than it shows', () => {
		expect(checkDialLinks(link('tel:+441632960123', '0800 1111'), 'p.html', known)).toEqual([
			'p.html: tel:+441632960123 dials +441632960123 but shows "0800 1111"',
			'p.html: tel:+441632960123 is not a number of any record or emergency-number file',
		]);
	});
	it('fails a cut-off number such as tel:0800', () => {
		expect(checkDialLinks(link('tel:0800', "0800 What's Up"), 'p.html', known)).toEqual([
			'p.html: tel:0800 dials 0800 but shows "0800 What\'s Up"',
			'p.html: tel:0800 is not a number of any record or emergency-number file',
		]);
	});
	it('fails a link that shows no number', () => {
		expect(checkDialLinks('<a href="sms:08001111">Text us</a>', 'p.html', known)).toEqual([
			'p.html: sms:08001111 does not show the number it dials',
			'p.html: sms:08001111 is not a number of any record or emergency-number file',
		]);
	});
});
