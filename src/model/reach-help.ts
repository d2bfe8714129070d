/**
 * "How children reach help": the findings drawn from sourced figures (data/figures/), as chart
 * specs. Every value is a figure record, every row links the publication it comes from, and every
 * sentence is worded from the UI dictionary with numbers computed here from those figures. The
 * findings page, the country briefs and the CSV/JSON downloads read these specs.
 */
import type { ChartSource, ChartSpec, Series, StackedSpec, TableColumn } from '../charts/spec';
import { t } from '../i18n/index';
import type { Lang } from '../i18n/languages';
import { taxonomies } from '../schemas/reference';
import { countryName, regionName, termLabel } from '../text/labels';
import { today } from './clock';
import type { Dataset } from './dataset';
import {
	comparePeriods,
	latestBreakdown,
	periodEnd,
	preferred,
	scopeKey,
	series,
	type FigureEntry,
} from './figures';

/** The ids of the "How children reach help" charts and tables, in page order. */
export const REACH_IDS = [
	'contacts-worldwide',
	'contacts-by-country',
	'channel-shares',
	'channel-counts',
	'contact-reasons',
	'hotline-reports',
	'helpseeking',
	'effectiveness',
] as const;
export type ReachId = (typeof REACH_IDS)[number];

/** Child Helpline International's network record: its worldwide totals form the series. */
export const CHI_NETWORK = 'global/chi-child-helpline-network';
/** Usage indicators: a country "has a usage figure" when it has one of these. */
export const USAGE_INDICATORS: ReadonlySet<string> = new Set([
	'contacts_per_year',
	'counselling_contacts_per_year',
]);
/** A count of contacts is "recent" when its period ends at most this many years before today. */
export const RECENT_YEARS = 3;

/** The indicator taxonomy's group of each indicator (usage, channels, effectiveness …). */
export function indicatorGroups(): Map<string, string> {
	return new Map(
		taxonomies().indicators.terms.map((term) => [
			term.id,
			String((term as { group?: string }).group ?? ''),
		]),
	);
}

