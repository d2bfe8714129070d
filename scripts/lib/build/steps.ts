/**
 * The build after Astro, as code: the steps that turn Astro's pages into the published site, in
 * order. The Astro integration (integration.ts) runs them on `astro:build:done`, so `npm run build`
 * is `astro build`; the benchmark and `tsx scripts/build-step.ts <name>` run the same functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readGitDates } from '../../../src/exports/git-dates';
import { dialLinks } from '../../../src/model/contact';
import { headersFile } from '../../../src/site/headers';
import { SITE_URL } from '../../../src/site/site';
import { BUILD_LANGS, IS_SHARD } from '../../../src/i18n/languages';
import {
	assertValid,
	datasetFromValidation,
	figureIdsOf,
	validateRepository,
	type ValidationResult,
} from '../../../src/validate/index';
import { checkRecommendations } from '../../../src/validate/recommendations/check';
import { checkRecommendationBuild } from '../build-check';
import { checkBuild } from '../checks';
import { sitemapPaths, sitemapXml } from '../sitemap';
import { bundleClient } from './client';
import { offlinePacks } from './offline';
import { buildPdfs } from './pdfs';
import { patchPdfLinks } from '../pdf-build';
import { indexSearch } from './search';

export interface BuildContext {
	/** The built site. */
	outDir: string;
	/** The validated content, read once for every step that needs it. */
	validation: () => ValidationResult;
	/** Steps left out of this build (POP_SKIP_STEPS), so later steps do not check their output. */
	skipped: ReadonlySet<string>;
}

export interface BuildStep {
	name: string;
	what: string;
	run: (ctx: BuildContext) => Promise<string> | string;
}

export const BUILD_STEPS: BuildStep[] = [
	{
		name: 'client',
		what: 'bundle and minify the browser scripts (src/client/) into js/',
		run: async ({ outDir }) =>
			`bundled ${Object.entries(await bundleClient(outDir))
				.map(([n, b]) => `${n}.js ${b} B gzip`)
				.join(', ')}`,
	},
	{
		name: 'headers',
		what: 'write _headers from src/site/headers.ts',
		run: ({ outDir }) => {
			fs.writeFileSync(path.join(outDir, '_headers'), headersFile());
			return `wrote ${path.join(outDir, '_headers')}`;
		},
	},
	{
		name: 'search',
		what: 'index the pages with Pagefind',
		run: ({ outDir }) => indexSearch(outDir),
	},
	{
		name: 'pdfs',
		what: 'print the recommendation PDFs with Chromium',
		run: ({ outDir }) => buildPdfs(outDir),
	},
	{
		name: 'offline',
		what: 'write the offline packs and the service worker',
		run: ({ outDir, validation }) => offlinePacks(outDir, datasetFromValidation(validation())),
	},
	{
		name: 'sitemap',
		what: 'write sitemap.xml, with each record page dated from git',
		run: ({ outDir }) => {
			const git = readGitDates(['content/resources']);
			const urls = sitemapPaths(outDir).map((p) => {
				const m = /^\/resources\/([^/]+\/[^/]+)\/$/.exec(p);
				const lastmod = m
					? git.files.get(`content/resources/${m[1]}.yaml`)?.updated.slice(0, 10)
					: undefined;
				return lastmod ? { loc: SITE_URL + p, lastmod } : { loc: SITE_URL + p };
			});
			fs.writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(urls));
			return `${urls.length} pages${git.limitation ? ` (${git.limitation})` : ''}`;
		},
	},
	{
		name: 'check',
		what: 'check the built site: every record has its page, safety basics, links, dialled numbers, recommendation pages',
		run: (ctx) => {
			const { outDir } = ctx;
			// Without the PDF step (POP_SKIP_STEPS=pdfs), links to PDFs say "not available in this
			// build", as they do when no Chromium is found, so no link points at a missing file.
			if (ctx.skipped.has('pdfs')) patchPdfLinks(outDir, {});
			const v = ctx.validation();
			// The content is valid (assertValid), so every record file is a record and needs its page.
			const ids = v.resources.map((r) => r.id);
			const result = checkBuild(outDir, ids, dialLinks(datasetFromValidation(v)));
			const recIds = [
				...(checkRecommendations(new Set(ids), figureIdsOf(v)).data?.byId.keys() ?? []),
			];
			result.problems.push(...checkRecommendationBuild(outDir, recIds));
			for (const p of result.problems.slice(0, 200)) console.log(p);
			if (result.problems.length)
				throw new Error(`check-build: ${result.problems.length} problem(s) in the built site`);
			return `${result.pages} pages, ${ids.length} record pages expected, 0 problems`;
		},
	},
];

