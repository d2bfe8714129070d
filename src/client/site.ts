/**
 * POP Atlas: the one script on every page, and every page works without it.
 * 0. Framed by another site where the host cannot forbid it (GitHub Pages): hide the page, so no
 *    one can draw a fake number over it, and offer to open it in full. The embed widget
 *    (/embed/) is meant to be framed and does not load this script.
 * 1. Quick exit (GOV.UK "Exit this page" pattern): the button is a plain link; with this script,
 *    leaving replaces the page in the history (Back does not return) and Shift pressed three
 *    times within a second does the same.
 * 2. "Open now": each channel with known hours says whether it is open now, computed in the
 *    service's own time zone with the same isOpen the tests cover (src/text/format.ts). Nothing is
 *    stored and nothing is requested.
 * 3. Offline on request: saves one country's pages, and the search index if asked, in this
 *    browser's cache; "Remove saved pages" deletes every saved copy and the service worker.
 * 4. The suggest form of record and country pages (closed in a <details>): its script,
 *    /js/suggest.js from this site, is loaded only when the reader opens it.
 * 5. A table's scroll box (TableScroll.astro) is a tab stop only while its table is wider than
 *    the box: one that fits needs no arrow keys, so a keyboard reader does not stop on it. A box
 *    whose layout the browser has skipped (off screen, in a closed <details>) keeps its tab stop,
 *    and a resize checks again. Without this script every box stays a tab stop.
 * Bundled and minified at build time (scripts/lib/build/client.ts).
 */
import type { Hours } from '../schemas/resource';
import { isOpen } from '../text/format';
import { $, $$, attr } from './dom';

const root = document.documentElement;

function framedByAnotherSite(): boolean {
	if (window.top === window.self) return false;
	try {
		return window.top?.location.origin !== window.location.origin;
	} catch {
		return true;
	}
}

function refuseFraming(): void {
	root.classList.add('is-framed');
	const full = document.createElement('a');
	full.href = window.location.href;
	full.target = '_top';
	full.rel = 'noopener';
	full.className = 'framed-notice';
	full.textContent = attr(
		root,
		'data-framed-text',
		'Open this page of POP Atlas in its own window',
	);
	document.body.insertBefore(full, document.body.firstChild);
}

function quickExit(): void {
	const target = attr(root, 'data-exit-url', 'https://www.wikipedia.org/');
	const leave = (event?: Event) => {
		event?.preventDefault();
		root.classList.add('is-exiting');
		document.title = '';
		window.location.replace(target);
	};
	for (const link of $$('[data-quick-exit]')) link.addEventListener('click', leave);
	let count = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Shift') {
			count = 0;
			return;
		}
		if (event.repeat) return;
		count += 1;
		clearTimeout(timer);
		timer = setTimeout(() => (count = 0), 1000);
		if (count >= 3) leave();
	});
}