/** A number in the reader's language (Western digits everywhere, like telephone numbers). */
export function formatNumber(value: number, lang: Lang): string {
	return new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : lang, {
		maximumFractionDigits: 1,
	}).format(value);
}
/** A figure's value with its unit, e.g. "15,176,772 contacts" or "45%". */
export function figureText(f: Pick<FigureEntry, 'value' | 'unit'>, lang: Lang): string {
	return t(lang, `reach.unit.${f.unit}` as 'reach.unit.count', {
		value: formatNumber(f.value, lang),
	});
}
/** Where a figure applies, in words: the world, a region or a country. */
export function placeName(f: FigureEntry, lang: Lang): string {
	return f.scope.level === 'global'
		? t(lang, 'findings.world')
		: f.scope.level === 'region'
			? regionName(f.scope.region, lang)
			: countryName(f.scope.country, lang);
}
/** What a figure measures, in words: the indicator, and the part for a breakdown. */
export function figureWhat(f: FigureEntry, lang: Lang): string {
	const label = termLabel('indicators', f.indicator, lang);
	return f.breakdown ? `${label}: ${f.breakdown.category}` : label;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The publications a set of figures cites, once each, in first-cited order. */
function sourcesOf(figs: readonly FigureEntry[]): ChartSource[] {
	const seen = new Map<string, ChartSource>();
	for (const f of figs)
		if (!seen.has(f.source.url))
			seen.set(f.source.url, {
				url: f.source.url,
				title: f.source.title,
				publisher: f.source.publisher,
				...(f.source.published ? { published: String(f.source.published) } : {}),
				accessed: f.source.accessed,
			});
	return [...seen.values()];
}

interface Words {
	id: ReachId;
	title: string;
	takeaway: string;
	rowHeader: string;
	figs: readonly FigureEntry[];
	lang: Lang;
	groupHeader?: string;
}
function wordsOf({ id, title, takeaway, rowHeader, figs, lang, groupHeader }: Words) {
	const sources = sourcesOf(figs);
	return {
		id,
		title,
		takeaway,
		description: t(lang, 'reach.desc', { title, takeaway }),
		source: t(lang, 'reach.source', { count: sources.length }),
		rowHeader,
		...(groupHeader ? { groupHeader } : {}),
		detailHeader: t(lang, 'reach.col.who'),
		sources,
	};
}

/** Contacts to Child Helpline International's members worldwide, one total per year. */
function contactsWorldwide(
	figures: readonly FigureEntry[],
	lang: Lang,
	network: string,
): ChartSpec {
	const byUnit = ['contacts', 'children'].map((unit) =>
		series(figures, {
			indicator: 'contacts_per_year',
			scope: 'global',
			unit,
			service: network,
		}),
	);
	const byPeriod = new Map<string, FigureEntry>();
	for (const list of byUnit)
		for (const f of list) if (!byPeriod.has(f.period)) byPeriod.set(f.period, f);
	const figs = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
	const last = figs.at(-1);
	const takeaway = last
		? t(lang, 'reach.worldwide.takeaway', {
				count: figs.length,
				first: figs[0]!.period,
				last: last.period,
				lastText: figureText(last, lang),
			})
		: t(lang, 'reach.none');
	return {
		kind: 'bars',
		...wordsOf({
			id: 'contacts-worldwide',
			title: t(lang, 'reach.worldwide.title'),
			takeaway,
			rowHeader: t(lang, 'reach.col.period'),
			figs,
			lang,
		}),
		valueHeader: t(lang, 'reach.col.value'),
		rows: figs.map((f) => ({
			key: f.id,
			label: f.period,
			value: f.value,
			text: figureText(f, lang),
			detail: f.population,
			cite: f.source.url,
		})),
	};
}

const tableColumns = (lang: Lang, withService = false): TableColumn[] => [
	{ key: 'place', label: t(lang, 'reach.col.place'), numeric: false },
	...(withService ? [{ key: 'service', label: t(lang, 'reach.col.service'), numeric: false }] : []),
	{ key: 'what', label: t(lang, 'reach.col.what'), numeric: false },
	{ key: 'period', label: t(lang, 'reach.col.period'), numeric: false },
	{ key: 'value', label: t(lang, 'reach.col.value'), numeric: true },
	{ key: 'detail', label: t(lang, 'reach.col.who'), numeric: false },
];
const tableRow = (f: FigureEntry, lang: Lang, ds?: Dataset) => ({
	place: placeName(f, lang),
	...(ds ? { service: (f.service && ds.byId.get(f.service)?.name) || '' } : {}),
	what: figureWhat(f, lang),
	period: f.period,
	value: figureText(f, lang),
	detail: f.population,
	cite: f.source.url,
});

/** The latest published count of contacts for each country. */
export function latestUsageByCountry(figures: readonly FigureEntry[]): FigureEntry[] {
	const byCountry = new Map<string, FigureEntry[]>();
	for (const f of figures) {
		if (f.scope.level !== 'country' || !USAGE_INDICATORS.has(f.indicator) || f.breakdown) continue;
		const list = byCountry.get(f.scope.country) ?? [];
		list.push(f);
		byCountry.set(f.scope.country, list);
	}
	return [...byCountry.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, list]) => {
			const latest = list.reduce((a, b) =>
				comparePeriods(a.period, b.period) >= 0 ? a : b,
			).period;
			const same = list.filter((f) => f.period === latest);
			// The total of contacts before the counselling contacts, when both are published.
			const totals = same.filter((f) => f.indicator === 'contacts_per_year');
			return preferred(totals.length ? totals : same)!;
		});
}

function contactsByCountry(
	figures: readonly FigureEntry[],
	ds: Dataset,
	lang: Lang,
	now: string,
): ChartSpec {
	const figs = latestUsageByCountry(figures).sort((a, b) =>
		placeName(a, lang).localeCompare(placeName(b, lang), lang),
	);
	const since = Number(now.slice(0, 4)) - RECENT_YEARS;
	const recent = figs.filter((f) => periodEnd(f.period) >= since).length;
	return {
		kind: 'table',
		...wordsOf({
			id: 'contacts-by-country',
			title: t(lang, 'reach.byCountry.title'),
			takeaway: t(lang, 'reach.byCountry.takeaway', { count: figs.length, recent, since }),
			rowHeader: t(lang, 'reach.col.place'),
			figs,
			lang,
		}),
		columns: tableColumns(lang, true),
		rows: figs.map((f) => tableRow(f, lang, ds)),
	};
}

/** The channel groups of the channel split: text as the findings define it, e-mail and forms apart. */
const CHANNEL_SPLIT: { key: string; kinds: string[] }[] = [
	{ key: 'voice', kinds: ['voice', 'short_code'] },
	{ key: 'text', kinds: ['sms', 'web_chat', 'whatsapp', 'messenger', 'app', 'social'] },
	{ key: 'written', kinds: ['email'] },
];
const splitKey = (term: string | undefined) =>
	CHANNEL_SPLIT.find((g) => term && g.kinds.includes(term))?.key ?? 'other';

