/**
 * Merging shards of the site: each shard is a build of some interface languages (POP_LANGS), made
 * on its own machine; the merged site is their union. Pages of different languages never collide;
 * the files every shard writes alike (exports, API, scripts, styles) must be byte for byte the same,
 * or the merge refuses. Pagefind writes one index per language, so the search bundles merge by
 * joining the languages of their entry files.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PAGEFIND_ENTRY = 'pagefind/pagefind-entry.json';

interface PagefindEntry {
	version: string;
	languages: Record<string, unknown>;
	[k: string]: unknown;
}

export interface MergeReport {
	/** Files in the merged site. */
	files: number;
	/** Files more than one shard wrote, identical. */
	shared: number;
	/** Languages in the merged search bundle. */
	searchLanguages: string[];
	/** Files two shards wrote differently (the merge fails when there is any). */
	conflicts: string[];
}

/** Every file under a directory, as a path relative to it with / separators. */
const filesUnder = (dir: string): string[] =>
	(fs.readdirSync(dir, { recursive: true }) as string[])
		.filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
		.map((rel) => rel.split(path.sep).join('/'));

/** The entry files of several Pagefind bundles as one: the union of their languages. */
export function mergePagefindEntries(entries: PagefindEntry[]): PagefindEntry {
	const [first, ...rest] = entries;
	if (!first) throw new Error('no Pagefind entry to merge');
	const merged: PagefindEntry = { ...first, languages: { ...first.languages } };
	for (const e of rest) {
		if (e.version !== first.version)
			throw new Error(`Pagefind versions differ between shards: ${first.version} and ${e.version}`);
		for (const [lang, v] of Object.entries(e.languages)) {
			if (lang in merged.languages && JSON.stringify(merged.languages[lang]) !== JSON.stringify(v))
				throw new Error(
					`two shards indexed the language ${lang}: build each language in one shard only`,
				);
			merged.languages[lang] = v;
		}
	}
	return merged;
}

/** Copies the shards into `out` (which must not exist yet) and reports what it found. */
export function mergeShards(out: string, shards: readonly string[]): MergeReport {
	if (fs.existsSync(out) && fs.readdirSync(out).length)
		throw new Error(`${out} is not empty: the merge writes a new site`);
	for (const s of shards)
		if (!fs.existsSync(path.join(s, 'index.html')) && !fs.existsSync(path.join(s, 'pagefind')))
			throw new Error(`${s} is not a built shard (no index.html, no pagefind/)`);
	const owner = new Map<string, string>();
	const entries: PagefindEntry[] = [];
	const conflicts: string[] = [];
	let shared = 0;
	for (const shard of shards) {
		for (const rel of filesUnder(shard)) {
			const from = path.join(shard, rel);
			if (rel === PAGEFIND_ENTRY) {
				entries.push(JSON.parse(fs.readFileSync(from, 'utf8')) as PagefindEntry);
				continue;
			}
			const to = path.join(out, rel);
			const first = owner.get(rel);
			if (first) {
				if (fs.readFileSync(to).equals(fs.readFileSync(from))) shared++;
				else conflicts.push(`${rel} (${first} and ${shard})`);
				continue;
			}
			fs.mkdirSync(path.dirname(to), { recursive: true });
			fs.copyFileSync(from, to);
			owner.set(rel, shard);
		}
	}
	let searchLanguages: string[] = [];
	if (entries.length) {
		const merged = mergePagefindEntries(entries);
		fs.mkdirSync(path.join(out, 'pagefind'), { recursive: true });
		fs.writeFileSync(path.join(out, PAGEFIND_ENTRY), JSON.stringify(merged));
		searchLanguages = Object.keys(merged.languages).sort();
	}
	return { files: owner.size + (entries.length ? 1 : 0), shared, searchLanguages, conflicts };
}
