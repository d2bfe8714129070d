/**
 * Writes sitemap.xml into the built site (run after `astro build`), from the pages that were
 * built; record pages carry the date their file last changed in git.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readGitDates } from '../src/exports/git-dates';
import { sitemapPaths, sitemapXml } from './lib/sitemap';

const OUT = process.env.POP_OUT_DIR ?? 'dist';
const SITE = (process.env.POP_SITE ?? 'https://pop-atlas.org').replace(/\/+$/, '');
const git = readGitDates(['content/resources']);
const paths = sitemapPaths(OUT);
const urls = paths.map((p) => {
	const m = /^\/resources\/([^/]+\/[^/]+)\/$/.exec(p);
	const lastmod = m ? git.files.get(`content/resources/${m[1]}.yaml`)?.updated.slice(0, 10) : undefined;
	return lastmod ? { loc: SITE + p, lastmod } : { loc: SITE + p };
});
fs.writeFileSync(path.join(OUT, 'sitemap.xml'), sitemapXml(urls));
console.log(`sitemap: ${urls.length} pages${git.limitation ? ` (${git.limitation})` : ''}`);