function offlineState(): void {
	// Say when saved pages are on this device (the reader chose to save them) or we are offline.
	const state = $('#offline-state');
	if (!state || !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
	state.hidden = false;
	if (!navigator.onLine)
		state.insertBefore(
			document.createTextNode(`${attr(state, 'data-offline-text')} `),
			state.firstChild,
		);
}

function openNow(): void {
	const openText = attr(root, 'data-open-now', 'Open now');
	const closedText = attr(root, 'data-closed-now', 'Closed now');
	for (const item of $$('[data-hours]')) {
		const out = $('[data-open-now]', item);
		if (!out) continue;
		try {
			const open = isOpen(JSON.parse(attr(item, 'data-hours')) as Hours, new Date());
			if (open === undefined) continue;
			// The slot is reserved from the first paint (CSS: .open-now-slot): filling it moves nothing.
			out.textContent = `· ${open ? openText : closedText}`;
			out.classList.add(open ? 'open-now' : 'closed-now');
		} catch {
			// An unknown time zone or bad data: leave the hours as written.
		}
	}
}

function offlineControls(): void {
	const box = $('[data-offline]');
	if (!box) return;
	// The box is shown from the first paint when scripts run (CSS: .js-only), so nothing shifts;
	// a browser that cannot save pages hides it again.
	if (!('serviceWorker' in navigator) || !window.caches) {
		box.hidden = true;
		return;
	}
	const pack = attr(box, 'data-pack');
	const saveBtn = $<HTMLButtonElement>('[data-offline-save]', box);
	const removeBtn = $<HTMLButtonElement>('[data-offline-remove]', box);
	const withSearch = $<HTMLInputElement>('[data-offline-search]', box);
	const status = $('[data-offline-status]', box);
	const say = (key: string) => {
		if (status) status.textContent = attr(box, `data-text-${key}`);
	};
	const saved = () => caches.keys().then((keys) => keys.filter((k) => k.startsWith('pop-')));
	const refresh = () =>
		saved().then((keys) => {
			const mine = !!pack && keys.some((k) => k.split(':')[1] === pack);
			if (saveBtn) saveBtn.hidden = mine;
			if (removeBtn) removeBtn.hidden = !keys.length;
			say(mine ? 'saved' : keys.length ? 'other' : 'none');
			box.setAttribute('data-state', mine ? 'saved' : 'not-saved');
		});
	const packFile = (name: string) =>
		fetch(`/offline/${name}.json`, { cache: 'no-store' })
			.then((r) => r.json() as Promise<{ build: string; urls: string[] }>)
			.then((m) => caches.open(`pop-${m.build}:${name}`).then((c) => c.addAll(m.urls)));
	saveBtn?.addEventListener('click', () => {
		say('saving');
		navigator.serviceWorker
			.register('/sw.js', { scope: '/' })
			.then(() => navigator.serviceWorker.ready)
			.then(() => packFile(pack))
			.then(() => (withSearch?.checked ? packFile(attr(box, 'data-search-pack', 'search')) : null))
			.then(refresh, () => say('failed'));
	});
	removeBtn?.addEventListener('click', () => {
		void saved()
			.then((keys) => Promise.all(keys.map((k) => caches.delete(k))))
			.then(() => navigator.serviceWorker.getRegistrations())
			.then((regs) => Promise.all(regs.map((r) => r.unregister())))
			.then(() => {
				say('removed');
				if (saveBtn) saveBtn.hidden = false;
				removeBtn.hidden = true;
				box.setAttribute('data-state', 'removed');
			});
	});
	void refresh();
}

function suggestOnOpen(): void {
	let loaded = false;
	const load = () => {
		if (loaded) return;
		loaded = true;
		const script = document.createElement('script');
		script.src = '/js/suggest.js';
		document.head.append(script);
	};
	for (const box of $$<HTMLDetailsElement>('details[data-suggest-box]')) {
		if (box.open) load();
		else box.addEventListener('toggle', load, { once: true });
	}
}

function tableScrollStops(): void {
	const boxes = $$<HTMLElement>('.table-scroll');
	if (!boxes.length || typeof ResizeObserver === 'undefined') return;
	const check = (box: HTMLElement) => {
		const laidOut = box.clientWidth > 0;
		if (laidOut && box.scrollWidth <= box.clientWidth + 1) box.removeAttribute('tabindex');
		else box.setAttribute('tabindex', '0');
	};
	const seen = new ResizeObserver((entries) => {
		for (const e of entries) {
			const box = (e.target as HTMLElement).closest<HTMLElement>('.table-scroll');
			if (box) check(box);
		}
	});
	for (const box of boxes) {
		seen.observe(box);
		if (box.firstElementChild) seen.observe(box.firstElementChild);
	}
}

if (framedByAnotherSite()) refuseFraming();
else {
	quickExit();
	offlineState();
	openNow();
	offlineControls();
	suggestOnOpen();
	tableScrollStops();
}
