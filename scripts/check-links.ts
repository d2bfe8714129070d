/**
 * `npm run check-links`: checks every web address in the records (run weekly by
 * .github/workflows/link-check.yml, which opens an issue when some are dead).
 *
 *   tsx scripts/check-links.ts [--out report.md]
 *
 * Prints the report; with GITHUB_OUTPUT set, also the outputs dead and unchecked. It reaches every
 * site the records link to, so it is not part of `npm test`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAll, collectLinks, linkReport } from './lib/contrib/links';
import { REPO_URL } from '../src/site/site';
import { validateRepository } from '../src/validate/index';
import { today } from '../src/model/clock';

const { values: args } = parseArgs({
	options: { out: { type: 'string' }, concurrency: { type: 'string', default: '8' } },
});
const v = validateRepository();
const links = collectLinks(v.resources, v.organizations);
const started = performance.now();
const results = await checkAll(
	links.map((l) => l.url),
	{ concurrency: Number(args.concurrency) },
);
const report = linkReport(links, results, today(), REPO_URL);
if (args.out) fs.writeFileSync(args.out, report.body);
console.log(report.body);
console.log(
	`\n${results.size} addresses checked in ${Math.round((performance.now() - started) / 1000)} s: ${report.dead} dead, ${report.unchecked} could not be checked.`,
);
if (process.env.GITHUB_OUTPUT)
	fs.appendFileSync(
		process.env.GITHUB_OUTPUT,
		`dead=${report.dead}\nunchecked=${report.unchecked}\n`,
	);
