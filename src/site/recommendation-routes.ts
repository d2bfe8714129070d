/** Addresses, labels and small formatting helpers of the recommendation pages (pure; no Astro). */
import type { RecStakeholder, Vocabulary } from '../schemas/recommendation';
import type { ExternalFigure } from '../schemas/recommendation';
import { formatNumber } from '../model/recommendation-evidence';

export const REC_BASE = '/recommendations/';
/** The page of one recommendation: /recommendations/POP-GOV-03/ (the id exactly as printed). */
export const recUrl = (id: string) => `${REC_BASE}${id}/`;
export const chapterUrl = (slug: string) => `${REC_BASE}${slug}/`;
export const youngUrl = (slug: string) => `${REC_BASE}${slug}/young/`;
/** A filter page: facet is stakeholder, theme, priority or a framework id. */
export const facetUrl = (facet: string, value: string) => `${REC_BASE}by/${facet}/${value}/`;
export const evidenceUrl = (indicator?: string) =>
	indicator ? `${REC_BASE}evidence/${indicator}/` : `${REC_BASE}evidence/`;
export const REPORT_URL = `${REC_BASE}report/`;
export const SOURCES_URL = `${REC_BASE}sources/`;
export const CHANGELOG_URL = `${REC_BASE}changelog/`;
export const PDF_DIR = `${REC_BASE}pdf/`;
/** The PDF of a chapter, or of the whole report when slug is undefined. */
export const pdfUrl = (slug?: string) =>
	`${PDF_DIR}pop-recommendations-${slug ?? 'full-report'}.pdf`;
/** The in-page anchor of a source in a page's source list. */
export const sourceAnchor = (id: string) => `src-${id}`;

/** Facets a recommendation can be filtered by, besides the framework ids. */
export const BASE_FACETS = ['stakeholder', 'theme', 'priority'] as const;

export interface Labels {
	stakeholder: (id: string) => string;
	theme: (id: string) => string;
	priority: (id: string) => string;
	framework: (id: string) => string;
	frameworkShort: (id: string) => string;
	term: (framework: string, id: string) => string;
	/** The label of any facet value. */
	facet: (facet: string, value: string) => string;
	facetName: (facet: string) => string;
}

export function labels(
	v: Vocabulary,
	facetNames: Record<'stakeholder' | 'theme' | 'priority', string>,
): Labels {
	const find = <T extends { id: string; label: string }>(list: T[], id: string) =>
		list.find((t) => t.id === id)?.label ?? id;
	const fw = (id: string) => v.frameworks.find((f) => f.id === id);
	const l: Labels = {
		stakeholder: (id) => find(v.stakeholders, id),
		theme: (id) => find(v.themes, id),
		priority: (id) => find(v.priorities, id),
		framework: (id) => fw(id)?.label ?? id,
		frameworkShort: (id) => fw(id)?.short ?? id,
		term: (f, id) => find(fw(f)?.terms ?? [], id),
		facet: (facet, value) =>
			facet === 'stakeholder'
				? l.stakeholder(value)
				: facet === 'theme'
					? l.theme(value)
					: facet === 'priority'
						? l.priority(value)
						: l.term(facet, value),
		facetName: (facet) =>
			facet in facetNames ? facetNames[facet as keyof typeof facetNames] : l.framework(facet),
	};
	return l;
}

/** Every facet and its values, in vocabulary order. */
export function facets(v: Vocabulary): { facet: string; values: string[] }[] {
	return [
		{ facet: 'stakeholder', values: v.stakeholders.map((s) => s.id) },
		{ facet: 'theme', values: v.themes.map((t) => t.id) },
		{ facet: 'priority', values: v.priorities.map((p) => p.id) },
		...v.frameworks.map((f) => ({ facet: f.id, values: f.terms.map((t) => t.id) })),
	];
}

/** Does a recommendation have this facet value? */
export function hasFacet(
	r: {
		stakeholder: RecStakeholder;
		theme: string;
		priority: string;
		frameworks: Partial<Record<string, string[]>>;
	},
	facet: string,
	value: string,
): boolean {
	if (facet === 'stakeholder') return r.stakeholder === value;
	if (facet === 'theme') return r.theme === value;
	if (facet === 'priority') return r.priority === value;
	return r.frameworks[facet]?.includes(value) ?? false;
}

const dateFmt = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});
/** 2026-11-29 → 29 November 2026. */
export const longDate = (iso: string) => dateFmt.format(new Date(`${iso}T00:00:00Z`));

/** An external figure as written in prose: "6,368,322 contacts", "28 days or more". */
export function figureText(f: ExternalFigure): string {
	const n = formatNumber(f.value);
	const q = f.qualifier;
	const num =
		q === 'at_least'
			? `${n} ${f.unit} or more`
			: q === 'more_than'
				? `more than ${n} ${f.unit}`
				: q === 'about'
					? `about ${n} ${f.unit}`
					: q === 'up_to'
						? `up to ${n} ${f.unit}`
						: `${n} ${f.unit}`;
	return num;
}
