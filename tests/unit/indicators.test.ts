/**
 * The indicators module on a small fixture dataset built here: values pinned per country, per
 * area and globally, including the three states — exists, known absent (from a sourced entry, and
 * from facts that are all known), and not yet mapped.
 */
import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages';
import {
	allAreaIndicators,
	allCountryIndicators,
	areaIndicators,
	countryIndicators,
	absenceIndex,
	headline,
	INDICATOR_IDS,
	INDICATORS,
	localIndicator,
	MEASURES,
	supportServiceCount,
	verifiedCount,
} from '../../src/model/indicators';
import { countryList } from '../../src/schemas/reference';
import { census as censusOf, censusFigures } from '../../src/model/census';
import { fixtureAbsent, fixtureRecords, NOW } from './helpers/fixture';
import { fixtureDataset } from './helpers/records';

const records = fixtureRecords;
const absent = fixtureAbsent;
const ds = fixtureDataset(records, absent);
const all = allCountryIndicators(ds, absent, NOW);

describe('country indicators', () => {
	it('Kenya: every state pinned', () => {
		expect(all.get('KE')!.states).toEqual({
			child_helpline: 'exists',
			text_channel: 'exists',
			channel_voice: 'exists',
			channel_sms: 'exists',
			channel_messaging: 'unmapped',
			channel_chat: 'unmapped',
			channel_social: 'unmapped',
			channel_app: 'unmapped',
			channel_written: 'unmapped',
			available_24_7: 'exists',
			free: 'exists',
			anonymous: 'exists',
			reporting_hotline: 'exists',
			takedown_route: 'unmapped',
			youth_initiative: 'exists',
		});
		expect(all.get('KE')).toMatchObject({ code: 'KE', records: 3, languages: ['en', 'sw'] });
		expect(all.get('KE')!.verifiedShare).toBeCloseTo(2 / 3, 10);
		expect(verifiedCount(all.get('KE')!)).toBe(2);
		expect(supportServiceCount(ds, 'KE')).toBe(1);
	});

	it('a channel is known absent only when every support service says so in its channel census', () => {
		const ug = records.filter((r) => r.countries.includes('UG'));
		const support = ug.filter((r) => r.resource_type === 'child_helpline');
		expect(support.length).toBeGreaterThan(0);
		/** The records, with this channel census on every support service of UG. */
		const withCensus = (lists: { not_offered?: string[]; offered_unlisted?: string[] }) =>
			records.map((r) =>
				support.includes(r)
					? {
							...r,
							channel_census: { checked: '2026-11-01', source: 'https://example.org/', ...lists },
						}
					: r,
			);
		const census = (not: string[]) => withCensus({ not_offered: not });
		const state = (rs: typeof records, id: string) =>
			countryIndicators(fixtureDataset(rs, absent), 'UG', new Set(), NOW).states[id];
		expect(state(records, 'channel_chat')).toBe('unmapped');
		expect(state(census(['web_chat']), 'channel_chat')).toBe('absent');
		// Messaging counts WhatsApp and other messengers: both must be said to be missing.
		expect(state(census(['whatsapp']), 'channel_messaging')).toBe('unmapped');
		expect(state(census(['whatsapp', 'messenger']), 'channel_messaging')).toBe('absent');
		// Text channels: absent only when every kind of text channel is said to be missing.
		expect(state(census(['web_chat', 'sms']), 'text_channel')).toBe('unmapped');
		expect(
			state(census(['sms', 'web_chat', 'whatsapp', 'messenger', 'app', 'social']), 'text_channel'),
		).toBe('absent');
		// A source that lists web chat among the ways to reach the service, without its address:
		// the channel exists, and the census is complete for that kind without a channel to show.
		const withoutAddress = withCensus({ offered_unlisted: ['web_chat'] });
		expect(state(withoutAddress, 'channel_chat')).toBe('exists');
		expect(state(withoutAddress, 'text_channel')).toBe('exists');
		expect(state(withoutAddress, 'channel_sms')).toBe('unmapped');
		const helpline = withoutAddress.find((r) => support.some((s) => s.id === r.id))!;
		expect(censusOf(helpline).get('web_chat')).toBe('offered');
		expect(censusOf(helpline).get('sms')).toBe('not_checked');
	});

	it('counts the child and youth helplines whose channel census is complete', () => {
		const kinds = [
			'voice',
			'short_code',
			'sms',
			'web_chat',
			'whatsapp',
			'messenger',
			'app',
			'email',
			'social',
			'forum',
			'video_sign',
		];
		const census = (not_offered: string[], offered_unlisted?: string[]) => ({
			checked: '2026-12-05',
			source: 'https://example.org/',
			not_offered,
			...(offered_unlisted ? { offered_unlisted } : {}),
		});
		const phone = [{ type: 'voice_call' }];
		const rs = [
			// complete: a phone channel, nine kinds not offered, one offered but unlisted
			{
				resource_type: 'child_helpline',
				channels: phone,
				channel_census: census(kinds.slice(1, 10), ['video_sign']),
			},
			// incomplete: video_sign left unchecked
			{
				resource_type: 'youth_serving_crisis_helpline',
				channels: phone,
				channel_census: census(kinds.slice(1, 10)),
			},
			// no census at all
			{ resource_type: 'child_helpline', channels: phone },
			// not a helpline: not counted, even with a complete census
			{
				resource_type: 'reporting_hotline',
				channels: phone,
				channel_census: census(kinds.slice(1)),
			},
		] as unknown as Parameters<typeof censusFigures>[0];
		expect(censusFigures(rs)).toEqual({ helplines: 3, complete: 1, unlisted: 1 });
	});

	it('peer support offered by a helpline counts as a youth initiative', () => {
		// Burundi's fixture helpline is not peer support or youth-led: the indicator is not mapped…
		const bi = records.filter((r) => r.countries.includes('BI'));
		const state = (rs: typeof records) =>
			countryIndicators(fixtureDataset(rs, absent), 'BI', new Set(), NOW).states.youth_initiative;
		expect(state(records)).toBe('unmapped');
		// …until one of them lists peer support among its functions.
		const helpline = bi.find((r) => r.resource_type === 'child_helpline')!;
		const withPeers = records.map((r) =>
			r === helpline ? { ...r, functions: [...r.functions, 'peer_support' as const] } : r,
		);
		expect(state(withPeers)).toBe('exists');
	});

	it('known absent from facts that are all known: Uganda is not 24/7, not free, not anonymous', () => {
		const ug = all.get('UG')!.states;
		expect([ug.available_24_7, ug.free, ug.anonymous]).toEqual(['absent', 'absent', 'absent']);
		// A channel no record lists is never read as absent.
		expect([ug.text_channel, ug.channel_sms]).toEqual(['unmapped', 'unmapped']);
		expect([ug.child_helpline, ug.channel_voice, ug.youth_initiative]).toEqual([
			'exists',
			'exists',
			'exists',
		]);
		expect(all.get('UG')!.languages).toEqual(['en', 'lg', 'sw']);
	});

	it('known absent from a sourced entry: Tanzania has no records, yet two sourced absences', () => {
		const tz = all.get('TZ')!;
		expect(tz.records).toBe(0);
		expect(tz.verifiedShare).toBeNull();
		expect(tz.states.child_helpline).toBe('absent');
		expect(tz.states.free).toBe('absent');
		expect(tz.states.reporting_hotline).toBe('unmapped');
		expect(Object.values(tz.states).filter((s) => s === 'absent')).toHaveLength(2);
	});

	it('a sourced absence never overrides a record: Rwanda keeps its hotline', () => {
		expect(all.get('RW')!.states.reporting_hotline).toBe('exists');
	});

	it('not yet mapped: a country with no record and no entry is unmapped for every indicator', () => {
		const br = all.get('BR')!;
		expect(new Set(Object.values(br.states))).toEqual(new Set(['unmapped']));
		expect(br).toMatchObject({ records: 0, languages: [], verifiedShare: null });
	});

	it('unknown facts stay unmapped: Burundi is free, but its hours are not known', () => {
		expect(all.get('BI')!.states.free).toBe('exists');
		expect(all.get('BI')!.states.available_24_7).toBe('unmapped');
	});

	it('status: a defunct service does not count, a temporarily closed one does', () => {
		expect(all.get('SO')!.states.child_helpline).toBe('unmapped');
		expect(all.get('SO')!.records).toBe(1);
		expect(all.get('MW')!.states.child_helpline).toBe('exists');
		expect(all.get('MW')!.states.channel_messaging).toBe('exists');
		// "und" is not a language.
		expect(all.get('MW')!.languages).toEqual([]);
	});

	it('reporting and takedown: a CSAM portal counts as a hotline, takedown support as a national route; a global tool does not', () => {
		expect(all.get('FR')!.states).toMatchObject({
			reporting_hotline: 'exists',
			takedown_route: 'exists',
			channel_app: 'exists',
			child_helpline: 'unmapped',
		});
		expect(all.get('KE')!.states.takedown_route).toBe('unmapped');
	});

	it('freshness depends on the date: every Kenyan record was fresh in 2024', () => {
		const then = countryIndicators(ds, 'KE', absenceIndex(absent), '2024-06-01');
		expect(then.verifiedShare).toBe(1);
		// The memo is keyed by date: asking for another date does not return the cached map.
		expect(allCountryIndicators(ds, absent, '2024-06-01').get('KE')!.verifiedShare).toBe(1);
		expect(allCountryIndicators(ds, absent, NOW).get('KE')!.verifiedShare).toBeCloseTo(2 / 3, 10);
	});
});