function channelShares(figures: readonly FigureEntry[], lang: Lang): StackedSpec {
	const scopes = [
		...new Set(
			figures.filter((f) => f.indicator === 'contacts_share_by_channel').map((f) => scopeKey(f)),
		),
	];
	const sets = scopes
		.map((scope) =>
			latestBreakdown(figures, {
				indicator: 'contacts_share_by_channel',
				scope,
				dimension: 'channel',
			}),
		)
		.filter((s) => s.length > 0)
		.sort((a, b) => placeName(a[0]!, lang).localeCompare(placeName(b[0]!, lang), lang));
	const series: Series[] = [
		{ key: 'text', label: t(lang, 'reach.channels.text'), style: 'band3' },
		{ key: 'voice', label: t(lang, 'reach.channels.voice'), style: 'band1' },
		{ key: 'written', label: t(lang, 'reach.channels.written'), style: 'band2' },
		{ key: 'other', label: t(lang, 'reach.channels.other'), style: 'fresh2' },
		{ key: 'unsplit', label: t(lang, 'reach.channels.unsplit'), style: 'unmapped' },
	];
	const rows = sets.map((set) => {
		const values: Record<string, number> = { text: 0, voice: 0, written: 0, other: 0 };
		for (const f of set) {
			const k = splitKey(f.breakdown?.term);
			values[k] = round1(values[k]! + f.value);
		}
		const sum = round1(Object.values(values).reduce((a, b) => a + b, 0));
		values.unsplit = sum < 100 ? round1(100 - sum) : 0;
		const first = set[0]!;
		return {
			key: `${scopeKey(first)}:${first.period}`,
			label: placeName(first, lang),
			values,
			detail: `${first.period}: ${first.population}`,
			cite: first.source.url,
		};
	});
	const textLead = rows.filter((r) => r.values.text! > r.values.voice!).length;
	const voiceLead = rows.filter((r) => r.values.voice! > r.values.text!).length;
	return {
		kind: 'stacked',
		...wordsOf({
			id: 'channel-shares',
			title: t(lang, 'reach.channels.title'),
			takeaway: t(lang, 'reach.channels.takeaway', {
				count: rows.length,
				textLead,
				voiceLead,
			}),
			rowHeader: t(lang, 'reach.col.place'),
			figs: sets.flat(),
			lang,
		}),
		series,
		totalHeader: t(lang, 'reach.col.shareTotal'),
		rows,
	};
}

/** A count of contacts by channel, for one country (the figures a source splits by channel). */
const countryOf = (f: FigureEntry): string => (f.scope.level === 'country' ? f.scope.country : '');
const isChannelCount = (f: FigureEntry) =>
	f.scope.level === 'country' &&
	USAGE_INDICATORS.has(f.indicator) &&
	f.breakdown?.dimension === 'channel';

/**
 * The countries whose helpline contacts are split by channel: by published shares, or by counts of
 * two or more channels for the same service, indicator and period. One definition for the findings'
 * sentences and the figures quoted in issues and notes.
 */
export function channelSplitCountries(figures: readonly FigureEntry[]): {
	shares: Set<string>;
	counts: Set<string>;
	all: Set<string>;
	/** The figures of the count-based splits (a channel counted alone is left out). */
	countFigures: FigureEntry[];
} {
	const shares = new Set(
		figures
			.filter(
				(f) =>
					f.indicator === 'contacts_share_by_channel' &&
					f.scope.level === 'country' &&
					f.breakdown?.dimension === 'channel',
			)
			.map(countryOf),
	);
	// One split: one service (or, without a record, one publication), indicator and period.
	const keyOf = (f: FigureEntry) =>
		[countryOf(f), f.service ?? f.source.url, f.indicator, f.period].join('|');
	const channels = new Map<string, Set<string>>();
	for (const f of figures.filter(isChannelCount)) {
		const set = channels.get(keyOf(f)) ?? new Set<string>();
		set.add(f.breakdown!.term ?? f.breakdown!.category);
		channels.set(keyOf(f), set);
	}
	const splitKeys = new Set([...channels].filter(([, set]) => set.size >= 2).map(([key]) => key));
	const countFigures = figures.filter((f) => isChannelCount(f) && splitKeys.has(keyOf(f)));
	const counts = new Set(countFigures.map(countryOf));
	return { shares, counts, all: new Set([...shares, ...counts]), countFigures };
}

