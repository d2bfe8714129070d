/**
 * The spot check against independent reference lists (scripts/lib/spot-check.ts): the comparison on
 * small hand-made inputs. The real figure over the real data is in tests/content/spot-check.test.ts.
 */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
	combineTotals,
	dialDigits,
	normaliseUrl,
	parseReference,
	sameNumber,
	spotCheck,
	type ReferenceList,
	type SpotRecord,
} from '../../scripts/lib/spot-check';

const REF_URL = 'https://example.org/child-helplines';

function record(
	id: string,
	type: string,
	countries: string[],
	values: string[],
	previous: string[] = [],
	sources: string[] = ['https://operator.example/'],
): SpotRecord {
	return {
		id,
		file: `content/resources/${id}.yaml`,
		data: {
			resource_type: type,
			countries,
			channels: values.map((value) => ({
				type: /^\d{2,6}$/.test(value.replace(/\s/g, '')) ? 'short_code' : 'voice_call',
				value,
			})),
			previous_numbers: previous.map((value) => ({ value })),
			sources: sources.map((url) => ({ url })),
		},
	};
}

const reference = (entries: ReferenceList['entries']): ReferenceList => ({
	source: {
		url: REF_URL,
		title: 'Test list',
		accessed: '2026-11-29',
		publisher: 'Test',
		note: 'Made up for the tests.',
	},
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
	it('reads a short code written after the country calling code, only with a separator', () => {
		expect(sameNumber('597-123', '123', 'SR')).toBe(true);
		expect(sameNumber('+597 123', '123', 'SR')).toBe(true);
		expect(sameNumber('597123', '123', 'SR')).toBe(false);
		expect(sameNumber('597-124', '123', 'SR')).toBe(false);
		expect(sameNumber('+48 116 111', '116 111', 'PL')).toBe(true);
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
		record(
			'ke/childline',
			'child_helpline',
			['KE'],
			['116', '+254 722 116 116'],
			['0800 221 0800'],
		),
		record('ke/reporting', 'reporting_hotline', ['KE'], ['1190']),
		record('ug/sauti', 'child_helpline', ['UG'], ['116'], [], [REF_URL]),
		record('us/youth', 'youth_serving_crisis_helpline', ['US'], ['988'], ['1-800-273-8255']),
	];
	const result = spotCheck(
		reference([
			{ country: 'KE', name: 'Childline Kenya', numbers: ['116', '0722 116 116'] },
			{ country: 'KE', name: 'Old Childline Kenya', numbers: ['0800-221-0800'] },
			{ country: 'KE', name: 'Some other line', numbers: ['1190'] },
			{
				country: 'KE',
				name: 'A suicide line',
				numbers: ['0800 723 253'],
				kind: 'other',
				note: 'Not a child helpline.',
			},
			{ country: 'TZ', name: 'Tanzania', numbers: ['116'] },
			{ country: 'UG', name: 'Sauti', numbers: ['116'] },
			{ country: 'US', name: 'Lifeline', numbers: ['+1 800 273 8255'] },
			{ country: 'KE', name: 'No number', numbers: [] },
		]),
		records,
	);
	const statuses = result.entries.map((e) => e.results.map((r) => r.status));

	it('gives each number its status', () => {
		expect(statuses).toEqual([
			['agree', 'agree'],
			['outdated'],
			['disagree'],
			['disagree'],
			['not_in_our_data'],
			['skipped'],
			['outdated'],
			[],
		]);
		expect(result.entries[0]!.results[1]!.match).toMatchObject({
			id: 'ke/childline',
			value: '+254 722 116 116',
			via: 'channel',
		});
		expect(result.entries[1]!.results[0]!.match).toMatchObject({
			id: 'ke/childline',
			value: '0800 221 0800',
			via: 'previous_number',
		});
	});
	it('lists our numbers for a disagreement, and where else in our data the number is', () => {
		const d = result.entries[2]!.results[0]!;
		expect(d.ours).toEqual([
			{
				id: 'ke/childline',
				file: 'content/resources/ke/childline.yaml',
				values: ['116', '+254 722 116 116'],
				previous: ['0800 221 0800'],
			},
		]);
		expect(d.elsewhere).toEqual([
			{ id: 'ke/reporting', type: 'reporting_hotline', value: '1190', via: 'channel' },
		]);
	});
	it('skips records that cite the reference and says which', () => {
		expect(result.skippedRecords).toEqual(['ug/sauti']);
	});
	it('does not count a number held by a citing record as a disagreement of another record', () => {
		const mixed = spotCheck(reference([{ country: 'UG', name: 'Sauti', numbers: ['116'] }]), [
			record('ug/sauti', 'child_helpline', ['UG'], ['116'], [], [REF_URL]),
			record('ug/other', 'child_helpline', ['UG'], ['0800 100 200']),
		]);
		expect(mixed.entries[0]!.results.map((r) => r.status)).toEqual(['skipped']);
		expect(mixed.all).toMatchObject({ skipped: 1, disagree: 0 });
		// Without the citing record, the other record's number does disagree.
		const alone = spotCheck(reference([{ country: 'UG', name: 'Sauti', numbers: ['116'] }]), [
			record('ug/other', 'child_helpline', ['UG'], ['0800 100 200']),
		]);
		expect(alone.entries[0]!.results.map((r) => r.status)).toEqual(['disagree']);
	});
	it('counts totals over shared numbers, with and without entries annotated kind: other', () => {
		expect(result.all).toMatchObject({
			numbers: 8,
			shared: 6,
			agree: 2,
			outdated: 2,
			disagree: 2,
			notInOurData: 1,
			skipped: 1,
		});
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
		expect(r.services.all.shared).toBe(0);
		expect(Number.isNaN(r.services.all.rate)).toBe(true);
	});
});

describe('spotCheck, service level', () => {
	const records = [
		record(
			'ke/childline',
			'child_helpline',
			['KE'],
			['116', '+254 722 116 116'],
			['0800 221 0800'],
		),
		record('ke/reporting', 'reporting_hotline', ['KE'], ['1190']),
		record('ke/other-helpline', 'child_helpline', ['KE'], ['1195']),
		record('ug/sauti', 'child_helpline', ['UG'], ['116'], [], [REF_URL]),
	];
	const result = spotCheck(
		reference([
			// paired by a number in common; the second number is one we do not carry
			{ country: 'KE', name: 'Childline Kenya', numbers: ['116', '0711 000 000'] },
			// paired by a previous number
			{ country: 'KE', name: 'Old Childline Kenya', numbers: ['0800-221-0800'] },
			// paired with a record of another type
			{
				country: 'KE',
				name: 'Reporting line',
				numbers: ['1190'],
				kind: 'other',
				note: 'Not a child helpline.',
			},
			// a service we do not carry, in a country where we carry others: not counted
			{ country: 'KE', name: 'A line we do not carry', numbers: ['1199'] },
			// paired by our annotation; no number in common: a conflict
			{
				country: 'KE',
				name: 'Another Kenyan helpline',
				numbers: ['1196'],
				ours: ['ke/other-helpline'],
				note: 'Same name.',
			},
			// the only record cites the reference: not paired
			{ country: 'UG', name: 'Sauti', numbers: ['116'] },
			{ country: 'KE', name: 'No number', numbers: [] },
		]),
		records,
	);
	const byName = (name: string) => result.services.entries.find((e) => e.entry.name === name)!;

	it('pairs entries with our records by a number in common (any type) or by annotation', () => {
		expect(byName('Childline Kenya')).toMatchObject({ records: ['ke/childline'], via: 'number' });
		expect(byName('Old Childline Kenya')).toMatchObject({
			records: ['ke/childline'],
			via: 'number',
		});
		expect(byName('Reporting line')).toMatchObject({
			records: ['ke/reporting'],
			via: 'number',
			inScope: false,
		});
		expect(byName('Another Kenyan helpline')).toMatchObject({
			records: ['ke/other-helpline'],
			via: 'annotation',
		});
		expect(byName('A line we do not carry').records).toEqual([]);
		expect(byName('Sauti').records).toEqual([]);
		expect(result.services.entries.map((e) => e.entry.name)).not.toContain('No number');
	});
	it('gives each number of a shared service agree, outdated or missing', () => {
		expect(byName('Childline Kenya').numbers.map((n) => n.status)).toEqual(['agree', 'missing']);
		expect(byName('Old Childline Kenya').numbers[0]).toMatchObject({
			status: 'outdated',
			match: { id: 'ke/childline', value: '0800 221 0800' },
		});
		expect(byName('Another Kenyan helpline').numbers.map((n) => n.status)).toEqual(['missing']);
		expect(byName('A line we do not carry').numbers).toEqual([]);
	});
	it('counts only shared services, with and without entries annotated kind: other', () => {
		expect(result.services.all).toMatchObject({
			entries: 6,
			shared: 4,
			numbers: 5,
			agree: 2,
			outdated: 1,
			missing: 2,
			conflicts: 1,
		});
		expect(result.services.all.rate).toBeCloseTo(3 / 5);
		expect(result.services.all.serviceRate).toBeCloseTo(3 / 4);
		expect(result.services.inScope).toMatchObject({
			entries: 5,
			shared: 3,
			numbers: 4,
			agree: 1,
			outdated: 1,
			missing: 2,
		});
		expect(result.services.inScope.rate).toBeCloseTo(2 / 4);
		expect(combineTotals([result, result]).services.all).toMatchObject({
			shared: 8,
			numbers: 10,
			agree: 4,
		});
	});
	it('skips records that cite the reference here too', () => {
		expect(result.skippedRecords).toEqual(['ug/sauti']);
	});
});

describe('parseReference', () => {
	const good = {
		source: { url: REF_URL, title: 't', accessed: '2026-11-29', publisher: 'p', note: 'n' },
		entries: [{ country: 'KE', name: 'x', numbers: ['116'] }],
	};
	it('accepts a well-formed file and a YAML date', () => {
		expect(parseReference(good).entries[0]!.numbers).toEqual(['116']);
		expect(
			parseReference(YAML.parse(YAML.stringify(good).replace("'2026-11-29'", '2026-11-29'))).source
				.accessed,
		).toBe('2026-11-29');
	});
	it('rejects numbers that are not strings, bad countries, unknown keys and unexplained kind: other', () => {
		expect(() =>
			parseReference({ ...good, entries: [{ country: 'KE', name: 'x', numbers: [116] }] }),
		).toThrow(/numbers/);
		expect(() =>
			parseReference({ ...good, entries: [{ country: 'ke', name: 'x', numbers: ['116'] }] }),
		).toThrow(/country/);
		expect(() =>
			parseReference({
				...good,
				entries: [{ country: 'KE', name: 'x', numbers: ['116'], phone: '1' }],
			}),
		).toThrow(/phone/);
		expect(() =>
			parseReference({
				...good,
				entries: [{ country: 'KE', name: 'x', numbers: ['116'], kind: 'other' }],
			}),
		).toThrow(/note/);
		expect(() => parseReference({ entries: good.entries })).toThrow(/source/);
		expect(() =>
			parseReference({
				...good,
				entries: [{ country: 'KE', name: 'x', numbers: ['116'], ours: ['ke/childline'] }],
			}),
		).toThrow(/note/);
		expect(() =>
			parseReference({
				...good,
				entries: [{ country: 'KE', name: 'x', numbers: ['116'], ours: 'ke/childline', note: 'n' }],
			}),
		).toThrow(/ours/);
	});
});
