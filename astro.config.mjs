// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: process.env.POP_SITE ?? 'https://pop-atlas.org',
	base: '/',
	trailingSlash: 'always',
	output: 'static',
	// POP_OUT_DIR lets several builds (benchmarks, parallel work) run side by side.
	outDir: process.env.POP_OUT_DIR ?? './dist',
	cacheDir: process.env.POP_OUT_DIR ? `${process.env.POP_OUT_DIR}-cache` : './node_modules/.astro',
	integrations: [mdx()],
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
