/**
 * The browser scripts as shipped: bundled from src/client/ (scripts/lib/build/client.ts), built
 * from the same model code the unit tests cover, small enough for the page budgets.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOne, CLIENT_ENTRIES } from '../../scripts/lib/build/client';

describe('browser scripts', () => {
	it('site.js is built from the isOpen of src/text/format.ts (the one the unit tests cover), not a copy', async () => {
		const out = await build({
			entryPoints: ['src/client/site.ts'],
			bundle: true,
			write: false,
			metafile: true,
			format: 'iife',
			logLevel: 'silent',
		});
		expect(Object.keys(out.metafile.inputs)).toContain('src/text/format.ts');
		expect(out.outputFiles[0]!.text).not.toMatch(/function isOpen[\s\S]*function isOpen/);
	});
	it('every entry bundles, and site.js stays under the 2 KB budget of country and record pages', async () => {
		const sizes = Object.fromEntries(
			await Promise.all(
				CLIENT_ENTRIES.map(async (n) => [n, gzipSync(await bundleOne(n)).length] as const),
			),
		);
		for (const n of CLIENT_ENTRIES) expect(sizes[n], n).toBeGreaterThan(200);
		expect(sizes.site).toBeLessThanOrEqual(2048);
	});
	it('no script stores anything or talks to another origin', async () => {
		for (const n of CLIENT_ENTRIES) {
			const code = await bundleOne(n, false);
			expect(code, n).not.toMatch(/localStorage|sessionStorage|document\.cookie|indexedDB/);
			expect(code, n).not.toMatch(/https?:\/\/(?!www\.wikipedia\.org)/);
		}
	});
});
