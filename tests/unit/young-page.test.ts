/**
 * What a young readers' page shows, chosen from the data: the chapter's recommendations (withdrawn
 * ones left out), what a young reader can do on the same themes, the indicators most of them cite,
 * statements and practices that name them, and the reviewed items among those shown.
 */
import { describe, expect, it } from 'vitest';
import { youngPage, type YoungRec } from '../../src/model/young-page';
import { fixturePractices, fixtureQuotes } from './helpers/youth';

const rec = (
	id: string,
	stakeholder: string,
	theme: string,
	indicators: string[] = [],
	status?: string,
): YoungRec => ({
	id,
	stakeholder,
	theme,
	evidence: { indicators },
	...(status ? { status } : {}),
});
const cp = [
	rec('POP-CP-01', 'child_protection', 'access', ['text_channel', 'channel_chat']),
	rec('POP-CP-02', 'child_protection', 'quality', ['anonymous', 'text_channel']),
	rec('POP-CP-09', 'child_protection', 'data', ['free'], 'withdrawn'),
];
const cyp = [
	rec('POP-CYP-01', 'children_young_people', 'access', ['child_helpline']),
	rec('POP-CYP-02', 'children_young_people', 'reporting'),
];
const page = (
	audience: string,
	recs: YoungRec[],
	extra: Partial<Parameters<typeof youngPage>[0]> = {},
) =>
	youngPage({
		audience,
		recs,
		forYoungPeople: cyp,
		chapterIndicators: [],
		quotes: fixtureQuotes(),
		practices: fixturePractices(),
		voicesPerRec: 2,
		practicesPerPage: 4,
		indicatorsPerPage: 5,
		...extra,
	});

describe('a chapter for adults', () => {
	const p = page('child_protection', cp);
	it("shows its live recommendations and, as what you can do, young people's on the same themes", () => {
		expect(p.forYou).toBe(false);
		expect(p.recs.map((r) => r.id)).toEqual(['POP-CP-01', 'POP-CP-02']);
		expect(p.canDo.map((r) => r.id)).toEqual(['POP-CYP-01']);
	});
	it('shows the indicators most cited first, up to the limit, ties in indicator order', () => {
		expect(p.indicators).toEqual(['text_channel', 'channel_chat', 'anonymous']);
		expect(page('child_protection', cp, { indicatorsPerPage: 1 }).indicators).toEqual([
			'text_channel',
		]);
	});
	it('shows the statements and the practices that name its recommendations', () => {
		expect(p.voices.get('POP-CP-01')!.map((q) => q.statement.id)).toEqual([
			'example-helpline-report-1',
		]);
		expect(p.voices.get('POP-CP-02')).toEqual([]);
		expect(p.practices.map((x) => x.id)).toEqual(['example-chat']);
	});
	it('lists the reviewed items among those shown', () => {
		expect(p.reviewedHere.map((i) => i.title)).toEqual([
			'Example helpline annual review',
			'An example helpline opens a chat, and more children get in touch',
		]);
	});
});

describe('the chapter for young people, and the introduction', () => {
	it('for young people: its recommendations are what they can do, and nothing is repeated', () => {
		const p = page('children_young_people', cyp);
		expect(p.forYou).toBe(true);
		expect(p.recs.map((r) => r.id)).toEqual(['POP-CYP-01', 'POP-CYP-02']);
		expect(p.canDo).toEqual([]);
		expect(p.voices.get('POP-CYP-01')!.map((q) => q.statement.id)).toEqual([
			'example-consultation-1',
			'example-helpline-report-1',
		]);
	});
	it('the introduction has no recommendations: every recommendation to young people, and the indicators its text cites', () => {
		const p = page('all', [], { chapterIndicators: ['child_helpline', 'free', 'child_helpline'] });
		expect(p.canDo.map((r) => r.id)).toEqual(['POP-CYP-01', 'POP-CYP-02']);
		expect(p.indicators).toEqual(['child_helpline', 'free']);
		expect(p.practices).toEqual([]);
		expect(p.reviewedHere).toEqual([]);
	});
});
