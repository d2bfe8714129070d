/**
 * The SVG renderers (src/charts/) and the findings (src/model/findings.ts) on the fixture dataset:
 * snapshot of the map and of every chart (coordinates rounded), the accessible structure of every
 * SVG, the table listing every plotted value, the CSV/JSON downloads, and the map's handling of
 * small states, territories and areas without a code.
 */
import { describe, expect, it } from 'vitest';
import { chartDomId, renderBars, renderChart, renderStacked } from '../../src/charts/bars';
import { renderChoropleth } from '../../src/charts/choropleth';
import { NOT_DRAWN, worldGeometry } from '../../src/charts/geo';
import {
	chartCsv,
	chartJson,
	chartTable,
	type BarsSpec,
	type ChartSpec,
	type StackedSpec,
} from '../../src/charts/spec';
import { CHART_IDS, findings } from '../../src/model/findings';
import { monthsSince } from '../../src/model/clock';
import { allCountryIndicators } from '../../src/model/indicators';
import {
	categoryCounts,
	mapItems,
	mapRows,
	mapTakeaway,
	mapViews,
} from '../../src/model/map-views';
import { criteriaList } from '../../src/schemas/criteria';
import { countryList } from '../../src/schemas/reference';
import { fixtureAbsent, fixtureRecords, NOW } from './helpers/fixture';
import { fixtureDataset } from './helpers/records';

const ds = fixtureDataset(fixtureRecords, fixtureAbsent);
const all = allCountryIndicators(ds, fixtureAbsent, NOW);
const specs = findings({ ds, all, criteria: criteriaList(), lang: 'en', now: NOW }).filter(
	(s): s is BarsSpec | StackedSpec => s.kind !== 'table',
);
const geo = worldGeometry(countryList());

/** Rounds every number in a string to `digits` decimals (snapshots stay small and stable). */
const roundNumbers = (s: string, digits = 0) =>
	s.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))));

/** Checks the accessible structure every chart must have. */
function expectAccessibleSvg(svg: string) {
	const root = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
	expect(root).toContain('role="img"');
	const id = /\sid="([^"]+)"/.exec(root)![1]!;
	expect(root).toContain(`aria-labelledby="${id}-title"`);
	expect(root).toContain(`aria-describedby="${id}-desc"`);
	expect(svg).toMatch(new RegExp(`<title id="${id}-title">[^<]{5,}</title>`));
	expect(svg).toMatch(new RegExp(`<desc id="${id}-desc">[^<]{20,}</desc>`));
	// The CSP allows no inline style, and charts carry no script.
	expect(svg).not.toMatch(/\sstyle=|<style|<script/i);
}

/** The plotted values of a chart, in drawing order: [series or '', value]. */
const plotted = (svg: string) =>
	[...svg.matchAll(/<rect [^>]*data-value="(\d+)"(?: data-series="([^"]+)")?/g)].map(
		(m) => [m[2] ?? '', Number(m[1])] as const,
	);

