/**
 * Bar and stacked-bar charts rendered to SVG strings at build time (d3-scale for the scales).
 * Rows may be grouped under headings. Labels go beside the bars when they are short and above them
 * otherwise, so the chart stays legible on a phone. Every drawn bar or segment carries its value in
 * `data-value`, and its number is written next to it or in it whenever it fits.
 */
import { scaleLinear } from 'd3';
import type { BarsSpec, ChartSpec, StackedSpec } from './spec';
import { esc, r1, svgRoot, textWidth } from './svg';
import { fillOf, OUTLINE, patternDefs, STYLES, textOn } from './styles';

export const CHART_WIDTH = 420;
const FONT = 14;
const BAR_H = 16;
const GAP = 8;
const GROUP_H = 26;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';

interface Layout {
	labelLeft: boolean;
	labelW: number;
}

function layout(labels: string[], maxLabelW = 150): Layout {
	const widest = Math.max(0, ...labels.map((l) => textWidth(l, FONT)));
	return widest + 10 <= maxLabelW
		? { labelLeft: true, labelW: Math.ceil(widest + 10) }
		: { labelLeft: false, labelW: 0 };
}

/** Walks the rows, adding group headings and label lines, and returns each bar's y. */
function placeRows<R extends { label: string; group?: string }>(rows: readonly R[], lay: Layout) {
	let y = 4;
	const parts: string[] = [];
	const placed: { row: R; y: number }[] = [];
	let group: string | undefined;
	for (const row of rows) {
		if (row.group !== undefined && row.group !== group) {
			group = row.group;
			y += placed.length ? 8 : 0;
			parts.push(
				`<text x="0" y="${r1(y + 18)}" font-weight="700" fill="${INK}">${esc(group)}</text>`,
			);
			y += GROUP_H;
		}
		if (lay.labelLeft) {
			parts.push(
				`<text x="0" y="${r1(y + BAR_H / 2 + 4.5)}" fill="${INK}">${esc(row.label)}</text>`,
			);
		} else {
			parts.push(`<text x="0" y="${r1(y + FONT)}" fill="${INK}">${esc(row.label)}</text>`);
			y += FONT + 5;
		}
		placed.push({ row, y });
		y += BAR_H + GAP;
	}
	return { parts, placed, height: y + 2 };
}

/** The id of a chart's <svg> on the page (also the prefix of its pattern ids). */
export const chartDomId = (spec: { id: string }) => `chart-${spec.id}`;
/** The id of a chart's <figure>: the anchor to link to, e.g. /findings/#fig-languages. */
export const figureId = (spec: { id: string }) => `fig-${spec.id}`;

/** A horizontal bar chart (one bar per row; a light track shows the row's `max` when given). */
export function renderBars(spec: BarsSpec): string {
	const lay = layout(spec.rows.map((r) => r.label));
	const texts = spec.rows.map((r) =>
		r.max !== undefined && spec.valueTemplate
			? spec.valueTemplate.replace('{value}', String(r.value)).replace('{max}', String(r.max))
			: (r.text ?? String(r.value)),
	);
	const textW = Math.max(24, ...texts.map((s) => textWidth(s, FONT))) + 8;
	const x0 = lay.labelW;
	const barW = CHART_WIDTH - x0 - textW;
	const domainMax = Math.max(1, ...spec.rows.map((r) => r.max ?? r.value));
	const x = scaleLinear().domain([0, domainMax]).range([0, barW]);
	const { parts, placed, height } = placeRows(spec.rows, lay);
	placed.forEach(({ row, y }, i) => {
		if (row.max !== undefined)
			parts.push(
				`<rect x="${r1(x0)}" y="${r1(y)}" width="${r1(x(row.max))}" height="${BAR_H}" fill="${STYLES.unmapped.bg}" stroke="#b9c2bf" data-track="${row.max}"/>`,
			);
		const w = x(row.value);
		parts.push(
			`<rect x="${r1(x0)}" y="${r1(y)}" width="${r1(w)}" height="${BAR_H}" fill="${fillOf(chartDomId(spec), 'bar')}" data-value="${row.value}"/>`,
		);
		const end = x0 + (row.max !== undefined ? x(row.max) : w);
		parts.push(
			`<text x="${r1(end + 6)}" y="${r1(y + BAR_H / 2 + 4.5)}" fill="${MUTED}">${esc(texts[i]!)}</text>`,
		);
	});
	return svgRoot({
		id: chartDomId(spec),
		width: CHART_WIDTH,
		height,
		title: spec.title,
		desc: spec.description,
		className: 'viz viz--bars',
		body: `<g font-size="${FONT}">${parts.join('')}</g>`,
	});
}

/** A stacked horizontal bar chart: one bar per row, one segment per series, on a common scale. */
export function renderStacked(spec: StackedSpec): string {
	const lay = layout(spec.rows.map((r) => r.label));
	const totals = spec.rows.map((r) => spec.series.reduce((a, s) => a + (r.values[s.key] ?? 0), 0));
	const textW = Math.max(24, ...totals.map((t) => textWidth(String(t), FONT))) + 8;
	const x0 = lay.labelW;
	const barW = CHART_WIDTH - x0 - textW;
	const x = scaleLinear()
		.domain([0, Math.max(1, ...totals)])
		.range([0, barW]);
	const { parts, placed, height } = placeRows(spec.rows, lay);
	placed.forEach(({ row, y }, i) => {
		let at = x0;
		for (const s of spec.series) {
			const v = row.values[s.key] ?? 0;
			if (v <= 0) continue;
			const w = x(v);
			parts.push(
				`<rect x="${r1(at)}" y="${r1(y)}" width="${r1(w)}" height="${BAR_H}" fill="${fillOf(chartDomId(spec), s.style)}" stroke="${OUTLINE}" stroke-width="0.6" data-value="${v}" data-series="${esc(s.key)}"/>`,
			);
			const label = String(v);
			if (w >= textWidth(label, FONT) + 8) {
				const halo =
					STYLES[s.style].pattern === 'solid'
						? ''
						: ` stroke="#ffffff" stroke-width="3" paint-order="stroke"`;
				parts.push(
					`<text x="${r1(at + w / 2)}" y="${r1(y + BAR_H / 2 + 4.5)}" text-anchor="middle" fill="${textOn(s.style)}"${halo}>${label}</text>`,
				);
			}
			at += w;
		}
		parts.push(
			`<text x="${r1(at + 6)}" y="${r1(y + BAR_H / 2 + 4.5)}" fill="${MUTED}">${totals[i]}</text>`,
		);
	});
	return svgRoot({
		id: chartDomId(spec),
		width: CHART_WIDTH,
		height,
		title: spec.title,
		desc: spec.description,
		className: 'viz viz--stacked',
		defs: patternDefs(
			chartDomId(spec),
			spec.series.map((s) => s.style),
		),
		body: `<g font-size="${FONT}">${parts.join('')}</g>`,
	});
}

/** Renders any chart spec (a table spec has no drawing: ''). */
export function renderChart(spec: ChartSpec): string {
	return spec.kind === 'bars'
		? renderBars(spec)
		: spec.kind === 'stacked'
			? renderStacked(spec)
			: '';
}
