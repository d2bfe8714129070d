/**
 * The suggestion message (src/model/suggestion.ts): what the site composes for the e-mail, the
 * copy box and the GitHub link, and what `npm run intake` reads back from each of the three shapes
 * a message can arrive in, hostile ones included.
 */
import { describe, expect, it } from 'vitest';
import {
	cleanFields,
	composeSuggestion,
	parseSuggestion,
	repairMojibake,
	suggestionIssueUrl,
	suggestionMailto,
	type SuggestionFields,
} from '../../src/model/suggestion';

const FULL: SuggestionFields = {
	record: 'gb/childline',
	service: 'Childline',
	country: 'GB',
	countryName: 'United Kingdom',
	where: 'https://www.childline.org.uk/get-support/',
	what: 'The number on the page is wrong.\nThe site says 0800 1111.',
	age: '13-17',
	lang: 'fr',
	date: '2026-12-05',
};

describe('composing a suggestion', () => {
	it('writes every field as a labelled line, the reader’s text last, and a subject naming the service', () => {
		const m = composeSuggestion(FULL);
		expect(m.subject).toBe('POP Atlas suggestion: Childline (gb/childline)');
		expect(m.body).toBe(
			[
				'POP Atlas suggestion',
				'Record: gb/childline',
				'Service: Childline',
				'Country: United Kingdom (GB)',
				'Where I saw it: https://www.childline.org.uk/get-support/',
				'Age: 13-17',
				'Page language: fr',
				'Written on: 2026-12-05',
				'',
				'What is wrong or missing:',
				'The number on the page is wrong.',
				'The site says 0800 1111.',
				'',
			].join('\n'),
		);
	});
	it('with nothing answered it is an outline to fill in: no record, language or date lines, age not said', () => {
		const m = composeSuggestion({});
		expect(m.subject).toBe('POP Atlas suggestion');
		expect(m.body).toBe(
			'POP Atlas suggestion\nService:\nCountry:\nWhere I saw it:\nAge: prefer-not-to-say\n\nWhat is wrong or missing:\n',
		);
	});
	it('says when the service is missing from POP Atlas', () => {
		const m = composeSuggestion({ service: 'Teen Chat', missing: true, country: 'KE' });
		expect(m.subject).toBe('POP Atlas suggestion: missing service Teen Chat (KE)');
		expect(m.body).toContain('\nMissing from POP Atlas: yes\nCountry: KE\n');
	});
	it('the mailto: link carries the subject and the body, with CRLF line breaks, and nothing else', () => {
		const m = composeSuggestion({ ...FULL, what: 'a & b + c?\nsecond line' });
		const href = suggestionMailto('editors@pop-atlas.org', m);
		expect(href.startsWith('mailto:editors@pop-atlas.org?subject=')).toBe(true);
		const q = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
		expect([...q.keys()]).toEqual(['subject', 'body']);
		expect(q.get('subject')).toBe(m.subject);
		expect(q.get('body')).toBe(m.body.replace(/\n/g, '\r\n'));
		expect(href).toContain('a%20%26%20b%20%2B%20c%3F%0D%0Asecond%20line');
	});
	it('the GitHub link fills in the suggestion form field by field, with the subject as title', () => {
		const url = new URL(suggestionIssueUrl('https://github.com/o/r/issues/new', FULL));
		expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'suggestion.yml',
			title: 'POP Atlas suggestion: Childline (gb/childline)',
			record: 'gb/childline',
			service: 'Childline',
			country: 'GB',
			where: 'https://www.childline.org.uk/get-support/',
			age: '13-17',
			what: FULL.what,
		});
	});
});

describe('reading a suggestion back', () => {
	it('round trip: the composed message reads back as the fields that were composed', () => {
		const cases: SuggestionFields[] = [
			FULL,
			{ service: 'Teen Chat', missing: true, country: 'KE', what: 'Not listed.' },
			{ what: 'Only text,\n\nwith an empty line.' },
			{ country: 'AE', countryName: 'الإمارات العربية المتحدة', what: 'الرقم لا يعمل', lang: 'ar' },
		];
		for (const f of cases) {
			const back = parseSuggestion(composeSuggestion(f).body);
			expect(back.format).toBe('message');
			const { countryName: _name, ...expected } = cleanFields(f).fields;
			expect(back.fields).toEqual({ ...expected, age: f.age ?? 'prefer-not-to-say' });
			expect(back.dropped).toEqual([]);
			expect(composeSuggestion(back.fields).body).toBe(
				composeSuggestion({ ...f, countryName: undefined }).body,
			);
		}
	});
	it('reads a pasted e-mail with its headers, and a label the mail program wrapped onto two lines', () => {
		const mail = [
			'From: someone@example.org',
			'Date: Fri, 5 Dec 2026 10:00:00 +0000',
			'Subject: POP Atlas suggestion: Childline (gb/childline)',
			'',
			...composeSuggestion(FULL)
				.body.replace(
					'Where I saw it: https://www.childline.org.uk/get-support/',
					'Where I saw it: https://www.childline.org.uk/\nget-support/',
				)
				.split('\n'),
		].join('\r\n');
		const back = parseSuggestion(mail);
		expect(back.fields.date).toBe('2026-12-05');
		expect(back.fields.where).toBe('https://www.childline.org.uk/ get-support/');
		expect(back.fields.what).toBe(FULL.what);
	});
	it('reads the name=value body a browser writes when the form goes to the mail program without JavaScript', () => {
		// As Chromium sends it: CRLF lines in the order of the form's fields; an "&" in a value
		// becomes a line break and a "+" a space; the text area keeps its own line breaks.
		const body =
			'record=\r\nlang=es\r\nservice=Teen \r\n Chat\r\nmissing=yes\r\ncountry=KE\r\nwhat=They moved.\r\nNew address below\r\nwhere=a poster at school\r\nage=under-13\r\n\r\n';
		const back = parseSuggestion(body);
		expect(back.format).toBe('form');
		expect(back.fields).toEqual({
			service: 'Teen Chat',
			missing: true,
			country: 'KE',
			what: 'They moved.\nNew address below',
			where: 'a poster at school',
			age: 'under-13',
			lang: 'es',
		});
	});
	it('reads a GitHub issue written with the suggestion form; "_No response_" is no answer', () => {
		const issue =
			'### Record\n\n_No response_\n\n### Service\n\nTeen Chat\n\n### Missing from POP Atlas\n\nyes\n\n### Country\n\nke\n\n### Where I saw it\n\n_No response_\n\n### Age\n\n13–17\n\n### What is wrong or missing\n\nIt is not listed.\n\nIt opened in 2026.';
		expect(parseSuggestion(issue)).toEqual({
			format: 'issue',
			fields: {
				service: 'Teen Chat',
				missing: true,
				country: 'KE',
				age: '13-17',
				what: 'It is not listed.\n\nIt opened in 2026.',
			},
			dropped: [],
		});
	});
	it('finds no suggestion in other text', () => {
		expect(parseSuggestion('Hello, please add my helpline.').format).toBeUndefined();
		expect(parseSuggestion('').fields).toEqual({});
	});
});