describe('findings charts', () => {
	it('are the charts the findings page lists, in order', () => {
		expect(specs.map((s) => s.id)).toEqual([...CHART_IDS]);
	});

	for (const spec of specs) {
		describe(spec.id, () => {
			const svg = renderChart(spec);

			it('matches its snapshot', async () => {
				await expect(roundNumbers(svg, 1)).toMatchFileSnapshot(
					`__snapshots__/findings-${spec.id}.svg`,
				);
			});

			it('is an accessible SVG with a title and a description', () => {
				expectAccessibleSvg(svg);
				expect(svg).toContain(`<title id="${chartDomId(spec)}-title">${spec.title}</title>`);
				expect(spec.takeaway).toMatch(/\d/);
				expect(spec.source).toMatch(/^Source: .*\d/);
			});

			it('has a table that lists every plotted value', () => {
				const table = chartTable(spec);
				expect(table.rows).toHaveLength(spec.rows.length);
				const expected =
					spec.kind === 'bars'
						? table.rows.map((r) => ['', r.value as number] as const)
						: table.rows.flatMap((r) =>
								spec.series
									.map((s) => [s.key, r[s.key] as number] as const)
									.filter(([, v]) => v > 0),
							);
				expect(plotted(svg)).toEqual(expected);
				if (spec.kind === 'stacked')
					for (const r of table.rows)
						expect(r.total).toBe(spec.series.reduce((a, s) => a + (r[s.key] as number), 0));
			});

			it('downloads as CSV and JSON with the same rows', () => {
				const table = chartTable(spec);
				const csv = chartCsv(spec).trimEnd().split('\r\n');
				expect(csv).toHaveLength(table.rows.length + 1);
				expect(csv[0]).toBe(
					table.columns
						.map((c) => (/[",]/.test(c.label) ? `"${c.label.replace(/"/g, '""')}"` : c.label))
						.join(','),
				);
				const json = JSON.parse(chartJson(spec)) as {
					id: string;
					rows: unknown[];
					takeaway: string;
				};
				expect(json).toMatchObject({ id: spec.id, takeaway: spec.takeaway });
				expect(json.rows).toEqual(table.rows);
			});
		});
	}

	it('pins the fixture values', () => {
		const by = Object.fromEntries(specs.map((s) => [s.id, s])) as Record<string, ChartSpec>;
		const channels = by['channels-by-region']!;
		expect(channels.kind).toBe('stacked');
		// World, phone: KE, UG, BI (support services with a voice line); 5 countries have an active
		// support service (KE, UG, BI, MW, FR); no channel census says one is not offered.
		expect(channels.rows.find((r) => r.key === 'channel_voice:world')).toMatchObject({
			values: { exists: 3, absent: 0, unmapped: 2 },
		});
		expect(channels.rows.find((r) => r.key === 'channel_app:150')).toMatchObject({
			values: { exists: 1, absent: 0, unmapped: 0 },
			label: 'Europe',
		});
		expect(channels.takeaway).toBe(
			'Phone is the most widespread channel: offered in 3 of the 5 countries with a mapped support service. E-mail or web form: offered in 0, known not to be offered in 0, not yet checked in 5. For 0 of the 5 child and youth helplines, every kind of channel is known to be offered or not, from a source; 0 list a channel whose address is not yet recorded.',
		);
		const availability = by['availability-and-cost']!;
		expect(
			availability.kind === 'stacked' &&
				availability.rows.find((r) => r.key === 'free:002')!.values,
		).toEqual({
			exists: 3,
			absent: 2,
			unmapped: countryList().filter((c) => c.region === '002' && c.inhabited).length - 5,
		});
		const anonymity = by.anonymity!;
		// Support channels: KE 2 (1 anonymous), UG 1 (not), BI 1, MW 1, FR 1 (unknown).
		expect(anonymity.takeaway).toBe(
			'Of 6 channels of support services: anonymous contact possible on 1, not possible on 1, not known for 4.',
		);
		expect(by.freshness!.takeaway).toBe(
			'91% of the 11 records were verified in the last 12 months; the oldest verification is from 2024-01-01.',
		);
		expect(
			by['youth-participation']!.rows.map((r) => [r.key, 'value' in r ? r.value : null]),
		).toEqual([
			['youth_led', 1],
			['youth_co_designed', 0],
			['youth_advisory', 0],
			['none', 0],
			['unknown', 9],
		]);
	});
});

describe('bar renderers', () => {
	const bars: ChartSpec = {
		kind: 'bars',
		id: 'demo-bars',
		title: 'Demo bars',
		takeaway: 'A is largest.',
		description: 'Bar chart: demo. A is largest.',
		source: 'Source: test.',
		rowHeader: 'Row',
		valueHeader: 'Value',
		maxHeader: 'Out of',
		valueTemplate: '{value} of {max}',
		rows: [
			{ key: 'a', label: 'A', value: 7, max: 10 },
			{ key: 'b', label: 'Bee', value: 0, max: 10 },
		],
	};
	const stacked: ChartSpec = {
		kind: 'stacked',
		id: 'demo-stacked',
		title: 'Demo stacked',
		takeaway: 'Half exist.',
		description: 'Stacked bar chart: demo.',
		source: 'Source: test.',
		rowHeader: 'Region',
		groupHeader: 'Indicator',
		totalHeader: 'Total',
		series: [
			{ key: 'exists', label: 'Exists', style: 'exists' },
			{ key: 'absent', label: 'Known absent', style: 'absent' },
			{ key: 'unmapped', label: 'Not yet mapped', style: 'unmapped' },
		],
		rows: [
			{
				key: 'x',
				label: 'A region with a rather long name that goes above the bar',
				group: 'G1',
				values: { exists: 5, absent: 1, unmapped: 4 },
			},
			{ key: 'y', label: 'Short', group: 'G2', values: { exists: 0, absent: 0, unmapped: 3 } },
		],
	};
	it('renders a bar chart with tracks for the denominators', () => {
		const svg = renderBars(bars);
		expect(svg).toMatchSnapshot();
		expect(svg).toContain('>7 of 10<');
		expect(svg.match(/data-track="10"/g)).toHaveLength(2);
	});
	it('renders a stacked chart with a pattern for every state but solid fills, and group headings', () => {
		const svg = renderStacked(stacked);
		expect(svg).toMatchSnapshot();
		expect(svg).toContain('<pattern id="chart-demo-stacked-p-absent"');
		expect(svg).toContain('<pattern id="chart-demo-stacked-p-unmapped"');
		expect(svg).not.toContain('-p-exists"');
		expect(svg).toContain('font-weight="700" fill="#1b1b1b">G1</text>');
		expect(plotted(svg)).toEqual([
			['exists', 5],
			['absent', 1],
			['unmapped', 4],
			['unmapped', 3],
		]);
	});
	it('escapes text', () => {
		const svg = renderBars({
			...bars,
			title: 'A <b> & "c"',
			rows: [{ key: 'a', label: '<script>', value: 1 }],
		});
		expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
		expect(svg).not.toContain('<script>');
	});
	it('counts months since a date by calendar', () => {
		expect([
			monthsSince('2026-06-01', '2026-11-29'),
			monthsSince('2025-11-30', '2026-11-29'),
			monthsSince('2025-11-29', '2026-11-29'),
		]).toEqual([5, 11, 12]);
	});
});

describe('the world map', () => {
	const views = mapViews('en');
	const view = views.find((v) => v.id === 'child_helpline')!;
	const rows = mapRows(view, ds, all, 'en');
	const svg = renderChoropleth({
		id: 'map-child-helpline',
		title: 'World map: Child helpline',
		desc: mapTakeaway(view, rows, 'en'),
		geometry: geo,
		categories: view.categories,
		items: mapItems(rows),
		noCodeLabel: 'No separate data',
	});

	it('matches its snapshot (coordinates rounded to whole units)', async () => {
		await expect(roundNumbers(svg)).toMatchFileSnapshot('__snapshots__/map-child-helpline.svg');
	});

	it('is an accessible SVG, and says the counts in words', () => {
		expectAccessibleSvg(svg);
		const total = countryList().length;
		expect(mapTakeaway(view, rows, 'en')).toBe(
			`Countries and territories where it exists: 4 of ${total}; known absent: 1; not yet mapped: ${total - 5}.`,
		);
		expect(Object.fromEntries(categoryCounts(view, rows))).toEqual({
			exists: 4,
			absent: 1,
			unmapped: total - 5,
		});
	});

	it('keeps "not yet mapped" and "known absent" apart: a pattern each, a mark shape each', () => {
		expect(svg).toContain('data-category="exists" fill="#0b5e55"');
		expect(svg).toContain('data-category="absent" fill="url(#map-child-helpline-p-absent)"');
		expect(svg).toContain('data-category="unmapped" fill="url(#map-child-helpline-p-unmapped)"');
		const shapes = new Set(view.categories.map((c) => c.mark));
		expect(shapes.size).toBe(view.categories.length);
	});

	it('links every drawn country to its page; Kenya and Tanzania are in their categories', () => {
		expect(svg).toMatch(
			/<g class="map-shapes" data-category="exists"[^>]*>(?:(?!<\/g>).)*data-cc="KE"/,
		);
		expect(svg).toMatch(
			/<g class="map-shapes" data-category="absent"[^>]*>(?:(?!<\/g>).)*data-cc="TZ"/,
		);
		expect(svg).toContain('href="/countries/ke/" tabindex="-1" aria-label="Kenya: Exists"');
	});

	it('draws every listed country except Antarctica, as a shape or a point mark', () => {
		const drawn = new Set([...geo.shapes.map((s) => s.code), ...geo.marks.map((m) => m.code)]);
		const missing = countryList()
			.filter((c) => !drawn.has(c.code))
			.map((c) => c.code);
		expect(missing).toEqual([...NOT_DRAWN]);
		// Small island states are marks.
		for (const cc of ['MV', 'TV', 'KI', 'BB', 'MT', 'SG', 'WS', 'LC'])
			expect(
				geo.marks.some((m) => m.code === cc),
				cc,
			).toBe(true);
	});

	it('does not merge territories and disputed areas into another country', () => {
		// Kosovo has no ISO numeric id in world-atlas: matched by name, drawn as itself.
		expect(geo.shapes.filter((s) => s.code === 'XK')).toHaveLength(1);
		// French Guiana is a part of France's shape at 1:110m: given back to GF.
		expect(geo.shapes.filter((s) => s.code === 'GF')).toHaveLength(1);
		// Northern Cyprus and Somaliland have no code of their own: drawn without data, not as links.
		expect(geo.noCode.sort()).toEqual(['N. Cyprus', 'Somaliland']);
		expect(svg).toContain('data-label="N. Cyprus: No separate data"');
		expect(svg).not.toMatch(/<a [^>]*><path [^>]*data-label/);
		// Western Sahara, Taiwan, Palestine and Hong Kong are their own entries.
		for (const cc of ['EH', 'TW', 'PS', 'HK']) expect(svg, cc).toContain(`data-cc="${cc}"`);
		// Natural Earth's de facto lines are redrawn: Crimea with Ukraine, Western Sahara whole.
		expect(geo.overrides).toEqual(['map.override.crimea', 'map.override.westernSahara']);
		const ys = (cc: string) =>
			[...geo.shapes.find((x) => x.code === cc)!.d.matchAll(/[ML]-?[\d.]+,(-?[\d.]+)/g)].map((m) =>
				Number(m[1]),
			);
		const xs = (cc: string) =>
			[...geo.shapes.find((x) => x.code === cc)!.d.matchAll(/[ML](-?[\d.]+),/g)].map((m) =>
				Number(m[1]),
			);
		// Morocco ends at 27°40'N; Western Sahara reaches the Atlantic coast west of Morocco's southern end.
		expect(Math.max(...ys('MA'))).toBeLessThanOrEqual(Math.min(...ys('EH')) + 0.2);
		expect(Math.min(...xs('EH'))).toBeLessThan(Math.min(...xs('MA')) + 5);
		// Ukraine's shape has Crimea as a second ring; Russia's lost it.
		expect(geo.shapes.find((x) => x.code === 'UA')!.d.match(/M/g)!.length).toBe(2);
		// Every code appears once among the shapes.
		const codes = geo.shapes.map((s) => s.code).filter(Boolean);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('offers a view per indicator and measure, each with a separate "not yet mapped" category', () => {
		expect(views.map((v) => v.slug)).toContain('verified-recently');
		for (const v of views) expect(v.categories.filter((c) => c.key === 'unmapped')).toHaveLength(1);
		const langs = views.find((v) => v.id === 'languages')!;
		const lr = Object.fromEntries(
			mapRows(langs, ds, all, 'en').map((r) => [r.code, r.category.key]),
		);
		// KE: en, sw (2); UG: en, lg, sw (3); MW: only "und" — not yet mapped; BR: no records.
		expect([lr.KE, lr.UG, lr.MW, lr.BR, lr.SO]).toEqual(['b2', 'b2', 'unmapped', 'unmapped', 'b1']);
	});
});
