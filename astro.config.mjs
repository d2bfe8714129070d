// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import popAtlasBuild from './scripts/lib/build/integration.ts';

export default defineConfig({
	// The public address: SITE_URL in src/site/site.ts reads the same variable.
	site: process.env.POP_SITE ?? 'https://pop-atlas.org',
	base: '/',
	trailingSlash: 'always',
	output: 'static',
	// POP_OUT_DIR lets several builds (benchmarks, parallel work) run side by side.
	outDir: process.env.POP_OUT_DIR ?? './dist',
	cacheDir: process.env.POP_OUT_DIR ? `${process.env.POP_OUT_DIR}-cache` : './node_modules/.astro',
	// popAtlasBuild runs the steps after Astro (scripts/lib/build/steps.ts): scripts, headers, search,
	// PDFs, offline packs, sitemap and the checks of the output.
	integrations: [mdx(), popAtlasBuild()],
	build: {
		format: 'directory',
		// Every stylesheet is a file: the Content-Security-Policy allows styles from 'self' only.
		inlineStylesheets: 'never',
	},
	// No prefetch, no dev toolbar telemetry, nothing that talks to other origins.
	prefetch: false,
	devToolbar: { enabled: false },
	vite: {
		build: { assetsInlineLimit: 0 },
	},
});
