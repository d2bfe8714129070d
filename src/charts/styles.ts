/**
 * Fills of the charts and the map. Each style pairs a colour with a pattern (solid, lines, hatching,
 * dots, cross-hatching), so that no category is told apart by colour alone; legends always name
 * them in words too. "Not yet mapped" (white with grey dots) and "known absent" (amber hatching)
 * never share a pattern or a colour.
 */
import { esc } from './svg';

type Pattern = 'solid' | 'hatch' | 'dots' | 'vlines' | 'cross' | 'none';
interface Style {
	bg: string;
	ink: string;
	pattern: Pattern;
	/** Colour of value labels drawn on the fill. */
	text: string;
}

const TEAL = '#0b5e55';
const AMBER_BG = '#f5d48f';
const AMBER_INK = '#7a4b00';
const GREY = '#6b6b6b';

export const STYLES = {
	exists: { bg: TEAL, ink: TEAL, pattern: 'solid', text: '#ffffff' },
	absent: { bg: AMBER_BG, ink: AMBER_INK, pattern: 'hatch', text: '#1b1b1b' },
	unmapped: { bg: '#ffffff', ink: GREY, pattern: 'dots', text: '#1b1b1b' },
	met: { bg: TEAL, ink: TEAL, pattern: 'solid', text: '#ffffff' },
	partially_met: { bg: '#b5dbd4', ink: TEAL, pattern: 'vlines', text: '#1b1b1b' },
	not_met: { bg: AMBER_BG, ink: AMBER_INK, pattern: 'hatch', text: '#1b1b1b' },
	unknown: { bg: '#ffffff', ink: GREY, pattern: 'dots', text: '#1b1b1b' },
	band1: { bg: '#d7ece8', ink: TEAL, pattern: 'vlines', text: '#1b1b1b' },
	band2: { bg: '#7fbfb4', ink: TEAL, pattern: 'cross', text: '#1b1b1b' },
	band3: { bg: TEAL, ink: TEAL, pattern: 'solid', text: '#ffffff' },
	fresh0: { bg: TEAL, ink: TEAL, pattern: 'solid', text: '#ffffff' },
	fresh1: { bg: '#b5dbd4', ink: TEAL, pattern: 'vlines', text: '#1b1b1b' },
	fresh2: { bg: AMBER_BG, ink: AMBER_INK, pattern: 'hatch', text: '#1b1b1b' },
	fresh3: { bg: '#f2c4bf', ink: '#8c1d18', pattern: 'cross', text: '#1b1b1b' },
	bar: { bg: TEAL, ink: TEAL, pattern: 'solid', text: '#ffffff' },
	nocode: { bg: '#ffffff', ink: GREY, pattern: 'none', text: '#1b1b1b' },
} satisfies Record<string, Style>;
export type StyleKey = keyof typeof STYLES;

/** Outline of every shape and bar segment: dark enough (≥ 3:1 on white) to show each edge. */
export const OUTLINE = '#595959';

const patternBody = (s: Style): string => {
	const bg = `<rect width="6" height="6" fill="${s.bg}"/>`;
	switch (s.pattern) {
		case 'hatch':
			return `${bg}<path d="M-1 1l2-2M0 6l6-6M5 7l2-2" stroke="${s.ink}" stroke-width="1.4"/>`;
		case 'dots':
			return `${bg}<circle cx="3" cy="3" r="0.9" fill="${s.ink}"/>`;
		case 'vlines':
			return `${bg}<path d="M3 0v6" stroke="${s.ink}" stroke-width="1.2"/>`;
		case 'cross':
			return `${bg}<path d="M-1 1l2-2M0 6l6-6M5 7l2-2M-1 5l2 2M0 0l6 6M5-1l2 2" stroke="${s.ink}" stroke-width="1"/>`;
		default:
			return bg;
	}
};

/** The paint for a style: a colour for solid fills, a pattern reference otherwise. */
export function fillOf(prefix: string, key: StyleKey): string {
	const s: Style = STYLES[key];
	return s.pattern === 'solid' || s.pattern === 'none' ? s.bg : `url(#${prefix}-p-${key})`;
}

/** <pattern> definitions for the styles a chart uses (solid fills need none). */
export function patternDefs(prefix: string, keys: readonly StyleKey[]): string {
	return [...new Set(keys)]
		.filter((k) => STYLES[k].pattern !== 'solid' && STYLES[k].pattern !== 'none')
		.map(
			(k) =>
				`<pattern id="${esc(`${prefix}-p-${k}`)}" width="6" height="6" patternUnits="userSpaceOnUse">${patternBody(STYLES[k])}</pattern>`,
		)
		.join('');
}

/** Colour of value labels drawn on a style's fill. */
export const textOn = (key: StyleKey): string => STYLES[key].text;

/**
 * A legend swatch: a small decorative SVG that paints with the chart's own patterns (the chart
 * with that prefix must be on the same page). Hidden from assistive technology: the label beside
 * it says the same thing in words.
 */
export function swatch(prefix: string, key: StyleKey, shape: 'box' | 'dashed' = 'box'): string {
	const stroke = shape === 'dashed' ? ` stroke-dasharray="3 2"` : '';
	return `<svg class="swatch" viewBox="0 0 20 14" width="20" height="14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="19" height="13" fill="${fillOf(prefix, key)}" stroke="${OUTLINE}"${stroke}/></svg>`;
}
