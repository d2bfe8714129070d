/** The HTTP headers (src/site/headers.ts): what the host and the local server send. */
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFile, headersFor, parseHeadersFile } from '../../src/site/headers';
import { CSP, NEW_ISSUE_URL } from '../../src/site/site';

describe('headers', () => {
	it('every page but the embed may be framed only by the site itself', () => {
		for (const p of [
			'/',
			'/countries/gb/',
			'/fr/countries/gb/',
			'/resources/gb/childline/',
			'/search/',
		]) {
			const h = headersFor(p);
			expect(h['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
			expect(h['X-Frame-Options']).toBe('SAMEORIGIN');
			expect(h['Content-Security-Policy']!.split(',').length).toBe(1);
		}
	});
	it('the embed may be framed by any site, and runs no script', () => {
		const h = headersFor('/embed/gb/');
		expect(h['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
		expect(h['Content-Security-Policy']).toContain("script-src 'none'");
		expect(h['X-Frame-Options']).toBeUndefined();
	});
	it('sends HSTS, nosniff, no referrer and a closed permissions policy everywhere', () => {
		for (const p of ['/', '/embed/ke/']) {
			const h = headersFor(p);
			expect(h['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
			expect(h['X-Content-Type-Options']).toBe('nosniff');
			expect(h['Referrer-Policy']).toBe('no-referrer');
			expect(h['Permissions-Policy']).toContain('geolocation=()');
		}
	});
	it("forms may go only to the site, the reader's mail program and the new-issue page (the suggest form)", () => {
		const formAction = (policy: string) =>
			policy
				.split(';')
				.map((d) => d.trim())
				.find((d) => d.startsWith('form-action '));
		const expected = `form-action 'self' mailto: ${NEW_ISSUE_URL}`;
		expect(NEW_ISSUE_URL).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
		expect(formAction(CSP)).toBe(expected);
		expect(formAction(headersFor('/suggest/')['Content-Security-Policy']!)).toBe(expected);
		expect(formAction(headersFor('/embed/gb/')['Content-Security-Policy']!)).toBe(
			"form-action 'self'",
		);
	});
	it('writes a _headers file that reads back into the same rules', () => {
		expect(parseHeadersFile(headersFile())).toEqual(HEADER_RULES);
		expect(headersFile()).toContain('/embed/*\n  ! Content-Security-Policy\n');
	});
});
