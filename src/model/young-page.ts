/**
 * What a young readers' page (/recommendations/<chapter>/young/) shows, chosen from the data:
 * the chapter's recommendations in plain words, what a young reader can do (the recommendations
 * to children and young people on the same themes), the indicators behind them (numbers come from
 * src/model/indicators.ts, never typed), young people's statements that name each recommendation,
 * good practice that names them, and which of the items shown young people reviewed. Pure.
 */
import { INDICATOR_IDS } from './indicators';
import type { PracticeEntry } from './practices';
import { sortPractices } from './practices';
import { quotesForRecommendation, type VoiceQuote } from './voices';
import type { YouthReviews } from './youth-review';

/** What the selection needs of a recommendation. */
export interface YoungRec {
	id: string;
	stakeholder: string;
	theme: string;
	status?: string | undefined;
	evidence: { indicators?: string[] | undefined };
}

export interface YoungPageInput<R extends YoungRec> {
	/** The chapter's audience: a stakeholder, or `all` for the introduction. */
	audience: string;
	/** The chapter's recommendations, in report order. */
	recs: R[];
	/** Every recommendation to children and young people, in report order. */
	forYoungPeople: R[];
	/** Indicators the chapter's text cites with <Figure indicator=…>. */
	chapterIndicators: string[];
	quotes: VoiceQuote[];
	practices: PracticeEntry[];
	voicesPerRec: number;
	practicesPerPage: number;
	indicatorsPerPage: number;
}

export interface YoungPage<R extends YoungRec> {
	/** The chapter's recommendations (withdrawn ones left out). */
	recs: R[];
	/** True when the chapter speaks to young people themselves: its recommendations are what they can do. */
	forYou: boolean;
	/** Recommendations to young people on the same themes as the chapter's (all of them for the introduction). */
	canDo: R[];
	/**
	 * Indicators behind the chapter: those most of its recommendations (and its text) cite, up to
	 * the limit, ties in the order of the indicator list.
	 */
	indicators: string[];
	/** Statements that name each recommendation. */
	voices: Map<string, VoiceQuote[]>;
	/** Good practice that names the chapter's recommendations, most recommendations named first. */
	practices: PracticeEntry[];
	/** Items shown on the page that young people reviewed. */
	reviewedHere: { title: string; reviews: YouthReviews }[];
}

const live = <R extends YoungRec>(r: R) => r.status !== 'withdrawn';

export function youngPage<R extends YoungRec>(input: YoungPageInput<R>): YoungPage<R> {
	const recs = input.recs.filter(live);
	const forYou = input.audience === 'children_young_people';
	const themes = new Set(recs.map((r) => r.theme));
	const canDo = forYou
		? []
		: input.forYoungPeople
				.filter(live)
				.filter((r) => input.audience === 'all' || themes.has(r.theme));
	const cited = new Map<string, number>();
	for (const id of [
		...recs.flatMap((r) => [...new Set(r.evidence.indicators ?? [])]),
		...new Set(input.chapterIndicators),
	])
		cited.set(id, (cited.get(id) ?? 0) + 1);
	const indicators = INDICATOR_IDS.filter((id) => cited.has(id))
		.sort((a, b) => cited.get(b)! - cited.get(a)!)
		.slice(0, input.indicatorsPerPage);
	const voices = new Map(
		recs.map((r) => [r.id, quotesForRecommendation(input.quotes, r.id, input.voicesPerRec)]),
	);
	const ids = new Set(recs.map((r) => r.id));
	const named = (p: PracticeEntry) => (p.recommendations ?? []).filter((id) => ids.has(id)).length;
	const practices = sortPractices(input.practices.filter((p) => named(p) > 0 && p.summary_young))
		.sort((a, b) => named(b) - named(a))
		.slice(0, input.practicesPerPage);
	const reviewedHere = [
		...new Map(
			[...voices.values()]
				.flat()
				.filter((q) => q.file.youth_review)
				.map((q) => [q.file.id, { title: q.file.source.title, reviews: q.file.youth_review! }]),
		).values(),
		...practices
			.filter((p) => p.youth_review)
			.map((p) => ({ title: p.title, reviews: p.youth_review! })),
	];
	return { recs, forYou, canDo, indicators, voices, practices, reviewedHere };
}
