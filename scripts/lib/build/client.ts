/**
 * The browser scripts (src/client/*.ts): typed, tested through the code they import, bundled and
 * minified with esbuild into <out>/js/<name>.js. The same bundling serves /js/ in `astro dev`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The entry points: one script per kind of page (site.js on every page). */
export const CLIENT_ENTRIES = ['site', 'home', 'search', 'directory', 'map', 'suggest'] as const;
const entry = (name: string) => path.join('src', 'client', `${name}.ts`);

/** One entry bundled in memory, for the dev server or a test. */
export async function bundleOne(name: string, minify = true): Promise<string> {
	const out = await build({
		entryPoints: [entry(name)],
		bundle: true,
		write: false,
		format: 'iife',
		target: 'es2020',
		minify,
		legalComments: 'none',
		logLevel: 'silent',
	});
	return out.outputFiles[0]!.text;
}

/** Every entry into <out>/js/; returns the gzip size of each. */
export async function bundleClient(outDir: string): Promise<Record<string, number>> {
	fs.mkdirSync(path.join(outDir, 'js'), { recursive: true });
	const sizes: Record<string, number> = {};
	for (const name of CLIENT_ENTRIES) {
		const code = await bundleOne(name);
		fs.writeFileSync(path.join(outDir, 'js', `${name}.js`), code);
		sizes[name] = gzipSync(code).length;
	}
	return sizes;
}
