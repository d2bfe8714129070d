/* Directory filters (enhancement). Without JavaScript the directory offers one page per filter
 * value; with it, filters combine, results update in place and the filter state is kept in the
 * URL so a view can be shared. Nothing is stored. */
(function () {
	var form = document.getElementById('dir-filters');
	var list = document.querySelector('[data-dir-list]');
	if (!form || !list || !window.fetch || !window.URLSearchParams) return;
	form.hidden = false;
	var count = form.querySelector('[data-count]');
	var pager = document.querySelector('.pagination');
	var selects = form.querySelectorAll('select');
	var index = null;
	var MAX = 200;
	// Links stay in the page's language; labels come from the page's own filter options.
	var base = document.documentElement.getAttribute('data-base') || '';
	var globalText = form.getAttribute('data-global-text') || 'Global';
	function optionLabel(name, value) {
		var sel = form.querySelector('select[name="' + name + '"]');
		var o = sel && sel.querySelector('option[value="' + value + '"]');
		return o ? o.textContent.replace(/ \(\d+\)$/, '') : value;
	}

	function state() {
		var s = {};
		for (var i = 0; i < selects.length; i++) if (selects[i].value) s[selects[i].name] = selects[i].value;
		return s;
	}
	function load() {
		if (index) return Promise.resolve(index);
		return fetch('/resources/index.json').then(function (r) { return r.json(); }).then(function (j) { index = j; return j; });
	}
	function render() {
		var s = state();
		var keys = Object.keys(s);
		var params = new URLSearchParams(s).toString();
		history.replaceState(null, '', location.pathname + (params ? '?' + params : ''));
		if (!keys.length) { location.reload(); return; }
		load().then(function (idx) {
			var want = keys.map(function (k) { return [idx.facets.indexOf(k) + 2, idx.dict.indexOf(s[k])]; });
			var typeAt = idx.facets.indexOf('type') + 2;
			var countryAt = idx.facets.indexOf('country') + 2;
			var hits = idx.records.filter(function (r) {
				return want.every(function (w) { return w[1] >= 0 && r[w[0]].indexOf(w[1]) >= 0; });
			});
			list.textContent = '';
			hits.slice(0, MAX).forEach(function (r) {
				var li = document.createElement('li');
				li.className = 'dir-item';
				var h = document.createElement('h2');
				h.className = 'dir-item__name';
				var a = document.createElement('a');
				a.href = base + '/resources/' + r[0] + '/';
				a.textContent = r[1];
				h.appendChild(a);
				var p = document.createElement('p');
				p.className = 'meta';
				var where = r[countryAt].length ? r[countryAt].map(function (i) { return optionLabel('country', idx.dict[i]); }).join(', ') : globalText;
				p.textContent = optionLabel('type', idx.dict[r[typeAt][0]]) + ' · ' + where;
				li.appendChild(h);
				li.appendChild(p);
				list.appendChild(li);
			});
			if (pager) pager.hidden = true;
			var text = form.getAttribute('data-count-text') || '{count} services match';
			count.textContent = text.replace('{count}', hits.length) + (hits.length > MAX ? ' (' + MAX + ' shown)' : '');
		});
	}
	var initial = new URLSearchParams(location.search);
	var any = false;
	for (var i = 0; i < selects.length; i++) {
		var v = initial.get(selects[i].name);
		if (v) { selects[i].value = v; any = true; }
		selects[i].addEventListener('change', render);
	}
	form.addEventListener('submit', function (e) { e.preventDefault(); render(); });
	var clear = form.querySelector('[data-clear]');
	if (clear) clear.addEventListener('click', function (e) {
		e.preventDefault();
		for (var i = 0; i < selects.length; i++) selects[i].value = '';
		history.replaceState(null, '', location.pathname);
		location.reload();
	});
	if (any) render();
})();
