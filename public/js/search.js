/* Site search with Pagefind (enhancement; loaded on /search/ only). The query never leaves the
 * device and is not written to the URL or to storage, so it does not end up in history. */
(function () {
	var form = document.getElementById('search');
	if (!form) return;
	form.hidden = false;
	var input = document.getElementById('q');
	var status = document.querySelector('[data-status]');
	var out = document.querySelector('[data-results]');
	var selects = form.querySelectorAll('[data-filter]');
	var pagefind = null;
	var filtersLoaded = false;
	var seq = 0;

	function load() {
		if (pagefind) return Promise.resolve(pagefind);
		return import('/pagefind/pagefind.js').then(function (pf) {
			pagefind = pf;
			return pf.init().then(function () { return pf; });
		});
	}
	function loadFilters(pf) {
		if (filtersLoaded) return;
		filtersLoaded = true;
		pf.filters().then(function (all) {
			for (var i = 0; i < selects.length; i++) {
				var key = selects[i].getAttribute('data-filter');
				var values = Object.keys(all[key] || {}).sort(function (a, b) { return a.localeCompare(b); });
				for (var j = 0; j < values.length; j++) {
					var o = document.createElement('option');
					o.value = values[j];
					o.textContent = values[j] + ' (' + all[key][values[j]] + ')';
					selects[i].appendChild(o);
				}
			}
		});
	}
	// Result data (a fragment per result) loads PAGE at a time: a phone shows about that many, and
	// every fragment costs the reader bytes. "More results" loads the next ones.
	var PAGE = 5;
	var more = document.querySelector('[data-more]');
	var hits = [];
	var shown = 0;
	function showMore(mine) {
		var next = hits.slice(shown, shown + PAGE);
		return Promise.all(next.map(function (r) { return r.data(); })).then(function (items) {
			if (mine !== seq) return;
			var first = null;
			items.forEach(function (d) {
				var li = document.createElement('li');
				var a = document.createElement('a');
				a.href = d.url;
				a.textContent = (d.meta && d.meta.title) || d.url;
				var p = document.createElement('p');
				p.className = 'meta';
				// Pagefind escapes the excerpt and adds only <mark> elements.
				p.innerHTML = d.excerpt;
				li.appendChild(a);
				li.appendChild(p);
				out.appendChild(li);
				first = first || a;
			});
			shown += items.length;
			more.hidden = shown >= hits.length;
			return first;
		});
	}
	more.addEventListener('click', function () {
		var mine = seq;
		showMore(mine).then(function (first) { if (first) first.focus(); });
	});
	function run() {
		var q = input.value.trim();
		var filters = {};
		for (var i = 0; i < selects.length; i++) if (selects[i].value) filters[selects[i].getAttribute('data-filter')] = selects[i].value;
		var mine = ++seq;
		if (!q && !Object.keys(filters).length) { out.textContent = ''; status.textContent = ''; more.hidden = true; return; }
		status.textContent = form.getAttribute('data-loading-text');
		load().then(function (pf) {
			return pf.search(q || null, { filters: filters });
		}).then(function (res) {
			if (mine !== seq) return;
			out.textContent = '';
			shown = 0;
			hits = res.results;
			status.textContent = hits.length ? form.getAttribute('data-results-text').replace('{count}', hits.length) : form.getAttribute('data-none-text');
			return showMore(mine);
		}).catch(function () { status.textContent = form.getAttribute('data-none-text'); });
	}
	var timer;
	input.addEventListener('input', function () {
		clearTimeout(timer);
		timer = setTimeout(run, 250);
	});
	// Pagefind's engine loads when the box gets focus; the filter lists only when a filter is used,
	// so a first search stays small.
	input.addEventListener('focus', function () { load(); }, { once: true });
	for (var k = 0; k < selects.length; k++) {
		selects[k].addEventListener('focus', function () { load().then(loadFilters); });
		selects[k].addEventListener('change', run);
	}
	form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
})();