/** A context that validates the content once, on first use, and refuses invalid content. */
export function buildContext(
	outDir: string,
	skipped: ReadonlySet<string> = new Set(),
): BuildContext {
	let v: ValidationResult | undefined;
	return {
		outDir,
		skipped,
		validation: () => {
			if (!v) {
				v = validateRepository();
				assertValid(v);
			}
			return v;
		},
	};
}

/** Steps a build may leave out: their absence is handled by the check (PDF links become notes). */
const SKIPPABLE = ['pdfs'];

/**
 * The steps POP_SKIP_STEPS names (comma-separated, e.g. "pdfs" for a pull request's quick check,
 * which does not need the PDFs printed); an unknown name is an error, so a typo cannot pass.
 */
export function skippedSteps(env: string | undefined = process.env.POP_SKIP_STEPS): Set<string> {
	const names = (env ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const unknown = names.filter((n) => !BUILD_STEPS.some((s) => s.name === n));
	if (unknown.length)
		throw new Error(
			`POP_SKIP_STEPS names no build step: ${unknown.join(', ')} (steps: ${BUILD_STEPS.map((s) => s.name).join(', ')})`,
		);
	const other = names.filter((n) => !SKIPPABLE.includes(n));
	if (other.length)
		throw new Error(
			`POP_SKIP_STEPS can leave out only ${SKIPPABLE.join(', ')}, not ${other.join(', ')}: the check needs the others' output`,
		);
	return new Set(names);
}

/**
 * The steps a shard leaves to the merge (POP_LANGS names some languages only): the offline packs,
 * the sitemap and the check need every language's pages; the PDFs are printed from English pages,
 * so only the shard that builds English prints them (the merge fills in the other pages' links).
 */
export function shardSkips(langs: readonly string[] = BUILD_LANGS, shard = IS_SHARD): Set<string> {
	if (!shard) return new Set();
	return new Set(['offline', 'sitemap', 'check', ...(langs.includes('en') ? [] : ['pdfs'])]);
}

/** Runs the steps in order (or only `only`), except those POP_SKIP_STEPS names, logging each one's result and time. */
export async function runBuildSteps(
	outDir: string,
	only?: string[],
	log: (line: string) => void = console.log,
): Promise<{ name: string; ms: number }[]> {
	const skipped = skippedSteps();
	const shard = shardSkips();
	const ctx = buildContext(outDir, new Set([...skipped, ...shard]));
	const timings: { name: string; ms: number }[] = [];
	for (const name of skipped) log(`${name}: skipped (POP_SKIP_STEPS)`);
	for (const name of shard)
		if (!skipped.has(name))
			log(
				`${name}: ${name === 'pdfs' ? 'printed by the shard that builds English; the merge fills in the links' : 'runs on the merged site'} (shard ${BUILD_LANGS.join(',')})`,
			);
	for (const name of shard) skipped.add(name);
	for (const step of BUILD_STEPS.filter(
		(s) => (!only || only.includes(s.name)) && !skipped.has(s.name),
	)) {
		const started = performance.now();
		const result = await step.run(ctx);
		const ms = Math.round(performance.now() - started);
		timings.push({ name: step.name, ms });
		log(`${step.name}: ${result} (${ms} ms)`);
	}
	return timings;
}
