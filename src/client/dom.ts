/** Small typed helpers for the browser scripts: every script works on pages that lack its parts. */
export const $ = <T extends Element = HTMLElement>(
	selector: string,
	root: ParentNode = document,
): T | null => root.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(
	selector: string,
	root: ParentNode = document,
): T[] => Array.from(root.querySelectorAll<T>(selector));
/** An attribute, or a fallback when the page does not set it. */
export const attr = (el: Element | null, name: string, fallback = ''): string =>
	el?.getAttribute(name) ?? fallback;
