/* POP Atlas: the one script on every page, and every page works without it.
 * 1. Quick exit (GOV.UK "Exit this page" pattern): the button is a plain link; with this script,
 *    leaving replaces the page in the history (Back does not return) and Shift pressed three
 *    times within a second does the same.
 * 2. "Open now": each channel with known hours says whether it is open now, computed in the
 *    service's own time zone. Nothing is stored and nothing is requested.
 * 3. Offline on request (see below). Minified at build time (scripts/minify-js.ts). */
(function () {
	var root = document.documentElement;
	// 0. Framed by another site (a host that cannot send frame-ancestors, such as GitHub Pages):
	//    hide the page, so no one can draw a fake number over it, and offer to open it in full.
	//    The embed widget (/embed/) is meant to be framed and does not load this script.
	if (window.top !== window.self) {
		var foreign = true;
		try { foreign = window.top.location.origin !== window.location.origin; } catch (e) { foreign = true; }
		if (foreign) {
			root.classList.add('is-framed');
			var full = document.createElement('a');
			full.href = window.location.href;
			full.target = '_top';
			full.rel = 'noopener';
			full.className = 'framed-notice';
			full.textContent = root.getAttribute('data-framed-text') || 'Open this page of POP Atlas in its own window';
			document.body.insertBefore(full, document.body.firstChild);
			return;
		}
	}
	var target = root.getAttribute('data-exit-url') || 'https://www.wikipedia.org/';
	function leave(event) {
		if (event) event.preventDefault();
		root.classList.add('is-exiting');
		document.title = '';
		window.location.replace(target);
	}
	var links = document.querySelectorAll('[data-quick-exit]');
	for (var i = 0; i < links.length; i++) links[i].addEventListener('click', leave);
	var count = 0;
	var timer;
	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Shift') { count = 0; return; }
		if (event.repeat) return;
		count += 1;
		clearTimeout(timer);
		timer = setTimeout(function () { count = 0; }, 1000);
		if (count >= 3) leave();
	});
	var keys = document.getElementById('quick-exit-keys');
	if (keys) keys.hidden = false;

	// Say when saved pages are on this device (the reader chose to save them) or we are offline.
	var state = document.getElementById('offline-state');
	if (state && 'serviceWorker' in navigator && navigator.serviceWorker.controller) {
		state.hidden = false;
		if (!navigator.onLine) state.insertBefore(document.createTextNode(state.getAttribute('data-offline-text') + ' '), state.firstChild);
	}

	var DAYS = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
	var NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
	function minutes(s) { return +s.slice(0, 2) * 60 + +s.slice(3, 5); }
	function weekMinutes(tz) {
		var parts = new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date());
		var get = function (t) { for (var j = 0; j < parts.length; j++) if (parts[j].type === t) return parts[j].value; return ''; };
		return NAMES.indexOf(get('weekday')) * 1440 + +get('hour') * 60 + +get('minute');
	}
	function isOpen(h) {
		if (h.always_open) return true;
		var now = weekMinutes(h.timezone);
		for (var a = 0; a < h.schedule.length; a++) {
			var s = h.schedule[a], o = minutes(s.opens), c = minutes(s.closes);
			if (c <= o) c += 1440;
			for (var b = 0; b < s.days.length; b++) {
				var start = DAYS[s.days[b]] * 1440 + o, end = DAYS[s.days[b]] * 1440 + c;
				if ((now >= start && now < end) || (now + 10080 >= start && now + 10080 < end)) return true;
			}
		}
		return false;
	}
	var openText = root.getAttribute('data-open-now') || 'Open now';
	var closedText = root.getAttribute('data-closed-now') || 'Closed now';
	var items = document.querySelectorAll('[data-hours]');
	for (var k = 0; k < items.length; k++) {
		var out = items[k].querySelector('[data-open-now]');
		if (!out) continue;
		try {
			var open = isOpen(JSON.parse(items[k].getAttribute('data-hours')));
			out.textContent = ' · ' + (open ? openText : closedText);
			out.className = open ? 'open-now' : 'closed-now';
			out.hidden = false;
		} catch (e) { /* unknown zone or bad data: leave the hours as written */ }
	}

	// 3. Save for offline, only on request (country pages and the safety page): saves one
	//    country's pages, and the search index if asked, in this browser's cache; "Remove saved
	//    pages" deletes every saved copy and the service worker.
	var box = document.querySelector('[data-offline]');
	if (box && 'serviceWorker' in navigator && window.caches) (function () {
		box.hidden = false;
		var pack = box.getAttribute('data-pack');
		var saveBtn = box.querySelector('[data-offline-save]');
		var removeBtn = box.querySelector('[data-offline-remove]');
		var withSearch = box.querySelector('[data-offline-search]');
		var status = box.querySelector('[data-offline-status]');
		function say(key) { status.textContent = box.getAttribute('data-text-' + key) || ''; }
		function saved() {
			return caches.keys().then(function (keys) {
				return keys.filter(function (k) { return k.indexOf('pop-') === 0; });
			});
		}
		function refresh() {
			return saved().then(function (keys) {
				var mine = pack && keys.some(function (k) { return k.split(':')[1] === pack; });
				if (saveBtn) saveBtn.hidden = !!mine;
				if (removeBtn) removeBtn.hidden = !keys.length;
				if (mine) say('saved'); else if (keys.length) say('other'); else say('none');
				box.setAttribute('data-state', mine ? 'saved' : 'not-saved');
			});
		}
		function packFile(name) {
			return fetch('/offline/' + name + '.json', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (m) {
				return caches.open('pop-' + m.build + ':' + name).then(function (c) { return c.addAll(m.urls); });
			});
		}
		if (saveBtn) saveBtn.addEventListener('click', function () {
			say('saving');
			navigator.serviceWorker.register('/sw.js', { scope: '/' })
				.then(function () { return navigator.serviceWorker.ready; })
				.then(function () { return packFile(pack); })
				.then(function () { return withSearch && withSearch.checked ? packFile(box.getAttribute('data-search-pack') || 'search') : null; })
				.then(refresh, function () { say('failed'); });
		});
		if (removeBtn) removeBtn.addEventListener('click', function () {
			saved().then(function (keys) { return Promise.all(keys.map(function (k) { return caches.delete(k); })); })
				.then(function () { return navigator.serviceWorker.getRegistrations(); })
				.then(function (regs) { return Promise.all(regs.map(function (r) { return r.unregister(); })); })
				.then(function () { say('removed'); if (saveBtn) saveBtn.hidden = false; removeBtn.hidden = true; box.setAttribute('data-state', 'removed'); });
		});
		refresh();
	})();
})();