describe('area indicators', () => {
	const eastern = countryList().filter((c) => c.subregion === '014').length;
	const africa = countryList().filter((c) => c.region === '002').length;

	it('Eastern Africa: tallies of the three states', () => {
		const a = areaIndicators(ds, all, '014', NOW);
		expect(a.name).toBe('Eastern Africa');
		expect(a.countries).toBe(eastern);
		// KE, UG, BI, SO, MW, RW have records.
		expect(a.mapped).toBe(6);
		expect(a.tallies.child_helpline).toEqual({
			exists: 4,
			absent: 1,
			unmapped: eastern - 5,
			total: eastern,
		});
		expect(a.tallies.free).toEqual({ exists: 3, absent: 2, unmapped: eastern - 5, total: eastern });
		expect(a.tallies.available_24_7).toEqual({
			exists: 1,
			absent: 1,
			unmapped: eastern - 2,
			total: eastern,
		});
		expect(a.tallies.reporting_hotline).toEqual({
			exists: 2,
			absent: 0,
			unmapped: eastern - 2,
			total: eastern,
		});
	});

	it('counts a regional record once, and its freshness once', () => {
		const a = areaIndicators(ds, all, '014', NOW);
		// ke/childline, ke/hotline, ug/helpline, regional/east-youth, bi/helpline, so/old, mw/line, rw/hotline
		expect(a.records).toBe(8);
		expect(a.verified).toBe(7);
		expect(a.verifiedShare).toBeCloseTo(7 / 8, 10);
		expect(a.languages).toEqual(['en', 'fr', 'lg', 'rn', 'so', 'sw']);
	});

	it('region, world and the full set of areas', () => {
		const areas = allAreaIndicators(ds, all, NOW);
		expect(areas.get('002')!.countries).toBe(africa);
		expect(areas.get('002')!.tallies.child_helpline!.exists).toBe(4);
		const world = areas.get('world')!;
		// Territories with no permanent population keep their pages but are no denominator.
		const uninhabited = countryList()
			.filter((c) => !c.inhabited)
			.map((c) => c.code);
		expect(uninhabited).toEqual(expect.arrayContaining(['AQ', 'BV']));
		expect(world.countries).toBe(countryList().length - uninhabited.length);
		expect(ds.counted.some((c) => c.code === 'AQ')).toBe(false);
		expect(ds.countries.some((c) => c.code === 'AQ')).toBe(true);
		expect(world.tallies.reporting_hotline).toMatchObject({ exists: 3, absent: 0 });
		expect(world.tallies.takedown_route!.exists).toBe(1);
		// Global records are not a country's records.
		expect(world.records).toBe(records.length - 1);
		expect(areas.size).toBe(
			1 + ds.regions.length + ds.regions.reduce((n, r) => n + r.subregions.length, 0),
		);
	});

	it('headline figures', () => {
		expect(headline(ds, all)).toMatchObject({
			records: records.length,
			countriesWithRecords: 7,
			childHelplineCountries: 4,
			reportingHotlineCountries: 3,
			always247Countries: 1,
			globalRecords: 1,
		});
	});
});

