/**
 * The views of the world map: one per indicator (exists / known absent / not yet mapped) and one
 * per measure (languages, freshness) in bands, always with "not yet mapped" as its own category.
 * Pure: reads the indicators module, no Astro.
 */
import { t } from '../i18n/index';
import type { Lang } from '../i18n/languages';
import type { MapCategory, MapItem } from '../charts/choropleth';
import type { Dataset } from './dataset';
import {
	INDICATORS,
	localIndicator,
	MEASURES,
	verifiedCount,
	type CountryIndicators,
	type IndicatorDef,
} from './indicators';
import { countryName, termLabel } from '../text/labels';
import { taxonomies } from '../schemas/reference';

export interface MapView {
	id: string;
	/** URL segment: /map/<slug>/ */
	slug: string;
	def: IndicatorDef;
	kind: 'state' | 'band';
	categories: MapCategory[];
	/** The category key of a country. */
	classify: (ci: CountryIndicators) => string;
}

/** The view shown at /map/. */
export const DEFAULT_VIEW = 'child_helpline';
/** URL segment of a view id: underscores become hyphens. */
export const viewSlug = (id: string) => id.replace(/_/g, '-');

const unmapped = (lang: Lang): MapCategory => ({
	key: 'unmapped',
	label: t(lang, 'map.state.unmapped'),
	style: 'unmapped',
	mark: 'ring',
});

/** Every map view, in the order of the view menu. */
export function mapViews(lang: Lang): MapView[] {
	const states: MapCategory[] = [
		{ key: 'exists', label: t(lang, 'map.state.exists'), style: 'exists', mark: 'disc' },
		{ key: 'absent', label: t(lang, 'map.state.absent'), style: 'absent', mark: 'square' },
		unmapped(lang),
	];
	const views: MapView[] = INDICATORS.map((def) => ({
		id: def.id,
		slug: viewSlug(def.id),
		def: localIndicator(def, lang),
		kind: 'state',
		categories: states,
		classify: (ci) => ci.states[def.id] ?? 'unmapped',
	}));
	const [languages, fresh] = MEASURES as [IndicatorDef, IndicatorDef];
	views.push({
		id: languages.id,
		slug: viewSlug(languages.id),
		def: localIndicator(languages, lang),
		kind: 'band',
		categories: [
			{ key: 'b3', label: t(lang, 'map.band.languages3'), style: 'band3', mark: 'disc' },
			{ key: 'b2', label: t(lang, 'map.band.languages2'), style: 'band2', mark: 'diamond' },
			{ key: 'b1', label: t(lang, 'map.band.languages1'), style: 'band1', mark: 'triangle' },
			unmapped(lang),
		],
		classify: (ci) =>
			!ci.languages.length
				? 'unmapped'
				: ci.languages.length >= 4
					? 'b3'
					: ci.languages.length >= 2
						? 'b2'
						: 'b1',
	});
	views.push({
		id: fresh.id,
		slug: viewSlug(fresh.id),
		def: localIndicator(fresh, lang),
		kind: 'band',
		categories: [
			{ key: 'b3', label: t(lang, 'map.band.fresh3'), style: 'band3', mark: 'disc' },
			{ key: 'b2', label: t(lang, 'map.band.fresh2'), style: 'band2', mark: 'diamond' },
			{ key: 'b1', label: t(lang, 'map.band.fresh1'), style: 'band1', mark: 'triangle' },
			unmapped(lang),
		],
		classify: (ci) =>
			ci.verifiedShare === null
				? 'unmapped'
				: ci.verifiedShare >= 1
					? 'b3'
					: ci.verifiedShare >= 0.5
						? 'b2'
						: 'b1',
	});
	// One view per fact of the country policy profiles: yes, in part, no (a source says so), or not
	// yet mapped — a fact no source states is never drawn as "no".
	const policyStates: MapCategory[] = [
		{ key: 'yes', label: t(lang, 'evidence.state.yes'), style: 'exists', mark: 'disc' },
		{ key: 'partial', label: t(lang, 'evidence.state.partial'), style: 'band2', mark: 'diamond' },
		{ key: 'no', label: t(lang, 'evidence.state.no'), style: 'absent', mark: 'square' },
		unmapped(lang),
	];
	for (const term of taxonomies()['policy-facts'].terms) {
		const id = `policy_${term.id}`;
		views.push({
			id,
			slug: viewSlug(id),
			def: {
				id,
				label: termLabel('policy-facts', term.id, lang),
				question: termLabel('policy-facts', term.id, lang),
				definition: term.description ?? term.label,
				rule: t(lang, 'map.policyRule'),
			},
			kind: 'state',
			categories: policyStates,
			classify: (ci) => ci.policy[term.id] ?? 'unmapped',
		});
	}
	return views;
}

export interface MapRow {
	code: string;
	name: string;
	category: MapCategory;
	records: number;
	/** The value behind a band (languages or share verified), for the table. */
	detail: string;
}

/** One row per country for the map and its table, sorted by name. */
export function mapRows(
	view: MapView,
	ds: Dataset,
	all: Map<string, CountryIndicators>,
	lang: Lang,
): MapRow[] {
	const cats = new Map(view.categories.map((c) => [c.key, c]));
	const rows: MapRow[] = [];
	for (const c of ds.countries) {
		const ci = all.get(c.code);
		if (!ci) continue;
		const category = cats.get(view.classify(ci)) ?? cats.get('unmapped')!;
		let detail = '';
		if (view.id === 'languages' && ci.languages.length) detail = String(ci.languages.length);
		if (view.id === 'verified_recently' && ci.verifiedShare !== null)
			detail = t(lang, 'map.detail.fresh', { verified: verifiedCount(ci), records: ci.records });
		rows.push({
			code: c.code,
			name: countryName(c.code, lang),
			category,
			records: ci.records,
			detail,
		});
	}
	return rows.sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** The rows as items of the choropleth: each links to its country page. */
export function mapItems(rows: readonly MapRow[]): MapItem[] {
	return rows.map((r) => ({
		code: r.code,
		label: `${r.name}: ${r.category.label}${r.detail ? ` (${r.detail})` : ''}`,
		category: r.category.key,
		href: `/countries/${r.code.toLowerCase()}/`,
	}));
}

/** How many countries fall in each category of a view. */
export function categoryCounts(view: MapView, rows: readonly MapRow[]): Map<string, number> {
	const counts = new Map(view.categories.map((c) => [c.key, 0]));
	for (const r of rows) counts.set(r.category.key, (counts.get(r.category.key) ?? 0) + 1);
	return counts;
}

/** The one-sentence takeaway of a view, computed from the counts. */
export function mapTakeaway(view: MapView, rows: readonly MapRow[], lang: Lang): string {
	const n = categoryCounts(view, rows);
	if (view.kind === 'state') {
		return t(lang, 'map.takeaway.state', {
			label: view.def.label,
			exists: n.get('exists') ?? 0,
			absent: n.get('absent') ?? 0,
			unmapped: n.get('unmapped') ?? 0,
			total: rows.length,
		});
	}
	const top = view.categories[0]!;
	return t(lang, 'map.takeaway.band', {
		mapped: rows.length - (n.get('unmapped') ?? 0),
		total: rows.length,
		top: n.get(top.key) ?? 0,
		topLabel: top.label.toLowerCase(),
	});
}
