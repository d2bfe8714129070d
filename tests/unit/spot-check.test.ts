/**
 * The spot check against independent reference lists (src/lib/spot-check.ts): the comparison on
 * small hand-made inputs, the reference files in data/reference/, and the real figure over the
 * real data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { combineTotals, dialDigits, normaliseUrl, parseReference, sameNumber, spotCheck, type ReferenceList, type SpotRecord } from '../../src/lib/spot-check';
import { countryCodes } from '../../src/schemas/reference';
import { validateRepository } from '../../src/lib/validate/index';

const REF_URL = 'https://example.org/child-helplines';

function record(id: string, type: string, countries: string[], values: string[], previous: string[] = [], sources: string[] = ['https://operator.example/']): SpotRecord {
	return {
		id,
		file: `content/resources/${id}.yaml`,
		data: {
			resource_type: type,
			countries,
			channels: values.map((value) => ({ type: /^\d{2,6}$/.test(value.replace(/\s/g, '')) ? 'short_code' : 'voice_call', value })),
			previous_numbers: previous.map((value) => ({ value })),
			sources: sources.map((url) => ({ url })),
		},
	};
}

const reference = (entries: ReferenceList['entries']): ReferenceList => ({
	source: { url: REF_URL, title: 'Test list', accessed: '2026-11-29', publisher: 'Test', note: 'Made up for the tests.' },
	entries,
});

describe('number normalisation', () => {
	it('compares a full number with or without the country code or trunk 0', () => {
		expect(sameNumber('+254 722 116 116', '0722 116 116', 'KE')).toBe(true);
		expect(sameNumber('254722116116', '0722-116-116', 'KE')).toBe(true);
		expect(sameNumber('+254722116116', '722 116 116', 'KE')).toBe(true);
		expect(sameNumber('0-800-1111', '+44 800 1111', 'GB')).toBe(true);
		expect(sameNumber('91-22-27546669', '022 2754 6669', 'IN')).toBe(true);
		expect(sameNumber('+254 722 116 116', '0722 116 117', 'KE')).toBe(false);
	});
	it('compares short codes as digits, never as prefixes', () => {
		expect(sameNumber('116 111', '116111', 'DE')).toBe(true);
		expect(sameNumber('116', '116 111', 'KE')).toBe(false);
		expect(sameNumber('116111', '116', 'KE')).toBe(false);
		expect(sameNumber('147', '1147', 'CR')).toBe(false);
	});
	it('reads vanity numbers on the keypad', () => {
		expect(dialDigits("0800 What's Up")).toBe('08009428787');
		expect(dialDigits('1-800-4-A-CHILD')).toBe('18004224453');
		expect(sameNumber('0-800-942-8787', "0800 What's Up", 'NZ')).toBe(true);
		expect(dialDigits('@cyber1388')).toBe('1388');
		expect(dialDigits('Search for Direitos Humanos Brasil')).toBe('');
	});
	it('reads each written form of a number with an alternative in parentheses', () => {
		expect(sameNumber('888-776-8328', '888-PROTECT (888-776-8328)', 'JM')).toBe(true);
		expect(sameNumber('888-776-8328', '888-PROTECT', 'JM')).toBe(true);
	});
	it('normalises URLs for the independence rule', () => {
		expect(normaliseUrl('https://www.Example.org/a/')).toBe('example.org/a');
		expect(normaliseUrl('http://example.org/a#top')).toBe('example.org/a');
	});
});

describe('spotCheck on hand-made inputs', () => {
	const records = [
		record('ke/childline', 'child_helpline', ['KE'], ['116', '+254 722 116 116'], ['0800 221 0800']),
		record('ke/reporting', 'reporting_hotline', ['KE'], ['1190']),
		record('ug/sauti', 'child_helpline', ['UG'], ['116'], [], [REF_URL]),
		record('us/youth', 'youth_serving_crisis_helpline', ['US'], ['988'], ['1-800-273-8255']),
	];
	const result = spotCheck(
		reference([
			{ country: 'KE', name: 'Childline Kenya', numbers: ['116', '0722 116 116'] },
			{ country: 'KE', name: 'Old Childline Kenya', numbers: ['0800-221-0800'] },
			{ country: 'KE', name: 'Some other line', numbers: ['1190'] },
			{ country: 'KE', name: 'A suicide line', numbers: ['0800 723 253'], kind: 'other', note: 'Not a child helpline.' },
			{ country: 'TZ', name: 'Tanzania', numbers: ['116'] },
			{ country: 'UG', name: 'Sauti', numbers: ['116'] },
			{ country: 'US', name: 'Lifeline', numbers: ['+1 800 273 8255'] },
			{ country: 'KE', name: 'No number', numbers: [] },
		]),
		records,
	);
	const statuses = result.entries.map((e) => e.results.map((r) => r.status));

	it('gives each number its status', () => {
		expect(statuses).toEqual([['agree', 'agree'], ['outdated'], ['disagree'], ['disagree'], ['not_in_our_data'], ['skipped'], ['outdated'], []]);
		expect(result.entries[0]!.results[1]!.match).toMatchObject({ id: 'ke/childline', value: '+254 722 116 116', via: 'channel' });
		expect(result.entries[1]!.results[0]!.match).toMatchObject({ id: 'ke/childline', value: '0800 221 0800', via: 'previous_number' });
	});
	it('lists our numbers for a disagreement, and where else in our data the number is', () => {
		const d = result.entries[2]!.results[0]!;
		expect(d.ours).toEqual([{ id: 'ke/childline', file: 'content/resources/ke/childline.yaml', values: ['116', '+254 722 116 116'], previous: ['0800 221 0800'] }]);
		expect(d.elsewhere).toEqual([{ id: 'ke/reporting', type: 'reporting_hotline', value: '1190', via: 'channel' }]);
	});
	it('skips records that cite the reference and says which', () => {
		expect(result.skippedRecords).toEqual(['ug/sauti']);
	});
	it('counts totals over shared numbers, with and without entries annotated kind: other', () => {
		expect(result.all).toMatchObject({ numbers: 8, shared: 6, agree: 2, outdated: 2, disagree: 2, notInOurData: 1, skipped: 1 });
		expect(result.all.rate).toBeCloseTo(4 / 6);
		expect(result.all.currentRate).toBeCloseTo(2 / 6);
		expect(result.inScope).toMatchObject({ numbers: 7, shared: 5, disagree: 1 });
		expect(result.inScope.rate).toBeCloseTo(4 / 5);
		expect(result.entriesWithoutNumbers).toBe(1);
		const both = combineTotals([result, result]);
		expect(both.all).toMatchObject({ shared: 12, agree: 4 });
		expect(both.all.rate).toBeCloseTo(4 / 6);
	});
	it('has no rate when nothing is shared', () => {
		const r = spotCheck(reference([{ country: 'TZ', name: 'x', numbers: ['116'] }]), records);
		expect(r.all.shared).toBe(0);
		expect(Number.isNaN(r.all.rate)).toBe(true);
	});
});

describe('parseReference', () => {
	const good = { source: { url: REF_URL, title: 't', accessed: '2026-11-29', publisher: 'p', note: 'n' }, entries: [{ country: 'KE', name: 'x', numbers: ['116'] }] };
	it('accepts a well-formed file and a YAML date', () => {
		expect(parseReference(good).entries[0]!.numbers).toEqual(['116']);
		expect(parseReference(YAML.parse(YAML.stringify(good).replace("'2026-11-29'", '2026-11-29'))).source.accessed).toBe('2026-11-29');
	});
	it('rejects numbers that are not strings, bad countries, unknown keys and unexplained kind: other', () => {
		expect(() => parseReference({ ...good, entries: [{ country: 'KE', name: 'x', numbers: [116] }] })).toThrow(/numbers/);
		expect(() => parseReference({ ...good, entries: [{ country: 'ke', name: 'x', numbers: ['116'] }] })).toThrow(/country/);
		expect(() => parseReference({ ...good, entries: [{ country: 'KE', name: 'x', numbers: ['116'], phone: '1' }] })).toThrow(/phone/);
		expect(() => parseReference({ ...good, entries: [{ country: 'KE', name: 'x', numbers: ['116'], kind: 'other' }] })).toThrow(/note/);
		expect(() => parseReference({ entries: good.entries })).toThrow(/source/);
	});
});

describe('the real spot check', () => {
	const DIR = 'data/reference';
	const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
	const references = files.map((f) => parseReference(YAML.parse(fs.readFileSync(path.join(DIR, f), 'utf8')), f));
	const v = validateRepository();
	const records: SpotRecord[] = v.resources.map((e) => ({ id: e.id, file: e.file, data: e.data }));
	const results = references.map((r) => spotCheck(r, records));
	const totals = combineTotals(results);

	it('has reference files that parse, with countries we know', () => {
		expect(files.length).toBeGreaterThanOrEqual(2);
		const known = new Set(countryCodes());
		for (const r of references) {
			expect(r.entries.length).toBeGreaterThan(0);
			expect(r.entries.map((e) => e.country).filter((c) => !known.has(c))).toEqual([]);
		}
	});
	it('uses references that no record cites', () => {
		expect(results.flatMap((r) => r.skippedRecords)).toEqual([]);
	});
	// The goal in the project issue is >= 95% agreement. The real figure on 2026-11-29 is below it:
	// 21 of 35 shared numbers agree (60.0%), or 21 of 28 (75.0%) leaving out the 7 numbers of
	// reference entries that are not child helplines (kind: other). Almost every remaining
	// disagreement is a helpline the reference lists and our data does not carry, not a wrong number
	// in our data; see the spot-check report. These floors are the current figures, so a regression
	// fails the test; raise them as records are added or corrected.
	it('agrees on at least the current share of shared numbers', () => {
		expect(totals.all.shared).toBeGreaterThanOrEqual(30);
		expect(totals.all.rate).toBeGreaterThanOrEqual(0.6);
		expect(totals.inScope.rate).toBeGreaterThanOrEqual(0.75);
	});
});
