/**
 * The world choropleth, rendered to an SVG string at build time. One fill per category, each a
 * colour and a pattern; small countries and territories are point marks whose shape also differs
 * per category. Every country is a link to its page (taken out of the tab order: the table under
 * the map holds the same links; the map script, when it runs, makes the map keyboard-operable).
 */
import { esc, r1, svgRoot } from './svg';
import { fillOf, OUTLINE, patternDefs, STYLES, type StyleKey } from './styles';
import type { WorldGeometry } from './geo';

/** How a small country's point mark is drawn: its shape differs per category, not only its fill. */
export type MarkShape = 'disc' | 'square' | 'ring' | 'diamond' | 'triangle';

export interface MapCategory {
	key: string;
	label: string;
	style: StyleKey;
	mark: MarkShape;
}
export interface MapItem {
	code: string;
	/** The country's name and its state in words, e.g. "Kenya: exists". */
	label: string;
	category: string;
	href: string;
}
export interface ChoroplethOptions {
	id: string;
	title: string;
	desc: string;
	geometry: WorldGeometry;
	categories: readonly MapCategory[];
	items: readonly MapItem[];
	/** Label for areas the mapping has no code for (their data is not merged into a neighbour's). */
	noCodeLabel: string;
}

const MARK_R = 3.6;

/** The SVG of one point mark, centred on (x, y). */
export function markShape(
	shape: MarkShape,
	x: number,
	y: number,
	fill: string,
	r = MARK_R,
): string {
	const s = r1(r);
	switch (shape) {
		case 'square':
			return `<rect x="${r1(x - s * 0.9)}" y="${r1(y - s * 0.9)}" width="${r1(s * 1.8)}" height="${r1(s * 1.8)}" fill="${fill}"/>`;
		case 'diamond': {
			const k = r1(s * 1.2);
			return `<path d="M${r1(x)} ${r1(y - k)}l${k} ${k}l-${k} ${k}l-${k}-${k}z" fill="${fill}"/>`;
		}
		case 'triangle':
			return `<path d="M${r1(x)} ${r1(y - s * 1.2)}l${s * 1.1} ${r1(s * 2)}h-${r1(s * 2.2)}z" fill="${fill}"/>`;
		case 'ring':
			return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${s}" fill="#ffffff" stroke-dasharray="2 1.2"/>`;
		default:
			return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${s}" fill="${fill}"/>`;
	}
}

/** A legend symbol for a category's point mark (decorative; the label says it in words). */
export function markSwatch(prefix: string, c: MapCategory): string {
	return `<svg class="swatch swatch--mark" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><g stroke="${OUTLINE}" stroke-width="1">${markShape(c.mark, 7, 7, fillOf(prefix, c.style), 5)}</g></svg>`;
}

/** Renders the choropleth. Countries absent from `items` are not drawn as links (e.g. not listed). */
export function renderChoropleth(o: ChoroplethOptions): string {
	const byCode = new Map(o.items.map((i) => [i.code, i]));
	const link = (it: MapItem, inner: string) =>
		`<a href="${esc(it.href)}" tabindex="-1" aria-label="${esc(it.label)}" data-cc="${esc(it.code)}">${inner}</a>`;
	const groups = o.categories.map((c) => {
		const shapes = o.geometry.shapes.filter(
			(s) => s.code && byCode.get(s.code)?.category === c.key,
		);
		return shapes.length
			? `<g class="map-shapes" data-category="${esc(c.key)}" fill="${fillOf(o.id, c.style)}">${shapes.map((s) => link(byCode.get(s.code!)!, `<path d="${s.d}"/>`)).join('')}</g>`
			: '';
	});
	const noCode = o.geometry.shapes.filter((s) => !s.code);
	const noCodeGroup = noCode.length
		? `<g class="map-nocode" fill="${STYLES.nocode.bg}" stroke-dasharray="2 1.5">${noCode.map((s) => `<path d="${s.d}" data-label="${esc(`${s.name}: ${o.noCodeLabel}`)}"/>`).join('')}</g>`
		: '';
	const catOf = new Map(o.categories.map((c) => [c.key, c]));
	const marks = o.geometry.marks
		.map((m) => {
			const it = byCode.get(m.code);
			const c = it && catOf.get(it.category);
			return it && c ? link(it, markShape(c.mark, m.x, m.y, fillOf(o.id, c.style))) : '';
		})
		.join('');
	const body =
		`<g class="map-land" stroke="${OUTLINE}" stroke-width="0.6" stroke-linejoin="round">${groups.join('')}${noCodeGroup}</g>` +
		`<g class="map-marks" stroke="${OUTLINE}" stroke-width="0.8">${marks}</g>`;
	return svgRoot({
		id: o.id,
		width: o.geometry.width,
		height: o.geometry.height,
		title: o.title,
		desc: o.desc,
		className: 'viz viz--map',
		defs: patternDefs(
			o.id,
			o.categories.map((c) => c.style),
		),
		body,
		attrs: 'data-map=""',
	});
}
