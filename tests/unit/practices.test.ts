/**
 * Good practice: where a practice happened (countries, their regions, sub-regions, worldwide), the
 * groupings the index page shows instead of a script-driven filter, the practices a country, a
 * record or a recommendation lists, and the period and figures as pages write them.
 */
import { describe, expect, it } from 'vitest';
import {
	practicePeriod,
	practiceRegions,
	practicesByKind,
	practicesByRegion,
	practicesForRecommendation,
	practicesForRecord,
	practicesInCountry,
	WORLDWIDE,
} from '../../src/model/practices';
import { outcomeFigure, periodText, practiceWhere } from '../../src/text/youth';
import { fixturePractices, fixtureRepository } from './helpers/youth';

const ds = fixtureRepository();
const practices = fixturePractices();
const byId = (id: string) => practices.find((p) => p.id === id)!;
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('where a practice happened', () => {
	it("takes the regions of its countries and of the regions it names, in the regions' order", () => {
		expect(practiceRegions(byId('example-chat'), ds)).toEqual(['002']);
		// Uganda (Africa), the United Kingdom and sub-region 154 (both Europe): each region once,
		// in the order of data/regions.yaml (Asia, Europe, Africa …).
		expect(practiceRegions(byId('example-schools'), ds)).toEqual(['150', '002']);
	});
	it('is worldwide when it names no country and no region', () => {
		expect(practiceRegions(byId('example-takedown'), ds)).toEqual([WORLDWIDE]);
		expect(practiceWhere(byId('example-takedown'), 'en')).toBe('Worldwide');
		expect(practiceWhere(byId('example-schools'), 'en')).toBe('Uganda, UK');
	});
});

describe('the index groups (the filter without JavaScript)', () => {
	it('by kind, in the order of the kinds, each practice once', () => {
		const groups = practicesByKind(practices);
		expect(groups.map((g) => [g.kind, ids(g.practices)])).toEqual([
			['helpline', ['example-chat']],
			['technology', ['example-takedown']],
			['education', ['example-schools']],
		]);
	});
	it('by region, worldwide last, a practice in two regions under both', () => {
		const groups = practicesByRegion(practices, ds);
		expect(groups.map((g) => [g.region, ids(g.practices)])).toEqual([
			['150', ['example-schools']],
			['002', ['example-chat', 'example-schools']],
			[WORLDWIDE, ['example-takedown']],
		]);
	});
});

describe('practices a page lists', () => {
	it('a country lists the practices in it', () => {
		expect(ids(practicesInCountry(practices, 'KE'))).toEqual(['example-chat']);
		expect(ids(practicesInCountry(practices, 'GB'))).toEqual(['example-schools']);
		expect(practicesInCountry(practices, 'FR')).toEqual([]);
	});
	it('a recommendation lists the practices that name it', () => {
		expect(ids(practicesForRecommendation(practices, 'POP-CP-01'))).toEqual(['example-chat']);
		expect(ids(practicesForRecommendation(practices, 'POP-TECH-03'))).toEqual(['example-takedown']);
		expect(practicesForRecommendation(practices, 'POP-GOV-01')).toEqual([]);
	});
	it('a record lists the practices that name it', () => {
		expect(ids(practicesForRecord(practices, 'ke/childline'))).toEqual(['example-chat']);
		expect(practicesForRecord(practices, 'gb/line')).toEqual([]);
	});
});

describe('period and figures', () => {
	it('reads a year, a range and a running period', () => {
		expect(practicePeriod('2021')).toEqual({ from: '2021', to: '2021' });
		expect(practicePeriod('2019/2021')).toEqual({ from: '2019', to: '2021' });
		expect(practicePeriod('2022/')).toEqual({ from: '2022', to: null });
		expect(periodText('2021', 'en')).toBe('2021');
		expect(periodText('2019/2021', 'fr')).toBe('de 2019 à 2021');
		expect(periodText('2022/', 'en')).toBe('since 2022');
	});
	it('writes a figure in the reader’s language with its unit (English, marked) and period', () => {
		const o = byId('example-chat').outcomes[0]!;
		expect(outcomeFigure(o, 'en')).toEqual({
			value: '1,500',
			unit: { text: 'conversations', lang: 'en' },
			period: '2023',
		});
		expect(outcomeFigure(o, 'fr')!.value).toBe('1\u202f500');
		expect(outcomeFigure(byId('example-chat').outcomes[1]!, 'en')).toBeUndefined();
	});
});
