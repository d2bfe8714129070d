/** Shared set-up for browser tests: the system Chromium through playwright-core, a local server. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from '../../scripts/serve';

export function chromiumPath(): string {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
		try {
			return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
		} catch {
			// try the next name
		}
	}
	throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
}

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

export async function serve(dir = 'dist'): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = createServer(dir);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export const DIST = process.env.POP_OUT_DIR ?? 'dist';
export interface BuiltSite {
	browser: Browser;
	server: Awaited<ReturnType<typeof serve>>;
}
/**
 * For a test file: opens Chromium and serves the built site (`dir`, by default POP_OUT_DIR or
 * dist/) before its tests and closes both after. Fails early when the build is missing.
 */
export function useBuiltSite(required = 'index.html', dir = DIST): BuiltSite {
	const site = {} as BuiltSite;
	beforeAll(async () => {
		if (!fs.existsSync(path.join(dir, required))) throw new Error(`${dir}/${required} is missing: run \`npm run build\` first`);
		site.browser = await launch();
		site.server = await serve(dir);
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
