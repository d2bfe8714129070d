/* Save for offline (enhancement, only on request). Saves one country's pages, and the search
 * index if asked, in this browser's cache; "Remove saved pages" deletes every saved copy and the
 * service worker. Nothing is saved until the reader presses the button. */
(function () {
	var box = document.querySelector('[data-offline]');
	if (!box) return;
	if (!('serviceWorker' in navigator) || !window.caches) return;
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