/** Contacts counted by channel: the sources that give counts per channel rather than shares. */
function channelCounts(figures: readonly FigureEntry[], ds: Dataset, lang: Lang): ChartSpec {
	const split = channelSplitCountries(figures);
	const figs = [...split.countFigures].sort(byPlaceThenWhat(lang));
	return {
		kind: 'table',
		...wordsOf({
			id: 'channel-counts',
			title: t(lang, 'reach.channelCounts.title'),
			takeaway: t(lang, 'reach.channelCounts.takeaway', {
				count: figs.length,
				places: split.counts.size,
				shares: split.shares.size,
				total: split.all.size,
			}),
			rowHeader: t(lang, 'reach.col.place'),
			figs,
			lang,
		}),
		columns: tableColumns(lang, true),
		rows: figs.map((f) => tableRow(f, lang, ds)),
	};
}

/** The latest set of reasons for each publisher of worldwide and regional figures. */
function contactReasons(figures: readonly FigureEntry[], lang: Lang): ChartSpec {
	const reasonFigs = figures.filter(
		(f) => f.indicator === 'contacts_share_by_reason' && f.scope.level !== 'country',
	);
	const keys = [...new Set(reasonFigs.map((f) => `${scopeKey(f)}|${f.source.publisher}`))];
	const sets = keys
		.map((k) => {
			const [scope, publisher] = k.split('|') as [string, string];
			return latestBreakdown(
				reasonFigs.filter((f) => f.source.publisher === publisher),
				{ indicator: 'contacts_share_by_reason', scope, dimension: 'reason' },
			);
		})
		.filter((s) => s.length > 0)
		.sort(
			(a, b) =>
				Number(b[0]!.scope.level === 'global') - Number(a[0]!.scope.level === 'global') ||
				placeName(a[0]!, lang).localeCompare(placeName(b[0]!, lang), lang) ||
				a[0]!.source.publisher.localeCompare(b[0]!.source.publisher),
		);
	const group = (f: FigureEntry) => `${placeName(f, lang)}, ${f.period} (${f.source.publisher})`;
	const rows = sets.flatMap((set) =>
		set.map((f) => ({
			key: f.id,
			label: f.breakdown!.category,
			group: group(set[0]!),
			value: f.value,
			text: figureText(f, lang),
			detail: f.population,
			cite: f.source.url,
		})),
	);
	const world = sets.find((s) => s[0]!.scope.level === 'global');
	const takeaway =
		world && world.length >= 2
			? t(lang, 'reach.reasons.takeaway', {
					period: world[0]!.period,
					top: world[0]!.breakdown!.category,
					topText: figureText(world[0]!, lang),
					second: world[1]!.breakdown!.category,
					secondText: figureText(world[1]!, lang),
					sets: sets.length,
				})
			: t(lang, 'reach.reasons.takeawayNoWorld', { sets: sets.length });
	return {
		kind: 'bars',
		...wordsOf({
			id: 'contact-reasons',
			title: t(lang, 'reach.reasons.title'),
			takeaway,
			rowHeader: t(lang, 'reach.col.reason'),
			groupHeader: t(lang, 'reach.col.set'),
			figs: sets.flat(),
			lang,
		}),
		valueHeader: t(lang, 'reach.col.value'),
		rows,
	};
}

/** Reports to hotlines and to NCMEC's CyberTipline, worldwide, one per year. */
function hotlineReports(figures: readonly FigureEntry[], lang: Lang): ChartSpec {
	const inhope = series(figures, {
		indicator: 'hotline_reports_received',
		scope: 'global',
		unit: 'reports',
	});
	const ncmec = series(figures, {
		indicator: 'cybertipline_reports',
		scope: 'global',
		unit: 'reports',
	});
	const groups = [
		{ name: termLabel('indicators', 'hotline_reports_received', lang), figs: inhope },
		{ name: termLabel('indicators', 'cybertipline_reports', lang), figs: ncmec },
	].filter((g) => g.figs.length > 0);
	const rows = groups.flatMap((g) =>
		g.figs.map((f) => ({
			key: f.id,
			label: f.period,
			group: g.name,
			value: f.value,
			text: figureText(f, lang),
			detail: f.population,
			cite: f.source.url,
		})),
	);
	const lastInhope = inhope.at(-1);
	const lastNcmec = ncmec.at(-1);
	const takeaway =
		lastInhope && lastNcmec
			? t(lang, 'reach.hotlines.takeaway', {
					ncmec: figureText(lastNcmec, lang),
					ncmecYear: lastNcmec.period,
					inhope: figureText(lastInhope, lang),
					inhopeYear: lastInhope.period,
				})
			: t(lang, 'reach.none');
	return {
		kind: 'bars',
		...wordsOf({
			id: 'hotline-reports',
			title: t(lang, 'reach.hotlines.title'),
			takeaway,
			rowHeader: t(lang, 'reach.col.period'),
			groupHeader: t(lang, 'reach.col.what'),
			figs: [...inhope, ...ncmec],
			lang,
		}),
		valueHeader: t(lang, 'reach.col.value'),
		rows,
	};
}

