/**
 * The build runs scripts/ with tsx, outside vitest. A script that imports vitest (directly or
 * through a test helper) crashes the build with "Vitest failed to access its internal state", so
 * no file under scripts/ or src/ may import vitest or anything under tests/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) return files(p);
		return /\.(ts|mjs|js|astro)$/.test(e.name) ? [p] : [];
	});
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('build code stays independent of the test runner', () => {
	const all = [...files('scripts'), ...files('src')];
	it('finds the build scripts', () => {
		expect(all).toContain(path.join('scripts', 'lib', 'build', 'steps.ts'));
	});
	it.each(all)('%s imports neither vitest nor tests/', (file) => {
		const text = fs.readFileSync(file, 'utf8');
		const bad = [...text.matchAll(IMPORT)]
			.map((m) => m[1] ?? m[2] ?? '')
			.filter(
				(spec) =>
					spec === 'vitest' ||
					spec.startsWith('vitest/') ||
					/(^|\/)tests\//.test(path.posix.normalize(spec)),
			);
		expect(bad).toEqual([]);
	});
});
