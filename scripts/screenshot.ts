/** Screenshots of built pages for review: tsx scripts/screenshot.ts out-dir path[@width] ... */
import fs from 'node:fs';
import { OUT_DIR } from '../src/site/site';
import { launch, serve } from './lib/chromium';

const [outDir = 'screenshots', ...pages] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const server = await serve(OUT_DIR);
const browser = await launch();
for (const spec of pages) {
	const [p, w = '390'] = spec.split('@');
	const ctx = await browser.newContext({ viewport: { width: Number(w), height: 800 } });
	const page = await ctx.newPage();
	await page.goto(server.origin + p!);
	const name = `${p!.replace(/[^a-z0-9]+/gi, '_')}_${w}.png`;
	await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
	console.log(`${outDir}/${name}`);
	await ctx.close();
}
await browser.close();
await server.close();