const byPlaceThenWhat = (lang: Lang) => (a: FigureEntry, b: FigureEntry) =>
	placeName(a, lang).localeCompare(placeName(b, lang), lang) ||
	a.indicator.localeCompare(b.indicator) ||
	comparePeriods(b.period, a.period) ||
	a.id.localeCompare(b.id);

/** Survey figures on help-seeking: who children tell, whether they know or used a helpline. */
function helpseeking(figures: readonly FigureEntry[], lang: Lang): ChartSpec {
	const groups = indicatorGroups();
	const figs = figures
		.filter((f) => groups.get(f.indicator) === 'helpseeking')
		.sort(byPlaceThenWhat(lang));
	const places = new Set(figs.map(scopeKey)).size;
	return {
		kind: 'table',
		...wordsOf({
			id: 'helpseeking',
			title: t(lang, 'reach.helpseeking.title'),
			takeaway: t(lang, 'reach.helpseeking.takeaway', { count: figs.length, places }),
			rowHeader: t(lang, 'reach.col.place'),
			figs,
			lang,
		}),
		columns: tableColumns(lang),
		rows: figs.map((f) => tableRow(f, lang)),
	};
}

/** Answered and missed contacts, waiting times, removal of reported content. */
export const EFFECTIVENESS_INDICATORS: ReadonlySet<string> = new Set([
	'answered_share',
	'waiting_time',
	'time_to_removal',
	'content_removed',
]);
function effectiveness(
	figures: readonly FigureEntry[],
	helplineCountries: number,
	lang: Lang,
): ChartSpec {
	const figs = figures
		.filter((f) => EFFECTIVENESS_INDICATORS.has(f.indicator))
		.sort(byPlaceThenWhat(lang));
	const countries = new Set(
		figs
			.filter(
				(f) =>
					f.scope.level === 'country' &&
					(f.indicator === 'answered_share' || f.indicator === 'waiting_time'),
			)
			.map(scopeKey),
	).size;
	return {
		kind: 'table',
		...wordsOf({
			id: 'effectiveness',
			title: t(lang, 'reach.effectiveness.title'),
			takeaway: t(lang, 'reach.effectiveness.takeaway', {
				count: figs.length,
				countries,
				helplineCountries,
			}),
			rowHeader: t(lang, 'reach.col.place'),
			figs,
			lang,
		}),
		columns: tableColumns(lang),
		rows: figs.map((f) => tableRow(f, lang)),
	};
}

export interface ReachInput {
	ds: Dataset;
	/** Countries and territories with a child helpline in the mapping. */
	helplineCountries: number;
	lang: Lang;
	/** YYYY-MM-DD (defaults to today). */
	now?: string;
	/** The record of the network whose worldwide totals form the yearly series. */
	network?: string;
}

/** Every "How children reach help" spec, in page order. */
export function reachHelp({
	ds,
	helplineCountries,
	lang,
	now = today(),
	network = CHI_NETWORK,
}: ReachInput): ChartSpec[] {
	const f = ds.figures;
	const specs: Record<ReachId, ChartSpec> = {
		'contacts-worldwide': contactsWorldwide(f, lang, network),
		'contacts-by-country': contactsByCountry(f, ds, lang, now),
		'channel-shares': channelShares(f, lang),
		'channel-counts': channelCounts(f, ds, lang),
		'contact-reasons': contactReasons(f, lang),
		'hotline-reports': hotlineReports(f, lang),
		helpseeking: helpseeking(f, lang),
		effectiveness: effectiveness(f, helplineCountries, lang),
	};
	return REACH_IDS.map((id) => specs[id]);
}
