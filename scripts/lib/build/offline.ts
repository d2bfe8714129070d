/**
 * After the build: writes the offline packs (<out>/offline/<cc>.json, <out>/offline/search.json)
 * and the service worker (<out>/sw.js) stamped with a build id derived from the built files, so a
 * new build replaces saved copies. Prints the size of the largest country pack and of search.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { countryView } from '../../../src/model/country';
import type { Dataset } from '../../../src/model/dataset';
import { DEFAULT_LANG, LANG_CODES, localizePath } from '../../../src/i18n/languages';

function walk(dir: string, out: string[] = []): string[] {
	for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, ent.name);
		if (ent.isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}
/** The offline packs of every country and language, and the service worker; returns a summary line. */
export function offlinePacks(OUT: string, ds: Dataset): string {
	const files = walk(OUT).filter(
		(f) => !f.startsWith(path.join(OUT, 'offline')) && f !== path.join(OUT, 'sw.js'),
	);
	const hash = crypto.createHash('sha1');
	for (const f of files.sort()) hash.update(path.relative(OUT, f)).update(fs.readFileSync(f));
	const build = hash.digest('hex').slice(0, 12);

	const urlToFile = (u: string) => path.join(OUT, u.endsWith('/') ? `${u}index.html` : u);
	const size = (urls: string[]) =>
		urls.reduce(
			(n, u) => n + (fs.existsSync(urlToFile(u)) ? fs.statSync(urlToFile(u)).size : 0),
			0,
		);
	const missing = (urls: string[]) => urls.filter((u) => !fs.existsSync(urlToFile(u)));

	/** A pack's name: the country code, prefixed by the language for languages other than English. */
	const packName = (lang: string, name: string) =>
		lang === DEFAULT_LANG ? name : `${lang}-${name}`;
	fs.mkdirSync(path.join(OUT, 'offline'), { recursive: true });
	const css = fs
		.readdirSync(path.join(OUT, '_astro'))
		.filter((f) => f.endsWith('.css'))
		.map((f) => `/_astro/${f}`);
	let largest = { pack: '', bytes: 0 };
	let packs = 0;
	const pagefindAll = fs.existsSync(path.join(OUT, 'pagefind'))
		? walk(path.join(OUT, 'pagefind')).map(
				(f) => `/${path.relative(OUT, f).split(path.sep).join('/')}`,
			)
		: [];
	const searchSizes: string[] = [];
	for (const lang of LANG_CODES) {
		const loc = (u: string) => localizePath(lang, u);
		const shell = [...css, '/js/site.js', '/favicon.svg', loc('/safety/')];
		for (const cc of ds.byCountry.keys()) {
			const view = countryView(ds, cc);
			const urls = [
				...new Set([
					loc(`/countries/${cc.toLowerCase()}/`),
					...view.national.map((r) => loc(`/resources/${r.id}/`)),
					...view.takedown.map((r) => loc(`/resources/${r.id}/`)),
					...shell,
				]),
			];
			const lost = missing(urls);
			if (lost.length) throw new Error(`offline pack ${lang} ${cc}: missing ${lost.join(', ')}`);
			const bytes = size(urls);
			const name = packName(lang, cc.toLowerCase());
			if (bytes > largest.bytes) largest = { pack: name, bytes };
			fs.writeFileSync(
				path.join(OUT, 'offline', `${name}.json`),
				JSON.stringify({ build, pack: name, bytes, urls }),
			);
			packs++;
		}
		// Search in this language: Pagefind's shared files and this language's index only.
		const mine = pagefindAll
			.filter((u) => {
				const f = u.split('/').pop()!;
				return (
					!/^(?:[a-z]{2,3}_|pagefind\.[a-z]{2,3}_|wasm\.[a-z]+\.pagefind)/.test(f) ||
					f.startsWith(`${lang}_`) ||
					f.startsWith(`pagefind.${lang}_`) ||
					f === `wasm.${lang}.pagefind` ||
					f === 'wasm.unknown.pagefind'
				);
			})
			.filter((u) => !/pagefind-(?:modular-|component-)?ui\.|pagefind-highlight/.test(u));
		const searchUrls = [loc('/search/'), '/js/search.js', ...mine];
		const searchBytes = size(searchUrls);
		fs.writeFileSync(
			path.join(OUT, 'offline', `${packName(lang, 'search')}.json`),
			JSON.stringify({
				build,
				pack: packName(lang, 'search'),
				bytes: searchBytes,
				urls: searchUrls,
			}),
		);
		searchSizes.push(`${lang} ${(searchBytes / 1024).toFixed(0)} KB`);
	}
	const sw = fs
		.readFileSync(path.join('src', 'offline', 'sw.js'), 'utf8')
		.replaceAll('__BUILD_ID__', build);
	fs.writeFileSync(path.join(OUT, 'sw.js'), sw);
	const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
	if (largest.bytes > 1024 * 1024)
		console.log(`offline: WARNING the ${largest.pack} pack is over 1 MB`);
	return `build ${build}; ${packs} country packs, largest ${largest.pack} ${kb(largest.bytes)} (budget 1 MB); search: ${searchSizes.join(', ')}`;
}