describe('hostile text', () => {
	it('drops control characters and bidi overrides, and keeps a one-line field on one line', () => {
		const f = cleanFields({
			service: 'Help\u202Eenil\u202C line\u0000\u0007\nRecord: global/evil',
			what: 'a\u2066b\u2069c\u0085\r\nd\u001b[31m',
			where: 'x\u2028y',
		}).fields;
		expect(f.service).toBe('Helpenil line Record: global/evil');
		expect(f.what).toBe('abc\nd[31m');
		expect(f.where).toBe('x y');
		const body = composeSuggestion({ service: 'x\nRecord: global/evil', what: 'y' }).body;
		expect(body).not.toMatch(/^Record:/m);
		expect(parseSuggestion(body).fields.record).toBeUndefined();
	});
	it('a field label inside the reader’s text stays text (the text is always last)', () => {
		const body = composeSuggestion({
			record: 'gb/childline',
			what: 'Record: global/evil\nCountry: XX\n### Record\nrecord=global/evil',
		}).body;
		const back = parseSuggestion(body).fields;
		expect(back.record).toBe('gb/childline');
		expect(back.country).toBeUndefined();
		expect(back.what).toBe('Record: global/evil\nCountry: XX\n### Record\nrecord=global/evil');
	});
	it('a field repeated in a form body keeps its first value; the repeat is text', () => {
		const back = parseSuggestion('record=gb/childline\r\nwhat=hi\r\nrecord=global/evil\r\n');
		expect(back.fields.record).toBe('gb/childline');
		expect(back.fields.what).toBe('hi\nrecord=global/evil');
	});
	it('coded values that are not valid are dropped and named: a path for a record, an unknown country or age', () => {
		const back = parseSuggestion(
			'Record: ../../.github/workflows/deploy\nCountry: Narnia\nAge: 12\nPage language: <script>\nWritten on: yesterday\n\nWhat is wrong or missing:\nx',
		);
		expect(back.fields).toEqual({ age: undefined, what: 'x' });
		expect(back.dropped).toEqual(['record', 'country', 'age', 'lang', 'date']);
	});
	it('text cannot add a recipient or a header to the mailto: link, nor a field to the GitHub link', () => {
		const f = {
			service: 'x&cc=attacker@example.org&bcc=a@b.c',
			what: 'y\r\n&subject=changed&to=evil@example.org',
		};
		const href = suggestionMailto('editors@pop-atlas.org', composeSuggestion(f));
		expect(href.split('?')[0]).toBe('mailto:editors@pop-atlas.org');
		expect(href.match(/[?&][a-z]+=/g)).toEqual(['?subject=', '&body=']);
		const url = new URL(suggestionIssueUrl('https://github.com/o/r/issues/new', f));
		expect([...url.searchParams.keys()]).toEqual(['template', 'title', 'service', 'age', 'what']);
	});
	it('long text is cut to the form’s limits', () => {
		const f = cleanFields({ service: 'a'.repeat(500), what: 'b'.repeat(5000) }).fields;
		expect(f.service).toHaveLength(200);
		expect(f.what).toHaveLength(1500);
	});
});

describe('repairMojibake', () => {
	// What Chromium sends for the suggest form without JavaScript: UTF-8 bytes read as Latin-1.
	const garble = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
	it('reads a message garbled on its way back as UTF-8, in every script the site speaks', () => {
		for (const s of [
			'service=Telèfon 175 (infants i adolescents en situació de risc)',
			'what=O número não atende.',
			'what=الرقم لا يجيب',
			'what=Línea 102 — “horario” incorrecto',
		]) {
			expect(repairMojibake(garble(s))).toBe(s);
			expect(parseSuggestion(garble(`${s}\r\n`)).fields).toEqual(
				parseSuggestion(`${s}\r\n`).fields,
			);
		}
	});
	it('leaves alone text that is not garbled, Latin-1 accents included', () => {
		for (const s of ['Telèfon 175', 'plain ASCII', 'Ça va, naïve café', 'الرقم', 'Ã alone'])
			expect(repairMojibake(s)).toBe(s);
	});
});
