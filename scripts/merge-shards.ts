/**
 * `npm run merge-shards -- --out dist shards/en shards/fr-es-pt-ar`: one site from shards built
 * with POP_LANGS (README, "Building in shards"). Copies the shards together (scripts/lib/shards.ts),
 * fills in the PDF links of the shards that did not print the PDFs, then runs the steps that need
 * every language: the offline packs, the sitemap and the check of the whole site.
 */
import { patchPdfLinks, readManifest } from './lib/pdf-build';
import { runBuildSteps } from './lib/build/steps';
import { mergeShards } from './lib/shards';

const args = process.argv.slice(2);
const i = args.indexOf('--out');
const out = i >= 0 ? args[i + 1] : undefined;
const shards = args.filter((a, k) => !a.startsWith('--') && k !== i + 1);
if (!out || shards.length < 2) {
	console.error('usage: npm run merge-shards -- --out <dir> <shard> <shard> [...]');
	process.exit(2);
}
if (process.env.POP_LANGS)
	throw new Error(
		'unset POP_LANGS: the merged site holds every language, and its steps must see them all',
	);
const t0 = performance.now();
const report = mergeShards(out, shards);
if (report.conflicts.length)
	throw new Error(
		`${report.conflicts.length} file(s) differ between shards:\n  ${report.conflicts.slice(0, 20).join('\n  ')}`,
	);
console.log(
	`merged ${shards.length} shards into ${out}: ${report.files} files (${report.shared} written alike by several shards), search in ${report.searchLanguages.join(', ')} (${Math.round(performance.now() - t0)} ms)`,
);
const patched = patchPdfLinks(out, readManifest(out));
console.log(`pdf links: ${patched} page(s) given their PDF's size`);
await runBuildSteps(out, ['offline', 'sitemap', 'check']);
