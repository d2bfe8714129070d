/**
 * Turns an "Add a service" or "Correct a record" issue body into record files, checked by the
 * project validator; or prints what is wrong, for a comment on the issue.
 *
 *   tsx scripts/issue-to-record.ts --body-file issue.md [--issue 12] [--summary-file out.md] [--dry-run]
 *
 * Files are written under the repository (or POP_CONTENT_DIR). Exit 0: files written; 1: the
 * issue has problems (listed on stdout and in the summary file); 2: wrong usage.
 * In GitHub Actions it also sets the outputs id, title, branch and files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { issueToRecord, parseIssueBody, problemsMarkdown, writeFiles } from '../src/lib/contrib/issue-to-record';
import { ROOT } from '../src/schemas/reference';

const { values: args } = parseArgs({
	options: { 'body-file': { type: 'string' }, issue: { type: 'string' }, 'summary-file': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
if (!args['body-file']) {
	console.error('usage: tsx scripts/issue-to-record.ts --body-file issue.md [--issue N] [--summary-file out.md] [--dry-run]');
	process.exit(2);
}
const body = fs.readFileSync(args['body-file'] === '-' ? 0 : args['body-file'], 'utf8');
const issue = args.issue ? Number(args.issue) : undefined;
const contentRoot = process.env.POP_CONTENT_DIR ? path.resolve(ROOT, process.env.POP_CONTENT_DIR) : ROOT;
const result = issueToRecord(body, issue ? { issue, contentRoot } : { contentRoot });
const summary = (text: string) => args['summary-file'] && fs.writeFileSync(args['summary-file'], text);

if (!result.ok) {
	const list = problemsMarkdown(result.problems);
	console.log(`The issue cannot become a record yet (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n${list}`);
	summary(
		`Thank you! Before this can become a record, please fix the following by editing the issue (the check runs again when you save):\n\n${list}\n\nIf something is not clear, ask here and an editor will help.`,
	);
	process.exit(1);
}

if (!args['dry-run']) writeFiles(result.files, contentRoot);
const written = [...result.files.keys()];
for (const f of written) console.log(`${args['dry-run'] ? 'would write' : 'wrote'} ${f}`);
const answers = parseIssueBody(body, result.form).values;
const quote = (s: string) => s.split('\n').map((l) => `> ${l}`).join('\n');
summary(
	[
		`${result.form === 'add' ? 'Adds' : 'Corrects'} **${result.id}** from ${issue ? `#${issue}` : 'an issue'}${issue ? `. Closes #${issue}.` : '.'}`,
		'',
		...(answers.get('what_is_wrong') ? ['What the contributor says is wrong:', '', quote(answers.get('what_is_wrong')!), ''] : []),
		`Source: ${answers.get('source_url') ?? ''} (read ${answers.get('source_accessed') ?? ''})`,
		'',
		'Files:',
		...[...result.files.keys()].map((f) => `- \`${f}\``),
		'',
		'Editor checklist:',
		'- [ ] Every number and link matches the source.',
		'- [ ] The description is factual, and the line for children is plain.',
		'- [ ] `verification.confidence` is right (it starts as low), and `npm run validate` passes.',
	].join('\n'),
);
if (process.env.GITHUB_OUTPUT) {
	const out = [`id=${result.id}`, `title=${result.title.replace(/\n/g, ' ')}`, `branch=contrib/issue-${issue ?? 'local'}`, `files=${[...result.files.keys()].join(' ')}`];
	fs.appendFileSync(process.env.GITHUB_OUTPUT, `${out.join('\n')}\n`);
}
