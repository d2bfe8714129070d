/**
 * Runs build steps again on an existing build (the same functions `astro build` runs):
 *   tsx scripts/build-step.ts            every step
 *   tsx scripts/build-step.ts check pdfs only these (client, headers, search, pdfs, offline, sitemap, check)
 * Reads POP_OUT_DIR (default dist).
 */
import { OUT_DIR } from '../src/site/site';
import { BUILD_STEPS, runBuildSteps } from './lib/build/steps';

const only = process.argv.slice(2);
const unknown = only.filter((n) => !BUILD_STEPS.some((s) => s.name === n));
if (unknown.length) {
	console.error(
		`unknown step ${unknown.join(', ')}; the steps are ${BUILD_STEPS.map((s) => s.name).join(', ')}`,
	);
	process.exit(2);
}
try {
	await runBuildSteps(OUT_DIR, only.length ? only : undefined);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
