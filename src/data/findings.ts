/**
 * Findings charts and map views for pages, computed once per build (src/model/findings.ts,
 * src/model/map-views.ts). Chart components and the CSV/JSON endpoints read them from here.
 */
import type { Lang } from '../i18n/languages';
import { worldGeometry, type WorldGeometry } from '../charts/geo';
import type { ChartSpec } from '../charts/spec';
import { findings } from '../model/findings';
import { headline } from '../model/indicators';
import { reachHelp } from '../model/reach-help';
import { criteriaList } from '../schemas/criteria';
import { dataset } from './dataset';
import { indicators } from './indicators';

const charts = new Map<Lang, Promise<ChartSpec[]>>();
/** Every findings chart spec, in page order. */
export function findingsCharts(lang: Lang = 'en'): Promise<ChartSpec[]> {
	let p = charts.get(lang);
	if (!p) {
		p = Promise.all([dataset(), indicators()]).then(([ds, all]) => findings({ ds, all, criteria: criteriaList(), lang }));
		charts.set(lang, p);
	}
	return p;
}

const reach = new Map<Lang, Promise<ChartSpec[]>>();
/** The "How children reach help" specs (sourced figures), in page order. */
export function reachCharts(lang: Lang = 'en'): Promise<ChartSpec[]> {
	let p = reach.get(lang);
	if (!p) {
		p = Promise.all([dataset(), indicators()]).then(([ds, all]) =>
			reachHelp({ ds, helplineCountries: headline(ds, all).childHelplineCountries, lang }),
		);
		reach.set(lang, p);
	}
	return p;
}

/** One chart spec of the findings page (mapping or sourced figures) by id, or undefined. */
export async function findingsChart(id: string, lang: Lang = 'en'): Promise<ChartSpec | undefined> {
	return [...(await findingsCharts(lang)), ...(await reachCharts(lang))].find((c) => c.id === id);
}

let geo: Promise<WorldGeometry> | undefined;
/** The projected world shapes, once per build. */
export function geometry(): Promise<WorldGeometry> {
	geo ??= dataset().then((ds) => worldGeometry(ds.countries));
	return geo;
}
