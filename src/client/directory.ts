/**
 * Directory filters (enhancement). Without JavaScript the directory offers one page per filter
 * value; with it, filters combine, results update in place and the filter state is kept in the
 * URL so a view can be shared. Nothing is stored.
 */
import { $, $$, attr } from './dom';

/** /resources/index.json: records as rows of [id, name, ...facet value indexes into dict]. */
interface DirectoryIndex {
	facets: string[];
	dict: string[];
	records: [string, string, ...number[][]][];
}

const form = $<HTMLFormElement>('#dir-filters');
const list = $('[data-dir-list]');
if (form && list && 'fetch' in window) {
	form.hidden = false;
	const count = $('[data-count]', form);
	const pager = $('.pagination');
	const selects = $$<HTMLSelectElement>('select', form);
	let index: DirectoryIndex | undefined;
	const MAX = 200;
	// Links stay in the page's language; labels come from the page's own filter options.
	const base = attr(document.documentElement, 'data-base');
	const globalText = attr(form, 'data-global-text', 'Global');
	const optionLabel = (name: string, value: string) => {
		const o = $(`select[name="${name}"] option[value="${CSS.escape(value)}"]`, form);
		return o?.textContent ? o.textContent.replace(/ \(\d+\)$/, '') : value;
	};
	const state = () => {
		const s: Record<string, string> = {};
		for (const sel of selects) if (sel.value) s[sel.name] = sel.value;
		return s;
	};
	const load = async (): Promise<DirectoryIndex> => {
		index ??= (await (await fetch('/resources/index.json')).json()) as DirectoryIndex;
		return index;
	};
	const render = () => {
		const s = state();
		const keys = Object.keys(s);
		const params = new URLSearchParams(s).toString();
		history.replaceState(null, '', location.pathname + (params ? `?${params}` : ''));
		if (!keys.length) {
			location.reload();
			return;
		}
		void load().then((idx) => {
			const want = keys.map((k) => [idx.facets.indexOf(k) + 2, idx.dict.indexOf(s[k]!)] as const);
			const typeAt = idx.facets.indexOf('type') + 2;
			const countryAt = idx.facets.indexOf('country') + 2;
			const hits = idx.records.filter((r) =>
				want.every(([col, v]) => v >= 0 && (r[col] as number[]).includes(v)),
			);
			list.textContent = '';
			for (const r of hits.slice(0, MAX)) {
				const li = document.createElement('li');
				li.className = 'dir-item';
				const h = document.createElement('h2');
				h.className = 'dir-item__name';
				const a = document.createElement('a');
				a.href = `${base}/resources/${r[0]}/`;
				a.textContent = r[1];
				h.appendChild(a);
				const p = document.createElement('p');
				p.className = 'meta';
				const countries = r[countryAt] as number[];
				const where = countries.length
					? countries.map((i) => optionLabel('country', idx.dict[i]!)).join(', ')
					: globalText;
				p.textContent = `${optionLabel('type', idx.dict[(r[typeAt] as number[])[0]!]!)} · ${where}`;
				li.append(h, p);
				list.appendChild(li);
			}
			if (pager) pager.hidden = true;
			const text = attr(form, 'data-count-text', '{count} services match');
			if (count)
				count.textContent =
					text.replace('{count}', String(hits.length)) +
					(hits.length > MAX ? ` (${MAX} shown)` : '');
		});
	};
	const initial = new URLSearchParams(location.search);
	let any = false;
	for (const sel of selects) {
		const v = initial.get(sel.name);
		if (v) {
			sel.value = v;
			any = true;
		}
		sel.addEventListener('change', render);
	}
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		render();
	});
	$('[data-clear]', form)?.addEventListener('click', (e) => {
		e.preventDefault();
		for (const sel of selects) sel.value = '';
		history.replaceState(null, '', location.pathname);
		location.reload();
	});
	if (any) render();
}
