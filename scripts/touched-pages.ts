/**
 * `npm run touched-pages -- --base origin/main [--out touched.txt]`: the built pages a change
 * touches (scripts/lib/touched.ts), one per line, for the browser checks of a pull request
 * (POP_PAGES=touched.txt npm run test:browser -- tests/browser/site.test.ts). Prints "full" and the
 * reason instead when the change needs the whole browser suite. In GitHub Actions it also sets the
 * step outputs `full` (true/false) and `pages` (the file).
 *   --files a.yaml b.yaml   take the changed files from the command line instead of git
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { touchedPages } from './lib/touched';
import { validateRepository } from '../src/validate/index';

const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const base = arg('--base') ?? 'origin/main';
const out = arg('--out');
/** The arguments after --files, up to the next --flag. */
function listedFiles(): string[] | undefined {
	const i = process.argv.indexOf('--files');
	if (i < 0) return undefined;
	const rest = process.argv.slice(i + 1);
	const next = rest.findIndex((a) => a.startsWith('--'));
	return next < 0 ? rest : rest.slice(0, next);
}
const listed = listedFiles();
const files =
	listed ??
	execFileSync('git', ['diff', '--name-only', '--no-renames', `${base}...HEAD`], {
		encoding: 'utf8',
	})
		.split('\n')
		.filter(Boolean);

const v = validateRepository();
const records = v.resources.map((r) => ({
	id: r.id,
	organization: r.data.organization,
	countries: r.data.countries,
	applies_in: r.data.applies_in,
}));
const t = touchedPages(files, records, (f) =>
	fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined,
);
const ghOut = process.env.GITHUB_OUTPUT;
if (t.full) {
	console.log(`full: ${t.reason}`);
	if (ghOut) fs.appendFileSync(ghOut, 'full=true\n');
} else {
	const text = t.pages.join('\n') + '\n';
	if (out) fs.writeFileSync(out, text);
	else process.stdout.write(text);
	console.error(`${t.pages.length} pages touched by ${files.length} changed file(s)`);
	if (ghOut) fs.appendFileSync(ghOut, `full=false\npages=${out ?? ''}\n`);
}
