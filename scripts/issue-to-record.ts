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
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
	inert,
	issueToRecord,
	parseIssueBody,
	problemsMarkdown,
	writeFiles,
} from './lib/contrib/issue-to-record';
import { fieldsOf } from './lib/contrib/issue-forms';
import { ROOT } from '../src/schemas/reference';

const { values: args } = parseArgs({
	options: {
		'body-file': { type: 'string' },
		issue: { type: 'string' },
		'summary-file': { type: 'string' },
		'out-dir': { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
	},
});
if (!args['body-file']) {
	console.error(
		'usage: tsx scripts/issue-to-record.ts --body-file issue.md [--issue N] [--summary-file out.md] [--dry-run]',
	);
	process.exit(2);
}
const body = fs.readFileSync(args['body-file'] === '-' ? 0 : args['body-file'], 'utf8');
const issue = args.issue ? Number(args.issue) : undefined;
const contentRoot = process.env.POP_CONTENT_DIR
	? path.resolve(ROOT, process.env.POP_CONTENT_DIR)
	: ROOT;
const result = issueToRecord(body, issue ? { issue, contentRoot } : { contentRoot });
const outDir = args['out-dir'];
if (outDir) fs.mkdirSync(outDir, { recursive: true });
const summaryFile = args['summary-file'] ?? (outDir ? path.join(outDir, 'summary.md') : undefined);
const summary = (text: string) => summaryFile && fs.writeFileSync(summaryFile, text);

if (!result.ok) {
	const list = problemsMarkdown(result.problems);
	console.log(
		`The issue cannot become a record yet (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n${list}`,
	);
	summary(
		`Thank you! Before this can become a record, please fix the following by editing the issue (the check runs again when you save):\n\n${inert(list)}\n\nIf something is not clear, ask here and an editor will help.`,
	);
	if (outDir) {
		fs.writeFileSync(path.join(outDir, 'status'), 'problems');
		process.exit(0);
	}
	process.exit(1);
}

if (outDir) {
	writeFiles(result.files, path.join(outDir, 'files'));
	fs.writeFileSync(path.join(outDir, 'status'), 'ok');
	fs.writeFileSync(path.join(outDir, 'title'), result.title.replace(/[\r\n]+/g, ' ').slice(0, 200));
} else if (!args['dry-run']) writeFiles(result.files, contentRoot);
const written = [...result.files.keys()];
for (const f of written) console.log(`${args['dry-run'] ? 'would write' : 'wrote'} ${f}`);
const answers = parseIssueBody(body, result.form).values;
summary(
	[
		`${result.form === 'add' ? 'Adds' : 'Corrects'} \`${result.id}\` from ${issue ? `#${issue}` : 'an issue'}${issue ? `. Closes #${issue}.` : '.'}`,
		'',
		// What the contributor wrote for the editors: here, quoted, and never in the record.
		...fieldsOf(result.form)
			.filter((f) => f.forEditors && answers.get(f.id))
			.flatMap((f) => [
				`${f.label} (quoted as written; not in the record):`,
				'',
				inert(answers.get(f.id)!),
				'',
			]),
		'Source (quoted as written):',
		'',
		inert(`${answers.get('source_url') ?? ''} (read ${answers.get('source_accessed') ?? ''})`),
		'',
		'Files:',
		...[...result.files.keys()].map((f) => `- \`${f}\``),
		'',
		'Editor checklist:',
		'- [ ] Every number and link matches the source.',
		'- [ ] The description is factual, and the line for children is plain.',
		"- [ ] The source carries a date (`published` or `updated`), and `verification` says who checked it: it starts as the contributor's check with low confidence.",
		'- [ ] `npm run validate` passes.',
	].join('\n'),
);
