/**
 * POP Atlas world map, loaded on map pages only; the map works without it (every country is a
 * link, and the table under the map holds the same links). With it:
 * - a tooltip names the country and its state, on hover and on keyboard focus;
 * - the map becomes one tab stop: arrow keys move between countries (alphabetical order),
 *   Home/End jump to the first/last, a letter jumps to the next country starting with it, and
 *   Enter opens the country's page (it is a link).
 */
import { $, $$ } from './dom';

const label = (a: Element) => a.getAttribute('aria-label') ?? '';

function enhance(svg: SVGSVGElement): void {
	const frame = svg.parentElement;
	// One collator and one read of each label: localeCompare per comparison cost a quarter of a
	// second of main thread on a slow phone (Lighthouse, 4× CPU slowdown).
	const collator = new Intl.Collator(document.documentElement.lang || undefined);
	const links = $$<SVGAElement>('a[data-cc]', svg)
		.map((a) => ({ a, name: label(a) }))
		.sort((x, y) => collator.compare(x.name, y.name))
		.map((x) => x.a);
	if (!frame || !links.length) return;
	// Now interactive: expose the links (the static map is one image).
	svg.setAttribute('role', 'group');
	const tip = document.createElement('div');
	tip.className = 'map-tip';
	tip.hidden = true;
	tip.setAttribute('aria-hidden', 'true');
	frame.appendChild(tip);
	const hint = frame.parentElement ? $('[data-map-hint]', frame.parentElement) : null;
	if (hint) hint.hidden = false;
	let current = 0;
	links[0]!.setAttribute('tabindex', '0');

	const show = (el: Element, text: string) => {
		const box = frame.getBoundingClientRect();
		const r = el.getBoundingClientRect();
		tip.textContent = text;
		tip.hidden = false;
		const w = tip.offsetWidth;
		const x = Math.max(4, Math.min(r.left - box.left + r.width / 2 - w / 2, box.width - w - 4));
		tip.style.left = `${x}px`;
		tip.style.top = `${Math.max(4, r.top - box.top - tip.offsetHeight - 6)}px`;
	};
	const hide = () => {
		tip.hidden = true;
	};
	const move = (i: number) => {
		links[current]!.setAttribute('tabindex', '-1');
		current = (i + links.length) % links.length;
		links[current]!.setAttribute('tabindex', '0');
		links[current]!.focus();
	};

	svg.addEventListener('mouseover', (e) => {
		const t = (e.target as Element | null)?.closest('a[data-cc], [data-label]');
		if (t) show(t, t.getAttribute('aria-label') ?? t.getAttribute('data-label') ?? '');
	});
	svg.addEventListener('mouseleave', hide);
	svg.addEventListener('focusin', (e) => {
		const i = links.indexOf(e.target as SVGAElement);
		if (i >= 0) {
			current = i;
			show(links[i]!, label(links[i]!));
		}
	});
	svg.addEventListener('focusout', hide);
	svg.addEventListener('keydown', (e) => {
		const k = e.key;
		if (k === 'ArrowRight' || k === 'ArrowDown') move(current + 1);
		else if (k === 'ArrowLeft' || k === 'ArrowUp') move(current - 1);
		else if (k === 'Home') move(0);
		else if (k === 'End') move(links.length - 1);
		else if (k === 'Escape') hide();
		else if (k.length === 1 && /\S/.test(k)) {
			const c = k.toLowerCase();
			let found = false;
			for (let j = 1; j <= links.length; j++) {
				const i = (current + j) % links.length;
				if (label(links[i]!).toLowerCase().startsWith(c)) {
					move(i);
					found = true;
					break;
				}
			}
			if (!found) return;
		} else return;
		e.preventDefault();
	});
}

for (const svg of $$<SVGSVGElement>('svg[data-map]')) enhance(svg);
