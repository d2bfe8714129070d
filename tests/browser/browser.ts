/** Shared set-up for browser tests: the system Chromium through playwright-core, a local server. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve } from '../../scripts/lib/chromium';

export { chromiumPath, CHROMIUM_FLAGS, launch, serve } from '../../scripts/lib/chromium';

import { OUT_DIR } from '../../src/site/site';

export const DIST = OUT_DIR;
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
		if (!fs.existsSync(path.join(dir, required)))
			throw new Error(`${dir}/${required} is missing: run \`npm run build\` first`);
		site.browser = await launch();
		site.server = await serve(dir);
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
