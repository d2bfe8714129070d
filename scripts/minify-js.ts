/** Minifies the site's small enhancement scripts in the build output (<out>/js/*.js) with esbuild. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const dir = path.join(process.env.POP_OUT_DIR ?? 'dist', 'js');
const report: string[] = [];
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
	const file = path.join(dir, f);
	const src = fs.readFileSync(file, 'utf8');
	const { code } = await transform(src, { minify: true, target: 'es2020', legalComments: 'none' });
	fs.writeFileSync(file, code);
	report.push(`${f} ${gzipSync(code).length} B gzip`);
}
console.log(`minify-js: ${report.join(', ')}`);
