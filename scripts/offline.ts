/**
 * After the build: writes the offline packs (<out>/offline/<cc>.json, <out>/offline/search.json)
 * and the service worker (<out>/sw.js) stamped with a build id derived from the built files, so a
 * new build replaces saved copies. Prints the size of the largest country pack and of search.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildDataset } from '../src/lib/dataset';
import { countryView } from '../src/lib/country';
import { assertValid, validateRepository } from '../src/lib/validate/index';

const OUT = process.env.POP_OUT_DIR ?? 'dist';
const v = validateRepository();
assertValid(v);
const ds = buildDataset(v.resources.map((e) => ({ ...e.data, id: e.id })), v.organizations.map((e) => ({ ...e.data, id: e.id })), v.emergency.map((e) => e.data), v.knownAbsent);

function walk(dir: string, out: string[] = []): string[] {
	for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, ent.name);
		if (ent.isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}
const files = walk(OUT).filter((f) => !f.startsWith(path.join(OUT, 'offline')) && f !== path.join(OUT, 'sw.js'));
const hash = crypto.createHash('sha1');
for (const f of files.sort()) hash.update(path.relative(OUT, f)).update(fs.readFileSync(f));
const build = hash.digest('hex').slice(0, 12);

const urlToFile = (u: string) => path.join(OUT, u.endsWith('/') ? `${u}index.html` : u);
const size = (urls: string[]) => urls.reduce((n, u) => n + (fs.existsSync(urlToFile(u)) ? fs.statSync(urlToFile(u)).size : 0), 0);
const missing = (urls: string[]) => urls.filter((u) => !fs.existsSync(urlToFile(u)));

const shell = [
	...fs.readdirSync(path.join(OUT, '_astro')).filter((f) => f.endsWith('.css')).map((f) => `/_astro/${f}`),
	'/js/site.js',
	'/js/offline.js',
	'/favicon.svg',
	'/safety/',
];
fs.mkdirSync(path.join(OUT, 'offline'), { recursive: true });
let largest = { pack: '', bytes: 0 };
let packs = 0;
for (const cc of ds.byCountry.keys()) {
	const view = countryView(ds, cc);
	const urls = [...new Set([`/countries/${cc.toLowerCase()}/`, ...view.national.map((r) => `/resources/${r.id}/`), ...view.takedown.map((r) => `/resources/${r.id}/`), ...shell])];
	const lost = missing(urls);
	if (lost.length) throw new Error(`offline pack ${cc}: missing ${lost.join(', ')}`);
	const bytes = size(urls);
	if (bytes > largest.bytes) largest = { pack: cc, bytes };
	fs.writeFileSync(path.join(OUT, 'offline', `${cc.toLowerCase()}.json`), JSON.stringify({ build, pack: cc.toLowerCase(), bytes, urls }));
	packs++;
}
const pagefindFiles = fs.existsSync(path.join(OUT, 'pagefind')) ? walk(path.join(OUT, 'pagefind')).map((f) => `/${path.relative(OUT, f).split(path.sep).join('/')}`) : [];
const searchUrls = ['/search/', '/js/search.js', ...pagefindFiles];
const searchBytes = size(searchUrls);
fs.writeFileSync(path.join(OUT, 'offline', 'search.json'), JSON.stringify({ build, pack: 'search', bytes: searchBytes, urls: searchUrls }));
const sw = fs.readFileSync('src/offline/sw.js', 'utf8').replaceAll('__BUILD_ID__', build);
fs.writeFileSync(path.join(OUT, 'sw.js'), sw);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`offline: build ${build}; ${packs} country packs, largest ${largest.pack} ${kb(largest.bytes)} (budget 1 MB); search ${kb(searchBytes)} in ${searchUrls.length} files`);
if (largest.bytes > 1024 * 1024) console.log(`offline: WARNING the ${largest.pack} pack is over 1 MB`);
