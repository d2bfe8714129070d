/* Home page country finder (enhancement): filters the country list as you type and, from the
 * browser's language settings alone (no network request), suggests a country. */
(function () {
	var box = document.querySelector('[data-country-finder]');
	if (!box) return;
	box.hidden = false;
	var input = document.getElementById('country-filter');
	var items = document.querySelectorAll('[data-country]');
	var groups = document.querySelectorAll('[data-group]');
	var status = box.querySelector('[data-finder-status]');
	function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
	input.addEventListener('input', function () {
		var q = fold(input.value.trim());
		var shown = 0;
		for (var i = 0; i < items.length; i++) {
			var hit = !q || fold(items[i].getAttribute('data-name')).indexOf(q) >= 0 || items[i].getAttribute('data-country').toLowerCase() === q;
			items[i].hidden = !hit;
			if (hit) shown++;
		}
		for (var g = 0; g < groups.length; g++) groups[g].hidden = !groups[g].querySelector('li:not([hidden])');
		status.textContent = shown ? '' : box.getAttribute('data-none-text');
	});
	input.addEventListener('keydown', function (e) {
		if (e.key !== 'Enter') return;
		var first = document.querySelector('[data-country]:not([hidden]) a');
		if (first) { e.preventDefault(); location.href = first.href; }
	});
	var langs = navigator.languages || [navigator.language];
	for (var j = 0; j < langs.length; j++) {
		var m = /-([A-Za-z]{2})(?:-|$)/.exec(langs[j] || '');
		if (!m) continue;
		var li = document.querySelector('[data-country="' + m[1].toUpperCase() + '"] a');
		if (!li) continue;
		var s = box.querySelector('[data-suggest]');
		var a = box.querySelector('[data-suggest-link]');
		a.href = li.href;
		a.textContent = li.textContent;
		s.hidden = false;
		break;
	}
})();
