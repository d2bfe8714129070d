/**
 * Home page country finder (enhancement): filters the country list as you type and, from the
 * browser's language settings alone (no network request), suggests a country.
 */
import { $, $$, attr } from './dom';

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

const box = $('[data-country-finder]');
const input = $<HTMLInputElement>('#country-filter');
if (box && input) {
	// The finder is laid out from the first paint when scripts run (CSS: .js-only), and the
	// suggestion's line is kept for it (CSS: .country-suggest), so nothing below them moves.
	const items = $$('[data-country]');
	const groups = $$('[data-group]');
	const status = $('[data-finder-status]', box);
	input.addEventListener('input', () => {
		const q = fold(input.value.trim());
		let shown = 0;
		for (const item of items) {
			const hit =
				!q ||
				fold(attr(item, 'data-name')).includes(q) ||
				attr(item, 'data-country').toLowerCase() === q;
			item.hidden = !hit;
			if (hit) shown++;
		}
		for (const g of groups) g.hidden = !g.querySelector('li:not([hidden])');
		if (status) status.textContent = shown ? '' : attr(box, 'data-none-text');
	});
	input.addEventListener('keydown', (e) => {
		if (e.key !== 'Enter') return;
		const first = $<HTMLAnchorElement>('[data-country]:not([hidden]) a');
		if (first) {
			e.preventDefault();
			location.href = first.href;
		}
	});
	const langs = navigator.languages.length ? navigator.languages : [navigator.language];
	for (const lang of langs) {
		const m = /-([A-Za-z]{2})(?:-|$)/.exec(lang || '');
		if (!m) continue;
		const link = $<HTMLAnchorElement>(`[data-country="${m[1]!.toUpperCase()}"] a`);
		const suggest = $('[data-suggest]', box);
		const a = $<HTMLAnchorElement>('[data-suggest-link]', box);
		if (!link || !suggest || !a) continue;
		a.href = link.href;
		a.textContent = link.textContent;
		suggest.classList.add('is-filled');
		break;
	}
}
