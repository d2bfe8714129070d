/**
 * What `npm run issue-to-record` and `npm run intake` do with an issue-form body, in one place:
 * turn it into record files with issueToRecord, write them (into the repository, or into an
 * out-dir for the workflow), and write the text for the issue comment or pull request. The intake
 * builds the same issue-form body from a suggestion and calls this, so both paths write the same
 * files and say the same things.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	inert,
	issueToRecord,
	parseIssueBody,
	problemsMarkdown,
	writeFiles,
	type IssueResult,
} from './issue-to-record';
import { fieldsOf } from './issue-forms';

export interface RunOptions {
	/** Where content/ is read and written. */
	contentRoot: string;
	issue?: number | undefined;
	/** The summary (comment or pull-request text) goes here. */
	summaryFile?: string | undefined;
	/** Write files, status, title and summary here instead of the repository. */
	outDir?: string | undefined;
	dryRun?: boolean | undefined;
	/** Write the files even when there are problems; the problems are the editor's list (issueToRecord's `draft`). */
	draft?: boolean | undefined;
	/** Where the body came from, for the summary ("an issue" by default). */
	from?: string | undefined;
	/** Printed output (console.log by default). */
	log?: ((line: string) => void) | undefined;
}

export interface RunResult {
	/** The process exit code: 0 files written (or problems, with an out-dir), 1 problems, 2 usage. */
	code: number;
	result: IssueResult;
	/** Repository-relative paths written (or that would be, with dryRun). */
	written: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function runIssueToRecord(body: string, opts: RunOptions): RunResult {
	const log = opts.log ?? ((line: string) => console.log(line));
	const { issue, outDir, contentRoot } = opts;
	const result = issueToRecord(body, {
		contentRoot,
		...(issue ? { issue } : {}),
		...(opts.draft ? { draft: true } : {}),
	});
	if (outDir) fs.mkdirSync(outDir, { recursive: true });
	const summaryFile = opts.summaryFile ?? (outDir ? path.join(outDir, 'summary.md') : undefined);
	const summary = (text: string) => summaryFile && fs.writeFileSync(summaryFile, text);
	const list = problemsMarkdown(result.problems);
	const draft = !result.ok && result.files.size > 0;

	if (!result.ok && !draft) {
		log(
			`The issue cannot become a record yet (${plural(result.problems.length, 'problem')}):\n${list}`,
		);
		summary(
			`Thank you! Before this can become a record, please fix the following by editing the issue (the check runs again when you save):\n\n${inert(list)}\n\nIf something is not clear, ask here and an editor will help.`,
		);
		if (outDir) {
			fs.writeFileSync(path.join(outDir, 'status'), 'problems');
			return { code: 0, result, written: [] };
		}
		return { code: 1, result, written: [] };
	}

	if (outDir) {
		writeFiles(result.files, path.join(outDir, 'files'));
		fs.writeFileSync(path.join(outDir, 'status'), draft ? 'draft' : 'ok');
		fs.writeFileSync(
			path.join(outDir, 'title'),
			result.title.replace(/[\r\n]+/g, ' ').slice(0, 200),
		);
	} else if (!opts.dryRun) writeFiles(result.files, contentRoot);
	const written = [...result.files.keys()];
	for (const f of written) log(`${opts.dryRun ? 'would write' : 'wrote'} ${f}`);
	if (draft)
		log(
			`This is a draft: ${plural(result.problems.length, 'thing')} to do before it can be merged:\n${list}`,
		);
	const answers = parseIssueBody(body, result.form).values;
	const from = opts.from ?? (issue ? `#${issue}` : 'an issue');
	summary(
		[
			`${draft ? 'Draft: ' : ''}${result.form === 'add' ? 'Adds' : 'Corrects'} \`${result.id}\` from ${from}${issue ? `. Closes #${issue}.` : '.'}`,
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
			...written.map((f) => `- \`${f}\``),
			'',
			...(draft ? ['Still to do before this can be merged:', '', inert(list), ''] : []),
			'Editor checklist:',
			'- [ ] Every number and link matches the source.',
			'- [ ] The description is factual, and the line for children is plain.',
			"- [ ] The source carries a date (`published` or `updated`), and `verification` says who checked it: it starts as the contributor's check with low confidence.",
			'- [ ] `npm run validate` passes.',
		].join('\n'),
	);
	return { code: 0, result, written };
}
