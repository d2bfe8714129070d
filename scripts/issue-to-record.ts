/**
 * Turns an "Add a service" or "Correct a record" issue body into record files, checked by the
 * project validator; or prints what is wrong, for a comment on the issue.
 *
 *   tsx scripts/issue-to-record.ts --body-file issue.md [--issue 12] [--summary-file out.md] [--dry-run]
 *   tsx scripts/issue-to-record.ts --body-file issue.md --issue 12 --out-dir out/
 *
 * Files are written under the repository (or POP_CONTENT_DIR). Exit 0: files written; 1: the
 * issue has problems (listed on stdout and in the summary file); 2: wrong usage.
 * With --out-dir (the workflow) nothing in the repository is written: out/files/content/… holds
 * the files, out/status says ok or problems, out/title the title and out/summary.md the text of
 * the comment or pull request; it exits 0 either way. The contributor's words are quoted in code
 * blocks, so mentions, images and checklists in them stay inert.
 * With --draft the files are written even when the issue has problems, which are then listed as
 * what an editor must still do (status "draft" in the out-dir); `npm run intake` works this way.
 * The work is done by scripts/lib/contrib/issue-run.ts, which the intake shares.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runIssueToRecord } from './lib/contrib/issue-run';
import { ROOT } from '../src/schemas/reference';

const { values: args } = parseArgs({
	options: {
		'body-file': { type: 'string' },
		issue: { type: 'string' },
		'summary-file': { type: 'string' },
		'out-dir': { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
		draft: { type: 'boolean', default: false },
	},
});
if (!args['body-file']) {
	console.error(
		'usage: tsx scripts/issue-to-record.ts --body-file issue.md [--issue N] [--summary-file out.md] [--dry-run] [--draft]',
	);
	process.exit(2);
}
const body = fs.readFileSync(args['body-file'] === '-' ? 0 : args['body-file'], 'utf8');
const contentRoot = process.env.POP_CONTENT_DIR
	? path.resolve(ROOT, process.env.POP_CONTENT_DIR)
	: ROOT;
const { code } = runIssueToRecord(body, {
	contentRoot,
	issue: args.issue ? Number(args.issue) : undefined,
	summaryFile: args['summary-file'],
	outDir: args['out-dir'],
	dryRun: args['dry-run'],
	draft: args.draft,
});
process.exit(code);
