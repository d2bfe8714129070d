/**
 * The findings of the mapping as chart specs: every number computed from the records, the
 * indicators and the assessment, every title and takeaway worded from the UI dictionary. The
 * findings page, the chart components embedded in recommendation chapters and the CSV/JSON
 * downloads all read these specs.
 */
import { t } from '../i18n/index';
import type { Lang } from '../i18n/languages';
import type { Criterion } from '../schemas/criteria';
import { criteriaSummary } from './assessment';
import type { BarsSpec, ChartSpec, ChartWords, Series, StackedSpec } from '../charts/spec';
import type { Dataset, ResourceEntry } from './dataset';
import {
	areaIndicators,
	CHANNEL_GROUPS,
	indicatorById,
	localIndicator,
	isActive,
	isSupport,
	supportServiceCount,
	type CountryIndicators,
} from './indicators';
import { termLabel, regionName } from '../text/labels';
import { monthsSince, today } from './clock';
import { censusFigures } from './census';

/** The ids of the findings charts, in the order of the findings page. */
export const CHART_IDS = [
	'channels-by-region',
	'availability-and-cost',
	'anonymity',
	'languages',
	'youth-participation',
	'assessment-criteria',
	'freshness',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface FindingsInput {
	ds: Dataset;
	all: Map<string, CountryIndicators>;
	criteria: readonly Criterion[];
	lang: Lang;
	/** YYYY-MM-DD (defaults to today). */
	now?: string;
}

const pct = (n: number, d: number) => (d ? Math.round((100 * n) / d) : 0);

/** The world, then every region, as [code, name] (the rows of the regional charts). */
const areasOf = (ds: Dataset, lang: Lang) => [
	['world', t(lang, 'findings.world')] as const,
	...ds.regions.map((r) => [r.code, regionName(r.code, lang)] as const),
];

function words(
	lang: Lang,
	id: ChartId,
	kind: ChartSpec['kind'],
	title: string,
	takeaway: string,
	source: string,
	rowHeader: string,
	groupHeader?: string,
): ChartWords {
	const description = t(lang, kind === 'bars' ? 'findings.desc.bars' : 'findings.desc.stacked', {
		title,
		takeaway,
	});
	return {
		id,
		title,
		takeaway,
		description,
		source,
		rowHeader,
		...(groupHeader ? { groupHeader } : {}),
	};
}

/** The source line shared by the charts: the dataset's size and verification dates. */
export function sourceLine(ds: Dataset, lang: Lang): string {
	const dates = ds.resources.map((r) => r.verification.last_verified).sort();
	const countries = [...ds.byCountry.keys()].length;
	return t(lang, 'findings.source', {
		records: ds.resources.length,
		countries,
		oldest: dates[0] ?? '',
		newest: dates.at(-1) ?? '',
	});
}

/**
 * Channels children can use, by region: among countries with a mapped support service, those where
 * a service offers each channel, those where every service says (channel census) it does not, and
 * those where nobody has checked — never "0" for a channel that was simply not looked for.
 */
function channelsByRegion({ ds, all, lang }: FindingsInput, source: string): StackedSpec {
	const rows: StackedSpec['rows'] = [];
	const world = new Map<string, { exists: number; absent: number; unmapped: number }>();
	let worldSupport = 0;
	for (const g of CHANNEL_GROUPS) {
		const label = localIndicator(indicatorById(g.id)!, lang).label;
		for (const [code, name] of areasOf(ds, lang)) {
			const members = ds.counted
				.filter((c) => code === 'world' || c.region === code)
				.map((c) => all.get(c.code))
				.filter((c): c is CountryIndicators => !!c)
				.filter((c) => supportServiceCount(ds, c.code) > 0);
			const values = { exists: 0, absent: 0, unmapped: 0 };
			for (const c of members) values[c.states[g.id] ?? 'unmapped']++;
			rows.push({ key: `${g.id}:${code}`, label: name, group: label, values });
			if (code === 'world') {
				world.set(label, values);
				worldSupport = members.length;
			}
		}
	}
	const ranked = [...world.entries()].sort((a, b) => b[1].exists - a[1].exists);
	const [top, least] = [ranked[0]!, ranked.at(-1)!];
	const title = t(lang, 'findings.channels.title');
	const takeaway = t(lang, 'findings.channels.takeaway', {
		top: top[0],
		topCount: top[1].exists,
		mapped: worldSupport,
		least: least[0],
		leastCount: least[1].exists,
		leastAbsent: least[1].absent,
		leastUnmapped: least[1].unmapped,
	});
	const cf = censusFigures(ds.resources);
	const census = t(lang, 'findings.channels.census', { ...cf });
	return {
		kind: 'stacked',
		...words(
			lang,
			'channels-by-region',
			'stacked',
			title,
			`${takeaway} ${census}`,
			source,
			t(lang, 'findings.col.region'),
			t(lang, 'findings.col.channel'),
		),
		series: channelSeries(lang),
		totalHeader: t(lang, 'findings.col.countriesWithSupport'),
		rows,
	};
}

const stateSeries = (lang: Lang): Series[] => [
	{ key: 'exists', label: t(lang, 'map.state.exists'), style: 'exists' },
	{ key: 'absent', label: t(lang, 'map.state.absent'), style: 'absent' },
	{ key: 'unmapped', label: t(lang, 'map.state.unmapped'), style: 'unmapped' },
];

/** The states of a channel among a country's support services. */
const channelSeries = (lang: Lang): Series[] => [
	{ key: 'exists', label: t(lang, 'findings.channels.offered'), style: 'exists' },
	{ key: 'absent', label: t(lang, 'findings.channels.notOffered'), style: 'absent' },
	{ key: 'unmapped', label: t(lang, 'findings.channels.notChecked'), style: 'unmapped' },
];

/** Availability and cost: countries by state of "open 24/7" and "free", per region. */
function availabilityAndCost({ ds, all, lang, now }: FindingsInput, source: string): StackedSpec {
	const rows: StackedSpec['rows'] = [];
	const areas = areasOf(ds, lang).map(([code, name]) => ({
		name,
		ai: areaIndicators(ds, all, code, now),
	}));
	for (const id of ['available_24_7', 'free']) {
		for (const { name, ai } of areas) {
			const tally = ai.tallies[id]!;
			rows.push({
				key: `${id}:${ai.area}`,
				label: name,
				group: localIndicator(indicatorById(id)!, lang).label,
				values: { exists: tally.exists, absent: tally.absent, unmapped: tally.unmapped },
			});
		}
	}
	const w = areas[0]!.ai.tallies;
	const title = t(lang, 'findings.availability.title');
	const takeaway = t(lang, 'findings.availability.takeaway', {
		always: w.available_24_7!.exists,
		free: w.free!.exists,
		unmapped: w.available_24_7!.unmapped,
		total: w.available_24_7!.total,
	});
	return {
		kind: 'stacked',
		...words(
			lang,
			'availability-and-cost',
			'stacked',
			title,
			takeaway,
			source,
			t(lang, 'findings.col.region'),
			t(lang, 'findings.col.indicator'),
		),
		series: stateSeries(lang),
		totalHeader: t(lang, 'findings.col.countries'),
		rows,
	};
}

const supportRecords = (ds: Dataset): ResourceEntry[] =>
	ds.resources.filter((r) => isActive(r) && isSupport(r));

/** Anonymity: channels of support services that can be used anonymously, by kind of channel. */
function anonymity({ ds, lang }: FindingsInput, source: string): StackedSpec {
	const groups = [
		...CHANNEL_GROUPS.map((g) => ({
			key: g.id,
			label: localIndicator(indicatorById(g.id)!, lang).label,
			types: g.types,
		})),
		{ key: 'other', label: t(lang, 'findings.anonymity.other'), types: [] as string[] },
	];
	const rows = groups.map((g) => ({
		key: g.key,
		label: g.label,
		values: { yes: 0, no: 0, unknown: 0 },
	}));
	for (const r of supportRecords(ds)) {
		for (const c of r.channels) {
			const i = groups.findIndex((g) => g.types.includes(c.type));
			const row = rows[i < 0 ? rows.length - 1 : i]!;
			row.values[c.anonymous === true ? 'yes' : c.anonymous === false ? 'no' : 'unknown']++;
		}
	}
	const sum = (k: 'yes' | 'no' | 'unknown') => rows.reduce((a, r) => a + r.values[k], 0);
	const total = sum('yes') + sum('no') + sum('unknown');
	const title = t(lang, 'findings.anonymity.title');
	const takeaway = t(lang, 'findings.anonymity.takeaway', {
		total,
		yes: sum('yes'),
		no: sum('no'),
		unknown: sum('unknown'),
	});
	return {
		kind: 'stacked',
		...words(
			lang,
			'anonymity',
			'stacked',
			title,
			takeaway,
			source,
			t(lang, 'findings.col.channel'),
		),
		series: [
			{ key: 'yes', label: t(lang, 'findings.anonymity.yes'), style: 'exists' },
			{ key: 'no', label: t(lang, 'findings.anonymity.no'), style: 'absent' },
			{ key: 'unknown', label: t(lang, 'value.unknown'), style: 'unmapped' },
		],
		totalHeader: t(lang, 'findings.col.channels'),
		rows: rows.filter((r) => r.values.yes + r.values.no + r.values.unknown > 0),
	};
}

/** Languages: the languages served in the most countries (top 12). */
function languages({ all, lang }: FindingsInput, source: string): BarsSpec {
	const counts = new Map<string, number>();
	for (const ci of all.values())
		for (const l of ci.languages) counts.set(l, (counts.get(l) ?? 0) + 1);
	const names = new Intl.DisplayNames([lang], { type: 'language' });
	const ranked = [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, 12);
	const rows = ranked.map(([code, value]) => ({ key: code, label: names.of(code) ?? code, value }));
	const single = [...all.values()].filter((c) => c.languages.length === 1).length;
	const withLangs = [...all.values()].filter((c) => c.languages.length > 0).length;
	const title = t(lang, 'findings.languages.title');
	const takeaway = rows.length
		? t(lang, 'findings.languages.takeaway', {
				top: rows[0]!.label,
				topCount: rows[0]!.value,
				languages: counts.size,
				single,
				withLangs,
			})
		: t(lang, 'findings.none');
	return {
		kind: 'bars',
		...words(lang, 'languages', 'bars', title, takeaway, source, t(lang, 'findings.col.language')),
		valueHeader: t(lang, 'findings.col.countriesServed'),
		rows,
	};
}

/** Youth participation: services by how young people take part in them. */
function youthParticipation({ ds, lang }: FindingsInput, source: string): BarsSpec {
	const levels = ['youth_led', 'youth_co_designed', 'youth_advisory', 'none', 'unknown'] as const;
	const counts = Object.fromEntries(levels.map((l) => [l, 0])) as Record<
		(typeof levels)[number],
		number
	>;
	const services = ds.resources.filter(isActive);
	for (const r of services) counts[r.youth_participation ?? 'unknown']++;
	const rows = levels.map((l) => ({
		key: l,
		label: t(lang, `findings.youth.${l}`),
		value: counts[l],
	}));
	const stated = services.length - counts.unknown;
	const title = t(lang, 'findings.youth.title');
	const takeaway = t(lang, 'findings.youth.takeaway', {
		stated,
		total: services.length,
		led: counts.youth_led + counts.youth_co_designed,
		advisory: counts.youth_advisory,
	});
	return {
		kind: 'bars',
		...words(
			lang,
			'youth-participation',
			'bars',
			title,
			takeaway,
			source,
			t(lang, 'findings.col.participation'),
		),
		valueHeader: t(lang, 'findings.col.services'),
		rows,
	};
}

/** Assessment criteria met: per criterion, services in each status (not applicable left out). */
function assessmentCriteria(
	{ ds, criteria, lang, now }: FindingsInput,
	source: string,
): StackedSpec {
	const summary = criteriaSummary(ds.resources.filter(isActive), criteria, now);
	const rows = criteria.map((c) => {
		const n = summary.get(c.id)!;
		return {
			key: c.id,
			label: termLabel('assessment-criteria', c.id, lang),
			values: {
				met: n.met,
				partially_met: n.partially_met,
				not_met: n.not_met,
				unknown: n.unknown,
			},
		};
	});
	const applicable = (r: (typeof rows)[number]) =>
		r.values.met + r.values.partially_met + r.values.not_met + r.values.unknown;
	const share = (r: (typeof rows)[number], k: keyof (typeof rows)[number]['values']) =>
		applicable(r) ? r.values[k] / applicable(r) : 0;
	const best = [...rows].sort((a, b) => share(b, 'met') - share(a, 'met'))[0]!;
	const worst = [...rows].sort((a, b) => share(b, 'unknown') - share(a, 'unknown'))[0]!;
	const title = t(lang, 'findings.assessment.title');
	const takeaway = t(lang, 'findings.assessment.takeaway', {
		best: best.label,
		bestMet: best.values.met,
		bestOf: applicable(best),
		worst: worst.label,
		worstUnknown: worst.values.unknown,
		worstOf: applicable(worst),
	});
	return {
		kind: 'stacked',
		...words(
			lang,
			'assessment-criteria',
			'stacked',
			title,
			takeaway,
			source,
			t(lang, 'findings.col.criterion'),
		),
		series: [
			{ key: 'met', label: t(lang, 'assess.status.met'), style: 'met' },
			{
				key: 'partially_met',
				label: t(lang, 'assess.status.partially_met'),
				style: 'partially_met',
			},
			{ key: 'not_met', label: t(lang, 'assess.status.not_met'), style: 'not_met' },
			{ key: 'unknown', label: t(lang, 'assess.status.unknown'), style: 'unknown' },
		],
		totalHeader: t(lang, 'findings.col.servicesAssessed'),
		rows,
	};
}

/** Freshness: records by time since they were last verified, per region and for global services. */
function freshness({ ds, lang, now = today() }: FindingsInput, source: string): StackedSpec {
	const bin = (r: ResourceEntry) => {
		const m = monthsSince(r.verification.last_verified, now);
		return m < 6 ? 'm0' : m < 12 ? 'm6' : m < 24 ? 'm12' : 'm24';
	};
	const tally = (list: ResourceEntry[]) => {
		const v: Record<string, number> = { m0: 0, m6: 0, m12: 0, m24: 0 };
		for (const r of list) v[bin(r)]!++;
		return v;
	};
	const inRegion = (code: string) => {
		const ids = new Map<string, ResourceEntry>();
		for (const c of ds.countries)
			if (c.region === code) for (const r of ds.byCountry.get(c.code) ?? []) ids.set(r.id, r);
		return [...ids.values()];
	};
	const rows = [
		...ds.regions.map((r) => ({
			key: r.code,
			label: regionName(r.code, lang),
			values: tally(inRegion(r.code)),
		})),
		{ key: 'global', label: t(lang, 'findings.freshness.global'), values: tally(ds.global) },
	];
	const all = tally(ds.resources);
	const total = ds.resources.length;
	const dates = ds.resources.map((r) => r.verification.last_verified).sort();
	const title = t(lang, 'findings.freshness.title');
	const takeaway = total
		? t(lang, 'findings.freshness.takeaway', {
				share: pct(all.m0! + all.m6!, total),
				total,
				oldest: dates[0]!,
			})
		: t(lang, 'findings.none');
	return {
		kind: 'stacked',
		...words(lang, 'freshness', 'stacked', title, takeaway, source, t(lang, 'findings.col.region')),
		series: [
			{ key: 'm0', label: t(lang, 'findings.freshness.m0'), style: 'fresh0' },
			{ key: 'm6', label: t(lang, 'findings.freshness.m6'), style: 'fresh1' },
			{ key: 'm12', label: t(lang, 'findings.freshness.m12'), style: 'fresh2' },
			{ key: 'm24', label: t(lang, 'findings.freshness.m24'), style: 'fresh3' },
		],
		totalHeader: t(lang, 'findings.col.records'),
		rows,
	};
}

const BUILDERS: Record<ChartId, (i: FindingsInput, source: string) => ChartSpec> = {
	'channels-by-region': channelsByRegion,
	'availability-and-cost': availabilityAndCost,
	anonymity,
	languages,
	'youth-participation': youthParticipation,
	'assessment-criteria': assessmentCriteria,
	freshness,
};

/** Every findings chart, in page order. */
export function findings(input: FindingsInput): ChartSpec[] {
	const source = sourceLine(input.ds, input.lang);
	return CHART_IDS.map((id) => BUILDERS[id](input, source));
}
