/** Builds the Pagefind search index over dist/ (run after `astro build`). */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const OUT = process.env.POP_OUT_DIR ?? 'dist';
const ENTRY = path.join(OUT, 'pagefind', 'pagefind-entry.json');

/** Pages per language in the written index, or the reason the index is unusable. */
function readEntry(): Record<string, number> | string {
	let text: string;
	try {
		text = fs.readFileSync(ENTRY, 'utf8');
	} catch {
		return `${ENTRY} was not written`;
	}
	try {
		const entry = JSON.parse(text) as { languages?: Record<string, { page_count: number }> };
		const counts = Object.fromEntries(Object.entries(entry.languages ?? {}).map(([l, v]) => [l, v.page_count]));
		return Object.keys(counts).length ? counts : `${ENTRY} lists no language`;
	} catch {
		return `${ENTRY} is not valid JSON (${text.length} bytes)`;
	}
}

async function indexOnce(): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: OUT });
	if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: `${OUT}/pagefind` });
	if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
	await pagefind.close();
	return added.page_count;
}

const started = performance.now();
let pages = await indexOnce();
// Once, an index was written with an empty pagefind-entry.json, which breaks every search
// ("Failed to load Pagefind metadata"). Check what was written; index again once if it is unusable.
let entry = readEntry();
if (typeof entry === 'string') {
	console.log(`pagefind: ${entry}; indexing again`);
	pages = await indexOnce();
	entry = readEntry();
	if (typeof entry === 'string') throw new Error(`pagefind: ${entry}`);
}
const perLanguage = Object.entries(entry).map(([l, n]) => `${l} ${n}`).join(', ');
console.log(`pagefind: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms; searchable per language: ${perLanguage}`);
