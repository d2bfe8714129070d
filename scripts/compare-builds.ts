/**
 * Compares two built sites file by file: `tsx scripts/compare-builds.ts <before> <after>`.
 * Lists added, removed and changed files, leaving apart the outputs that differ between any two
 * builds of the same tree: Pagefind's index files (their names carry hashes of a parallel index),
 * the PDFs (Chromium stamps the creation time) and the service worker and offline packs (their
 * build id is a hash of the other files). Used to show that a reorganisation changed no page.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
	console.error('usage: tsx scripts/compare-builds.ts <before-dir> <after-dir>');
	process.exit(2);
}
const UNSTABLE = [/^pagefind\//, /\.pdf$/, /^sw\.js$/, /^offline\//];
function files(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else
				out.set(
					path.relative(dir, p).split(path.sep).join('/'),
					crypto.createHash('sha1').update(fs.readFileSync(p)).digest('hex'),
				);
		}
	};
	walk(dir);
	return out;
}
const before = files(a);
const after = files(b);
const stable = (f: string) => !UNSTABLE.some((re) => re.test(f));
const added = [...after.keys()].filter((f) => !before.has(f) && stable(f));
const removed = [...before.keys()].filter((f) => !after.has(f) && stable(f));
const changed = [...after.keys()].filter(
	(f) => before.has(f) && before.get(f) !== after.get(f) && stable(f),
);
for (const [label, list] of [
	['added', added],
	['removed', removed],
	['changed', changed],
] as const)
	for (const f of list.sort()) console.log(`${label} ${f}`);
console.log(
	`compare-builds: ${after.size} files; ${added.length} added, ${removed.length} removed, ${changed.length} changed (Pagefind index, PDFs, sw.js and offline packs left apart)`,
);
