/**
 * Young people's voices: statements come out with their source, exactly as written; grouping by
 * theme lists each once; picks for a recommendation or a findings chart follow the data; who said
 * it is never more than the source says; youth reviews are collected from every kind of item.
 */
import { describe, expect, it } from 'vitest';
import { t, type UiKey } from '../../src/i18n/index';
import { LANG_CODES } from '../../src/i18n/languages';
import { INDICATOR_IDS } from '../../src/model/indicators';
import {
	primaryTheme,
	quotesByTheme,
	quotesForRecommendation,
	quotesForThemes,
	voiceQuotes,
} from '../../src/model/voices';
import { reviewedItems } from '../../src/model/youth-review';
import { GATHERED_BY, VOICE_THEMES } from '../../src/schemas/voices';
import { reviewedItemUrl, voiceSourceAnchor } from '../../src/site/youth-routes';
import { speakerWhere, speakerWho } from '../../src/text/youth';
import { fixtureRepository } from './helpers/repository';
import { fixturePractices, fixtureQuotes, fixtureVoiceFiles } from './helpers/youth';

const quotes = fixtureQuotes();
const ids = (list: { statement: { id: string } }[]) => list.map((q) => q.statement.id);

describe('statements with their source', () => {
	it('lists every statement once, files in id order, with the file it comes from', () => {
		expect(ids(quotes)).toEqual([
			'example-consultation-1',
			'example-consultation-2',
			'example-helpline-report-1',
			'example-helpline-report-2',
		]);
		const q = quotes.find((x) => x.statement.id === 'example-helpline-report-1')!;
		expect(q.file.id).toBe('example-helpline-report');
		expect(q.file.source.note).toContain('composites, changed to protect identity');
	});
	it('keeps the text exactly as the file has it (quotes, apostrophes, other languages)', () => {
		const byId = new Map(quotes.map((q) => [q.statement.id, q.statement]));
		expect(byId.get('example-helpline-report-1')!.text).toBe(
			'I didn\'t know who to tell, so I texted the helpline, and "they listened".',
		);
		const fr = byId.get('example-helpline-report-2')!;
		expect(fr.text).toBe("J'ai signalé le compte, et rien ne s'est passé.");
		expect(fr.language).toBe('fr');
		expect(fr.translation_en).toBe('I reported the account, and nothing happened.');
	});
});

describe('grouping and picking', () => {
	it('groups by the first theme only, in the order of the theme list, each statement once', () => {
		const groups = quotesByTheme(quotes);
		expect(groups.map((g) => g.theme)).toEqual([
			'reaching_help',
			'reporting',
			'privacy',
			'participation',
		]);
		expect(groups.flatMap((g) => ids(g.quotes)).sort()).toEqual(ids(quotes).sort());
		for (const g of groups) for (const q of g.quotes) expect(primaryTheme(q)).toBe(g.theme);
	});
	it('picks the statements that name a recommendation, newest first, up to the limit', () => {
		expect(ids(quotesForRecommendation(quotes, 'POP-CYP-01'))).toEqual([
			'example-consultation-1',
			'example-helpline-report-1',
		]);
		expect(ids(quotesForRecommendation(quotes, 'POP-CYP-01', 1))).toEqual([
			'example-consultation-1',
		]);
		expect(quotesForRecommendation(quotes, 'POP-GOV-01')).toEqual([]);
	});
	it('for a chart: first-theme matches before mentions, skipping statements already shown', () => {
		expect(ids(quotesForThemes(quotes, ['platforms', 'privacy'], 5))).toEqual([
			'example-consultation-2',
			'example-helpline-report-2',
		]);
		expect(
			ids(
				quotesForThemes(quotes, ['platforms', 'privacy'], 5, new Set(['example-consultation-2'])),
			),
		).toEqual(['example-helpline-report-2']);
		expect(ids(quotesForThemes(quotes, ['helplines'], 1))).toEqual(['example-helpline-report-1']);
	});
});

describe('who said it', () => {
	const speaker = (id: string) => quotes.find((q) => q.statement.id === id)!.statement.speaker;
	it("uses the source's own words when the file gives them, marked as English", () => {
		expect(speakerWho(speaker('example-consultation-1'), 'fr')).toEqual({
			text: 'members of a youth council',
			lang: 'en',
		});
	});
	it('otherwise says only the age or age band and gender the source gives', () => {
		expect(speakerWho(speaker('example-helpline-report-1'), 'en').text).toBe('girl, 14');
		expect(speakerWho(speaker('example-helpline-report-2'), 'en').text).toBe('aged 13 to 15');
		expect(speakerWho(speaker('example-consultation-2'), 'en').text).toBe('a boy (age not given)');
		expect(speakerWho({ gender: 'not_stated' }, 'en').text).toBe('age and gender not given');
	});
	it('names the country or region only when the source gives one', () => {
		expect(speakerWhere(speaker('example-helpline-report-1'), 'en')).toBe('Kenya');
		expect(speakerWhere(speaker('example-helpline-report-2'), 'en')).toBe('Africa');
		expect(speakerWhere(speaker('example-consultation-2'), 'en')).toBeUndefined();
	});
});

describe('youth reviews', () => {
	it('collects every reviewed item of every kind, with the page that shows it', () => {
		const ds = fixtureRepository();
		const items = reviewedItems({
			records: [
				...ds.resources,
				{
					id: 'ke/other',
					name: 'Other',
					youth_review: [{ date: '2026-01-01', panel: 'P', organisation: 'O', checked: 'C' }],
				},
			],
			practices: fixturePractices(),
			voices: fixtureVoiceFiles(),
			figures: [],
			policy: [
				{
					id: 'ke',
					country: 'KE',
					youth_review: [{ date: '2026-02-01', panel: 'P', organisation: 'O', checked: 'C' }],
				},
			],
		});
		// The fixture record ke/childline carries a review of its own.
		expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual([
			'record:ke/childline',
			'record:ke/other',
			'practice:example-chat',
			'voices:example-helpline-report',
			'policy:ke',
		]);
		expect(items.map(reviewedItemUrl)).toEqual([
			'/resources/ke/childline/',
			'/resources/ke/other/',
			'/practices/example-chat/',
			`/voices/#${voiceSourceAnchor('example-helpline-report')}`,
			undefined,
		]);
	});
	it('is empty when nothing carries a review', () => {
		expect(
			reviewedItems({ records: [], practices: [], voices: [], figures: [], policy: [] }),
		).toEqual([]);
	});
});

describe('labels in every language', () => {
	it('has a label for every theme, way of gathering, kind of speaker and indicator sentence', () => {
		const keys = [
			...VOICE_THEMES.map((x) => `youth.theme.${x}`),
			...GATHERED_BY.map((x) => `youth.gathered.${x}`),
			...INDICATOR_IDS.map((x) => `youth.young.found.${x}`),
			...['girl', 'boy', 'other', 'not_stated'].flatMap((g) => [
				`youth.speaker.age.${g}`,
				`youth.speaker.band.${g}`,
				`youth.speaker.gender.${g}`,
			]),
		];
		for (const lang of LANG_CODES)
			for (const key of keys) expect(() => t(lang, key as UiKey), `${lang} ${key}`).not.toThrow();
	});
});

it('voiceQuotes of no files is empty', () => {
	expect(voiceQuotes([])).toEqual([]);
});
