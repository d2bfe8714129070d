/**
 * The recommendations for pages: the validated data (src/validate/recommendations/), the chapters in
 * report order and what each chapter cites. Read once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../i18n/index';
import { DEFAULT_LANG } from '../i18n/languages';
import { assertRecommendations, checkRecommendations } from '../validate/recommendations/check';
import type { ChapterRefs } from '../validate/recommendations/mdx-refs';
import { labels, type Labels } from '../site/recommendation-routes';
import type { RecommendationData, RecommendationEntry } from '../validate/recommendations/validate';
import { dataset } from './dataset';

export type ChapterEntry = CollectionEntry<'recommendations'>;

export interface RecommendationSite {
	data: RecommendationData;
	/** In report order. */
	chapters: ChapterEntry[];
	/** What each chapter's MDX cites, by chapter id. */
	refs: Map<string, ChapterRefs>;
	labels: Labels;
	/** The chapter that holds a stakeholder's recommendations. */
	chapterFor: (r: RecommendationEntry) => ChapterEntry;
	/** The sources a set of recommendations rests on (evidence sources and the figures' sources). */
	sourcesOf: (recs: RecommendationEntry[]) => string[];
}

let cached: Promise<RecommendationSite> | undefined;
export function recommendations(): Promise<RecommendationSite> {
	cached ??= (async () => {
		const ds = await dataset();
		const check = checkRecommendations(new Set(ds.byId.keys()), new Set(ds.figures.map((f) => f.id)));
		const data = assertRecommendations(check);
		const chapters = (await getCollection('recommendations')).sort((a, b) => a.data.order - b.data.order);
		const lang = DEFAULT_LANG;
		const l = labels(data.vocabulary, { stakeholder: t(lang, 'rec.facet.stakeholder'), theme: t(lang, 'rec.facet.theme'), priority: t(lang, 'rec.facet.priority') });
		const chapterFor = (r: RecommendationEntry) => {
			const slug = data.vocabulary.stakeholders.find((s) => s.id === r.stakeholder)!.chapter;
			const c = chapters.find((ch) => ch.id === slug);
			if (!c) throw new Error(`no chapter ${slug} for ${r.id}`);
			return c;
		};
		const sourcesOf = (recs: RecommendationEntry[]) => {
			const out: string[] = [];
			const add = (id: string) => {
				if (!out.includes(id)) out.push(id);
			};
			for (const r of recs) {
				for (const f of r.evidence.figures ?? []) add(data.figures.get(f)!.source);
				for (const s of r.evidence.sources ?? []) add(s);
			}
			return out;
		};
		return { data, chapters, refs: check.refs, labels: l, chapterFor, sourcesOf };
	})();
	return cached;
}
