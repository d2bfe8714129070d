/**
 * The system Chromium through playwright-core and a local server for the built site. Used by the
 * build (PDFs), the bench and screenshots, so it must not import vitest; the test-only set-up is
 * in tests/browser/browser.ts.
 */
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from '../serve';

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

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

export async function serve(
	dir = 'dist',
	headers: 'host' | 'none' = 'host',
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = createServer(dir, headers);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((r) => server.close(() => r())),
	};
}
