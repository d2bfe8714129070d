/**
 * The sourced figures and how the site shows them (src/model/figures.ts, reach-help.ts, brief.ts)
 * on the fixture repository's fictional figures: which figure is chosen, what each chart and
 * table lists, that every row links its publication, and that every number in a sentence is one
 * the figures give or a count of them.
 */
import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages';
import { chartCsv, chartTable, type ChartSpec } from '../../src/charts/spec';
import { briefPdfUrl, briefRecommendations } from '../../src/model/brief';
import {
	countryFigures,
	latestBreakdown,
	policyRows,
	preferred,
	series,
	type FigureEntry,
} from '../../src/model/figures';
import {
	channelSplitCountries,
	figureText,
	latestUsageByCountry,
	reachHelp,
	REACH_IDS,
} from '../../src/model/reach-help';
import { fixtureRepository } from './helpers/repository';

const ds = fixtureRepository();
const NOW = '2026-11-29';
const specs = reachHelp({ ds, helplineCountries: 2, lang: 'en', now: NOW, network: 'global/tool' });
const spec = (id: string) => specs.find((s) => s.id === id)!;

describe('the figures of the fixture repository', () => {
	it('are read with their publication', () => {
		expect(ds.figures).toHaveLength(17);
		const f = ds.figures.find((x) => x.id === 'ke-example-2022-contacts')!;
		expect(f.source.publisher).toBe('Example Childline Kenya');
		expect(f.file).toBe('ke-example-childline-2022');
	});

	it('prefer the most confident figure for a period, whatever the file order', () => {
		const two = ds.figures.filter(
			(f) => f.period === '2021' && f.indicator === 'contacts_per_year',
		);
		expect(two).toHaveLength(2);
		expect(preferred(two)!.value).toBe(1200000);
		expect(preferred([...two].reverse())!.value).toBe(1200000);
	});

	it('make a series oldest first, one figure per period, leaving parts of a breakdown out', () => {
		const s = series(ds.figures, { indicator: 'contacts_per_year', scope: 'KE', unit: 'contacts' });
		expect(s.map((f) => [f.period, f.value])).toEqual([
			['2019', 30000],
			['2022', 50000],
		]);
	});

	it('take the parts of one whole from one publication and period, largest first', () => {
		const parts = latestBreakdown(ds.figures, {
			indicator: 'contacts_share_by_channel',
			scope: 'KE',
			dimension: 'channel',
		});
		expect(parts.map((f) => f.value)).toEqual([60, 30, 5]);
	});

	it('group a country’s figures by indicator in taxonomy order, newest first', () => {
		const groups = countryFigures(ds.figures, 'KE', ['contacts_per_year', 'answered_share']);
		expect(groups.map((g) => g.indicator)).toEqual(['contacts_per_year', 'answered_share']);
		// The total and its two counts by channel for 2022, then 2019.
		expect(groups[0]!.figures.map((f) => f.period)).toEqual(['2022', '2022', '2022', '2019']);
	});

	it('keep a policy fact no source states as not yet mapped, never as no', () => {
		const rows = policyRows(ds.policy.get('KE'), [
			'chi_member',
			'inhope_member',
			'online_safety_law',
		]);
		expect(rows.map((r) => r.state)).toEqual(['yes', 'unmapped', 'no']);
		expect(policyRows(undefined, ['chi_member']).map((r) => r.state)).toEqual(['unmapped']);
	});
});

const rowsOf = (s: ChartSpec) => chartTable(s).rows;

