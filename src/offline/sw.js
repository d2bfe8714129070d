/* POP Atlas service worker. Installed only when a reader chooses "save for offline"; it saves
 * nothing by itself. Pages are always fetched from the network first, so a changed phone number
 * is never served stale while online; saved copies are used only when the network fails, and are
 * refreshed whenever a saved page is fetched again. A new build moves saved packs to fresh copies.
 * Build: __BUILD_ID__ */
'use strict';
var BUILD = '__BUILD_ID__';
var PREFIX = 'pop-';

function cacheName(pack) {
	return PREFIX + BUILD + ':' + pack;
}

function savePack(pack) {
	return fetch('/offline/' + pack + '.json', { cache: 'no-store' })
		.then(function (r) {
			if (!r.ok) throw new Error('no pack ' + pack);
			return r.json();
		})
		.then(function (m) {
			return caches.open(cacheName(pack)).then(function (c) {
				return c.addAll(
					m.urls.map(function (u) {
						return new Request(u, { cache: 'reload' });
					}),
				);
			});
		});
}

self.addEventListener('install', function () {
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	event.waitUntil(
		caches
			.keys()
			.then(function (keys) {
				return Promise.all(
					keys
						.filter(function (k) {
							return k.indexOf(PREFIX) === 0 && k.indexOf(PREFIX + BUILD + ':') !== 0;
						})
						.map(function (old) {
							var pack = old.split(':')[1];
							// Offline during the update: keep the old copy rather than lose it.
							return savePack(pack).then(
								function () {
									return caches.delete(old);
								},
								function () {},
							);
						}),
				);
			})
			.then(function () {
				return self.clients.claim();
			}),
	);
});

self.addEventListener('fetch', function (event) {
	var req = event.request;
	if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
	event.respondWith(
		fetch(req).then(
			function (res) {
				if (res.ok && res.type === 'basic') {
					var copy = res.clone();
					// Refresh the saved copy, if this URL is saved in any pack.
					caches.keys().then(function (keys) {
						keys.forEach(function (k) {
							if (k.indexOf(PREFIX) !== 0) return;
							caches.open(k).then(function (c) {
								c.match(req, { ignoreSearch: true }).then(function (hit) {
									if (hit) c.put(req, copy.clone());
								});
							});
						});
					});
				}
				return res;
			},
			function (err) {
				return caches.match(req, { ignoreSearch: true }).then(function (hit) {
					if (hit) return hit;
					throw err;
				});
			},
		),
	);
});
