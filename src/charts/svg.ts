/**
 * Small helpers for writing SVG as strings at build time: escaping, rounding, the accessible root
 * element. Every chart is an <svg role="img"> with a <title> and a <desc> it is labelled by.
 */

/** Escapes text for SVG/HTML content and attribute values. */
export function esc(s: string | number): string {
	return String(s)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Rounds a coordinate to one decimal place (keeps the markup small and snapshots stable). */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** A rough width of a text run in the system sans-serif, for layout decisions (never exact). */
export const textWidth = (s: string, fontSize: number): number => s.length * fontSize * 0.56;

/** A safe id fragment: lower-case letters, digits and hyphens. */
export const idSafe = (s: string): string => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

export interface SvgRootOptions {
	/** Unique on the page; prefixes the ids of the title, the description and the patterns. */
	id: string;
	width: number;
	height: number;
	title: string;
	desc: string;
	className: string;
	defs?: string;
	body: string;
	/** Extra attributes written on the <svg> element, already escaped. */
	attrs?: string;
}

/** The accessible root: role="img", labelled by its <title> and described by its <desc>. */
export function svgRoot(o: SvgRootOptions): string {
	const t = `${o.id}-title`;
	const d = `${o.id}-desc`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r1(o.width)} ${r1(o.height)}" class="${esc(o.className)}" id="${esc(o.id)}" role="img" aria-labelledby="${t}" aria-describedby="${d}"${o.attrs ? ` ${o.attrs}` : ''}>` +
		`<title id="${t}">${esc(o.title)}</title><desc id="${d}">${esc(o.desc)}</desc>` +
		(o.defs ? `<defs>${o.defs}</defs>` : '') +
		o.body +
		'</svg>'
	);
}