describe('"How children reach help"', () => {
	it('has every chart and table, in page order', () => {
		expect(specs.map((s) => s.id)).toEqual([...REACH_IDS]);
	});

	it('charts the network’s worldwide total by year, with the preferred figure of each year', () => {
		const s = spec('contacts-worldwide');
		expect(s.kind).toBe('bars');
		expect(rowsOf(s).map((r) => [r.label, r.value])).toEqual([
			['2020', 1000000],
			['2021', 1200000],
		]);
		expect(s.takeaway).toContain('for 2 years between 2020 and 2021');
		expect(s.takeaway).toContain('1,200,000 contacts in 2021');
	});

	it('lists the latest count of contacts of each country, the total before counselling contacts', () => {
		expect(latestUsageByCountry(ds.figures).map((f) => f.id)).toEqual(['ke-example-2022-contacts']);
		const s = spec('contacts-by-country');
		expect(s.kind).toBe('table');
		expect(rowsOf(s)).toEqual([
			expect.objectContaining({ place: 'Kenya', period: '2022', value: '50,000 contacts' }),
		]);
		// The one count is from 2022, before the recent window (2023 or later on 2026-11-29).
		expect(s.takeaway).toBe(
			'1 countries have a published count of contacts to a helpline in the figures collected so far; for 0 of them the latest count covers 2023 or later.',
		);
	});

	it('splits contacts by channel: text, phone, e-mail apart, and what the source did not split', () => {
		const s = spec('channel-shares');
		expect(s.kind).toBe('stacked');
		if (s.kind !== 'stacked') return;
		expect(s.rows).toHaveLength(1);
		expect(s.rows[0]!.values).toEqual({ text: 30, voice: 60, written: 5, other: 0, unsplit: 5 });
		expect(s.takeaway).toContain('than the phone in 0, and the phone a larger share in 1');
	});

	it('ranks the reasons worldwide from the figures', () => {
		const s = spec('contact-reasons');
		expect(s.takeaway).toBe(
			'Worldwide in 2020, the most common reason for contacting a child helpline was mental health (40% of contacts), then violence (25%). The chart shows 1 sets of reasons, each as its publisher groups them.',
		);
	});

	it('names the latest hotline and tip-line totals', () => {
		expect(spec('hotline-reports').takeaway).toContain('received 90,000 reports in 2020');
		expect(spec('hotline-reports').takeaway).toContain('processed 5,000 reports in 2020');
	});

	it('counts a country as split by channel by its shares or by counts of two channels', () => {
		const split = channelSplitCountries(ds.figures);
		expect([...split.shares]).toEqual(['KE']);
		expect([...split.counts]).toEqual(['KE']);
		expect(split.all.size).toBe(1);
		// One channel counted alone is no split; nor are two channels of different years, or of two
		// different services.
		const one = ds.figures.filter((f) => f.id !== 'ke-example-2022-chats');
		expect([...channelSplitCountries(one).counts]).toEqual([]);
		const chats = ds.figures.find((f) => f.id === 'ke-example-2022-chats')!;
		const otherYear = [...one, { ...chats, period: '2021' }];
		expect([...channelSplitCountries(otherYear).counts]).toEqual([]);
		const otherService = [...one, { ...chats, service: 'ke/other-line' }];
		expect([...channelSplitCountries(otherService).counts]).toEqual([]);
		// Only the figures of a split are listed: a lone count beside it is left out.
		const lone = { ...chats, id: 'lone', period: '2019' };
		expect(channelSplitCountries([...ds.figures, lone]).countFigures.map((f) => f.id)).toEqual([
			'ke-example-2022-calls',
			'ke-example-2022-chats',
		]);
		const s = spec('channel-counts');
		expect(s.kind).toBe('table');
		expect(rowsOf(s).map((r) => [r.what, r.value, r.service])).toEqual([
			['Contacts per year: calls', '30,000 contacts', 'Example Childline "One", Kenya'],
			['Contacts per year: chats', '20,000 contacts', 'Example Childline "One", Kenya'],
		]);
		expect(s.takeaway).toContain('2 counts of contacts by channel from 1 countries');
		expect(s.takeaway).toContain('the contacts of 1 countries are split by channel');
	});

	it('counts the countries with a published answer rate against those with a helpline', () => {
		expect(spec('effectiveness').takeaway).toContain('1 of the 2 countries and territories');
		expect(rowsOf(spec('helpseeking'))).toHaveLength(1);
	});

	it('links every row to its publication, in the table and in the CSV', () => {
		for (const s of specs) {
			const urls = new Set((s.sources ?? []).map((x) => x.url));
			const table = chartTable(s);
			expect(table.columns.at(-1)!.key, s.id).toBe('source');
			for (const r of table.rows)
				expect(urls.has(String(r.source)), `${s.id}: ${r.source}`).toBe(true);
			const csv = chartCsv(s);
			for (const url of urls) expect(csv).toContain(url);
		}
	});

	it('says nothing with a number that the figures do not give or count', () => {
		// Every number in a sentence is a figure's value or period, a count computed from the
		// figures, or a year the code derives from today's date.
		const values = new Set(ds.figures.flatMap((f: FigureEntry) => [figureText(f, 'en'), f.period]));
		const counts = new Set(['0', '1', '2', '2023']);
		for (const s of specs) {
			let rest = s.takeaway;
			for (const v of [...values].sort((a, b) => b.length - a.length))
				rest = rest.split(v).join(' ');
			for (const n of rest.match(/\d+(?:[.,]\d+)*/g) ?? [])
				expect(counts.has(n), `${s.id}: ${n} in "${s.takeaway}"`).toBe(true);
		}
	});

	it('speaks every interface language with the same numbers', () => {
		for (const lang of LANG_CODES.filter((l) => l !== 'en')) {
			const other = reachHelp({ ds, helplineCountries: 2, lang, now: NOW, network: 'global/tool' });
			expect(other.map((s) => rowsOf(s).length)).toEqual(specs.map((s) => rowsOf(s).length));
			expect(other[0]!.takeaway).not.toBe(specs[0]!.takeaway);
		}
	});
});

describe('the country brief', () => {
	it('has one PDF per country', () => {
		expect(briefPdfUrl('KE')).toBe('/countries/pdf/pop-brief-ke.pdf');
	});
	it('lists the recommendations that rest on an indicator the country lacks, with those indicators', () => {
		const recs = [
			{ id: 'A', evidence: { indicators: ['child_helpline', 'text_channel'] } },
			{ id: 'B', evidence: { indicators: ['child_helpline'] } },
			{ id: 'C', status: 'withdrawn' as const, evidence: { indicators: ['text_channel'] } },
			{ id: 'D', evidence: {} },
		];
		const out = briefRecommendations(recs, { child_helpline: 'exists', text_channel: 'unmapped' });
		expect(out.map((x) => [x.rec.id, x.because])).toEqual([['A', ['text_channel']]]);
	});
});
