/**
 * The evidence dataset as pages and exports read it: every sourced figure flattened with its
 * publication, and the country policy profiles. Pure functions over plain data (no I/O): the
 * findings section "How children reach help", the country pages, the country briefs and the
 * exports all choose figures through these, so a figure is picked the same way everywhere.
 */
import type {
	Figure,
	FigureFile,
	PolicyFact,
	PolicyProfile,
	Publication,
} from '../schemas/evidence';

/** One figure with the publication it comes from and the file that holds it. */
export interface FigureEntry extends Figure {
	/** The figure file's id (its name without .yaml): one file per source publication. */
	file: string;
	source: Publication;
}

/** Figures of every file, in file order then figure order. */
export function flattenFigures(files: readonly { id: string; data: FigureFile }[]): FigureEntry[] {
	return files.flatMap((f) =>
		f.data.figures.map((fig) => ({ ...fig, file: f.id, source: f.data.source })),
	);
}

/** Where a figure applies, as one key: "global", a region code, or a country code. */
export const scopeKey = (f: Figure): string =>
	f.scope.level === 'global'
		? 'global'
		: f.scope.level === 'region'
			? f.scope.region
			: f.scope.country;

/** The last year a period covers ("2019/2020" → 2020, "2023-06" → 2023). */
export const periodEnd = (period: string): number => Number(period.split('/').at(-1)!.slice(0, 4));
/** Sort key of a period: its end, then its start (a whole year after its quarters). */
const periodKey = (p: string) => {
	const [a, b = a] = p.split('/');
	const pad = (s: string) => (s.length === 4 ? `${s}-12` : s);
	return `${pad(b!)}|${pad(a!)}`;
};
export const comparePeriods = (a: string, b: string): number =>
	periodKey(a).localeCompare(periodKey(b));

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;
/** The publication date as a sortable string ('' when the source shows none). */
const publishedKey = (f: FigureEntry) => String(f.source.published ?? '');

/**
 * Of several figures for the same thing, the one to show: the most confident, then the one from
 * the most recent publication, then the first by id (so the choice is stable).
 */
export function preferred<T extends FigureEntry>(candidates: readonly T[]): T | undefined {
	return [...candidates].sort(
		(a, b) =>
			CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
			publishedKey(b).localeCompare(publishedKey(a)) ||
			a.id.localeCompare(b.id),
	)[0];
}

/**
 * A series over time: one figure per period for an indicator, scope and unit (the preferred one
 * where sources overlap), oldest first. Figures with a breakdown are parts, not totals, and are
 * left out.
 */
export function series(
	figures: readonly FigureEntry[],
	opts: { indicator: string; scope: string; unit: string; service?: string },
): FigureEntry[] {
	const byPeriod = new Map<string, FigureEntry[]>();
	for (const f of figures) {
		if (f.indicator !== opts.indicator || scopeKey(f) !== opts.scope || f.unit !== opts.unit)
			continue;
		if (f.breakdown) continue;
		if (opts.service !== undefined && f.service !== opts.service) continue;
		const list = byPeriod.get(f.period) ?? [];
		list.push(f);
		byPeriod.set(f.period, list);
	}
	return [...byPeriod.entries()]
		.sort(([a], [b]) => comparePeriods(a, b))
		.map(([, list]) => preferred(list)!);
}

/**
 * The parts of one whole: the figures with a breakdown on `dimension` for one indicator and
 * scope, from one publication, period and population (so the shares add up to at most the whole).
 * When several sets exist the latest period wins, then the set with the most parts.
 */
export function latestBreakdown(
	figures: readonly FigureEntry[],
	opts: { indicator: string; scope: string; dimension: string },
): FigureEntry[] {
	const sets = new Map<string, FigureEntry[]>();
	for (const f of figures) {
		if (f.indicator !== opts.indicator || scopeKey(f) !== opts.scope) continue;
		if (f.breakdown?.dimension !== opts.dimension) continue;
		const key = `${f.file}|${f.period}|${f.population}`;
		const list = sets.get(key) ?? [];
		list.push(f);
		sets.set(key, list);
	}
	const best = [...sets.values()].sort(
		(a, b) => comparePeriods(b[0]!.period, a[0]!.period) || b.length - a.length,
	)[0];
	return best ? [...best].sort((a, b) => b.value - a.value) : [];
}

/** Every scope key (countries, regions, "global") that has a figure for an indicator. */
export function scopesWith(figures: readonly FigureEntry[], indicator: string): string[] {
	return [...new Set(figures.filter((f) => f.indicator === indicator).map(scopeKey))].sort();
}

/** The figures about one country, grouped by indicator in taxonomy order, newest first. */
export function countryFigures(
	figures: readonly FigureEntry[],
	cc: string,
	indicatorOrder: readonly string[],
): { indicator: string; figures: FigureEntry[] }[] {
	const mine = figures.filter((f) => f.scope.level === 'country' && f.scope.country === cc);
	return indicatorOrder
		.map((indicator) => ({
			indicator,
			figures: mine
				.filter((f) => f.indicator === indicator)
				.sort((a, b) => comparePeriods(b.period, a.period) || a.id.localeCompare(b.id)),
		}))
		.filter((g) => g.figures.length > 0);
}

/** Countries with at least one figure of the usage group (contacts or counselling contacts). */
export function countriesWithUsage(
	figures: readonly FigureEntry[],
	usage: ReadonlySet<string>,
): string[] {
	return [
		...new Set(
			figures
				.filter((f) => f.scope.level === 'country' && usage.has(f.indicator))
				.map((f) => (f.scope as { country: string }).country),
		),
	].sort();
}

/** The state of one policy fact for a country: a sourced yes, no or partial, or not yet mapped. */
export type PolicyState = PolicyFact['status'] | 'unmapped';
export interface PolicyRow {
	fact: string;
	state: PolicyState;
	entry?: PolicyFact;
}

/** A country's profile as one row per fact of the taxonomy, "unmapped" where no source says. */
export function policyRows(
	profile: PolicyProfile | undefined,
	factOrder: readonly string[],
): PolicyRow[] {
	return factOrder.map((fact) => {
		const entry = profile?.facts[fact];
		return entry ? { fact, state: entry.status, entry } : { fact, state: 'unmapped' as const };
	});
}

/** How many facts of a profile are sourced (any state but unmapped). */
export const sourcedFacts = (profile: PolicyProfile | undefined): number =>
	profile ? Object.keys(profile.facts).length : 0;
