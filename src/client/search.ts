/**
 * Site search with Pagefind (enhancement; loaded on /search/ only). The query never leaves the
 * device and is not written to the URL or to storage, so it does not end up in history.
 */
import { searchQuery } from './search-query';
import { $, $$, attr } from './dom';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta?: { title?: string };
}
interface PagefindResult {
	data: () => Promise<PagefindResultData>;
}
interface Pagefind {
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (
		q: string | null,
		opts: { filters: Record<string, string> },
	) => Promise<{ results: PagefindResult[] }>;
}

const form = $<HTMLFormElement>('#search');
const input = $<HTMLInputElement>('#q');
const status = $('[data-status]');
const out = $('[data-results]');
const more = $<HTMLButtonElement>('[data-more]');
if (form && input && status && out && more) {
	form.hidden = false;
	const selects = $$<HTMLSelectElement>('[data-filter]', form);
	let pagefind: Pagefind | undefined;
	let filtersLoaded = false;
	let seq = 0;
	// Built at run time so the bundler leaves Pagefind's own script to the browser.
	const PAGEFIND = '/pagefind/pagefind.js';
	const load = async (): Promise<Pagefind> => {
		if (pagefind) return pagefind;
		const pf = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
		await pf.init();
		pagefind = pf;
		return pf;
	};
	const loadFilters = (pf: Pagefind) => {
		if (filtersLoaded) return;
		filtersLoaded = true;
		void pf.filters().then((all) => {
			for (const sel of selects) {
				const key = attr(sel, 'data-filter');
				const counts = all[key] ?? {};
				for (const value of Object.keys(counts).sort((a, b) => a.localeCompare(b))) {
					const o = document.createElement('option');
					o.value = value;
					o.textContent = `${value} (${counts[value]})`;
					sel.appendChild(o);
				}
			}
		});
	};
	// Result data (a fragment per result) loads PAGE at a time: a phone shows about that many, and
	// every fragment costs the reader bytes. "More results" loads the next ones.
	const PAGE = 5;
	let hits: PagefindResult[] = [];
	let shown = 0;
	const showMore = async (mine: number): Promise<HTMLAnchorElement | undefined> => {
		const items = await Promise.all(hits.slice(shown, shown + PAGE).map((r) => r.data()));
		if (mine !== seq) return undefined;
		let first: HTMLAnchorElement | undefined;
		for (const d of items) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = d.url;
			a.textContent = d.meta?.title ?? d.url;
			const p = document.createElement('p');
			p.className = 'meta';
			// Pagefind escapes the excerpt and adds only <mark> elements.
			p.innerHTML = d.excerpt;
			li.append(a, p);
			out.appendChild(li);
			first ??= a;
		}
		shown += items.length;
		more.hidden = shown >= hits.length;
		return first;
	};
	more.addEventListener('click', () => {
		void showMore(seq).then((first) => first?.focus());
	});
	const run = () => {
		const q = searchQuery(input.value);
		const filters: Record<string, string> = {};
		for (const sel of selects) if (sel.value) filters[attr(sel, 'data-filter')] = sel.value;
		const mine = ++seq;
		if (!q && !Object.keys(filters).length) {
			out.textContent = '';
			status.textContent = '';
			more.hidden = true;
			return;
		}
		status.textContent = attr(form, 'data-loading-text');
		load()
			.then((pf) => pf.search(q || null, { filters }))
			.then((res) => {
				if (mine !== seq) return undefined;
				out.textContent = '';
				shown = 0;
				hits = res.results;
				status.textContent = hits.length
					? attr(form, 'data-results-text').replace('{count}', String(hits.length))
					: attr(form, 'data-none-text');
				return showMore(mine);
			})
			.catch(() => {
				status.textContent = attr(form, 'data-none-text');
			});
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 250);
	});
	// Pagefind's engine loads when the box gets focus; the filter lists only when a filter is used,
	// so a first search stays small.
	input.addEventListener('focus', () => void load(), { once: true });
	for (const sel of selects) {
		sel.addEventListener('focus', () => void load().then(loadFilters));
		sel.addEventListener('change', run);
	}
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		run();
	});
}