describe('definitions', () => {
	it('every indicator and measure has a label, a question, a definition and a rule to show on the site', () => {
		for (const d of [...INDICATORS, ...MEASURES]) {
			expect(d.label.length, d.id).toBeGreaterThan(2);
			expect(d.question.endsWith('?'), d.id).toBe(true);
			expect(d.definition.length, d.id).toBeGreaterThan(20);
			expect(d.rule.length, d.id).toBeGreaterThan(20);
		}
		expect(new Set(INDICATOR_IDS).size).toBe(INDICATOR_IDS.length);
	});
});

describe('indicator names in every language', () => {
	it('the English dictionary says exactly what the definitions say (one text, two homes kept equal)', () => {
		for (const def of [...INDICATORS, ...MEASURES]) {
			const en = localIndicator(def, 'en');
			expect([def.id, en.label, en.question]).toEqual([def.id, def.label, def.question]);
		}
	});
	it('every indicator has its own label and question in every other interface language', () => {
		for (const lang of LANG_CODES.filter((l) => l !== 'en'))
			for (const def of [...INDICATORS, ...MEASURES]) {
				const local = localIndicator(def, lang);
				// SMS is SMS in French and Spanish; every other label is the language's own.
				if (def.id !== 'channel_sms') expect(local.label, `${lang} ${def.id}`).not.toBe(def.label);
				expect(local.question, `${lang} ${def.id}`).not.toBe(def.question);
				expect(local.question).not.toMatch(/\{\w+\}/);
				expect(local.methodLang).toBe('en');
			}
		expect(
			localIndicator(
				INDICATORS.find((d) => d.id === 'child_helpline')!,
				'fr',
			).label,
		).toBe('Ligne d’écoute pour enfants');
	});
});
