/* POP Atlas world map, loaded on map pages only; the map works without it (every country is a
 * link, and the table under the map holds the same links). With it:
 * - a tooltip names the country and its state, on hover and on keyboard focus;
 * - the map becomes one tab stop: arrow keys move between countries (alphabetical order),
 *   Home/End jump to the first/last, a letter jumps to the next country starting with it, and
 *   Enter opens the country's page (it is a link). */
(function () {
	var svgs = document.querySelectorAll('svg[data-map]');
	for (var s = 0; s < svgs.length; s++) enhance(svgs[s]);

	function enhance(svg) {
		var frame = svg.parentNode;
		var links = Array.prototype.slice.call(svg.querySelectorAll('a[data-cc]'));
		if (!links.length) return;
		links.sort(function (a, b) { return label(a).localeCompare(label(b)); });
		// Now interactive: expose the links (the static map is one image).
		svg.setAttribute('role', 'group');
		var tip = document.createElement('div');
		tip.className = 'map-tip';
		tip.hidden = true;
		tip.setAttribute('aria-hidden', 'true');
		frame.appendChild(tip);
		var hint = frame.parentNode.querySelector('[data-map-hint]');
		if (hint) hint.hidden = false;
		var current = 0;
		links[0].setAttribute('tabindex', '0');

		function label(a) { return a.getAttribute('aria-label') || ''; }
		function show(el, text) {
			var box = frame.getBoundingClientRect();
			var r = el.getBoundingClientRect();
			tip.textContent = text;
			tip.hidden = false;
			var x = r.left - box.left + r.width / 2;
			var y = r.top - box.top;
			var w = tip.offsetWidth;
			x = Math.max(4, Math.min(x - w / 2, box.width - w - 4));
			tip.style.left = x + 'px';
			tip.style.top = Math.max(4, y - tip.offsetHeight - 6) + 'px';
		}
		function hide() { tip.hidden = true; }
		function move(i) {
			links[current].setAttribute('tabindex', '-1');
			current = (i + links.length) % links.length;
			links[current].setAttribute('tabindex', '0');
			links[current].focus();
		}

		svg.addEventListener('mouseover', function (e) {
			var t = e.target.closest ? e.target.closest('a[data-cc], [data-label]') : null;
			if (t) show(t, t.getAttribute('aria-label') || t.getAttribute('data-label'));
		});
		svg.addEventListener('mouseleave', hide);
		svg.addEventListener('focusin', function (e) {
			var i = links.indexOf(e.target);
			if (i >= 0) { current = i; show(e.target, label(e.target)); }
		});
		svg.addEventListener('focusout', hide);
		svg.addEventListener('keydown', function (e) {
			var k = e.key;
			if (k === 'ArrowRight' || k === 'ArrowDown') move(current + 1);
			else if (k === 'ArrowLeft' || k === 'ArrowUp') move(current - 1);
			else if (k === 'Home') move(0);
			else if (k === 'End') move(links.length - 1);
			else if (k === 'Escape') hide();
			else if (k.length === 1 && /\S/.test(k)) {
				var c = k.toLowerCase();
				for (var j = 1; j <= links.length; j++) {
					var i = (current + j) % links.length;
					if (label(links[i]).toLowerCase().indexOf(c) === 0) { move(i); break; }
				}
				if (j > links.length) return;
			} else return;
			e.preventDefault();
		});
	}
})();
