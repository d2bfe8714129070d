/** The Pagefind search index over the built pages, checked once written. */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Pages per language in the written index, or the reason the index is unusable. */
function readEntry(outDir: string): Record<string, number> | string {
	const file = path.join(outDir, 'pagefind', 'pagefind-entry.json');
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch {
		return `${file} was not written`;
	}
	try {
		const entry = JSON.parse(text) as { languages?: Record<string, { page_count: number }> };
		const counts = Object.fromEntries(
			Object.entries(entry.languages ?? {}).map(([l, v]) => [l, v.page_count]),
		);
		return Object.keys(counts).length ? counts : `${file} lists no language`;
	} catch {
		return `${file} is not valid JSON (${text.length} bytes)`;
	}
}

async function indexOnce(outDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: outDir });
	if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
	if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
	await pagefind.close();
	return added.page_count;
}

export async function indexSearch(outDir: string): Promise<string> {
	let pages = await indexOnce(outDir);
	// Once, an index was written with an empty pagefind-entry.json, which breaks every search
	// ("Failed to load Pagefind metadata"). Check what was written; index again once if it is unusable.
	let entry = readEntry(outDir);
	if (typeof entry === 'string') {
		console.log(`pagefind: ${entry}; indexing again`);
		pages = await indexOnce(outDir);
		entry = readEntry(outDir);
		if (typeof entry === 'string') throw new Error(`pagefind: ${entry}`);
	}
	return `indexed ${pages} pages; searchable per language: ${Object.entries(entry)
		.map(([l, n]) => `${l} ${n}`)
		.join(', ')}`;
}
