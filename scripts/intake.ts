/**
 * `npm run intake`: turns a suggestion sent without an account (pasted from the e-mail, the copied
 * text or a suggestion issue; src/model/suggestion.ts reads all three) into the same record draft
 * or correction the issue path writes, through the same code (scripts/lib/contrib/issue-run.ts).
 *
 *   npm run intake < message.txt
 *   npm run intake -- message.txt [--record ke/childline-kenya | --missing] [--date 2026-12-01]
 *                     [--dry-run] [--out-dir out/] [--summary-file summary.md]
 *
 * A message about a record becomes a correction of its file; a missing service becomes a new file
 * with "unknown" where the message says nothing. It is always a draft: the list printed at the end
 * (and in the summary) is what an editor must check and fill in before it can be merged. Files are
 * written under the repository (or POP_CONTENT_DIR), or under --out-dir. Exit 0: a draft was
 * written; 1: nothing could be written (the reason is printed); 2: wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanRecordId, parseSuggestion } from '../src/model/suggestion';
import { today } from '../src/model/clock';
import { ROOT } from '../src/schemas/reference';
import { runIssueToRecord } from './lib/contrib/issue-run';
import { suggestionToIssue } from './lib/contrib/suggestion-intake';

const USAGE =
	'usage: npm run intake [-- message.txt] [--record <id> | --missing] [--date YYYY-MM-DD] [--dry-run] [--out-dir dir] [--summary-file file]  (the message on stdin when no file is given)';
let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			record: { type: 'string' },
			missing: { type: 'boolean', default: false },
			date: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			'out-dir': { type: 'string' },
			'summary-file': { type: 'string' },
		},
	});
} catch (e) {
	console.error(`${(e as Error).message}\n${USAGE}`);
	process.exit(2);
}
const { values: args, positionals } = parsed;
const fail = (message: string, code = 2): never => {
	console.error(message);
	process.exit(code);
};
if (positionals.length > 1) fail(USAGE);
if (!positionals[0] && process.stdin.isTTY) fail(`${USAGE}\n(paste the message, or give its file)`);
if (args.date && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) fail('--date must be written YYYY-MM-DD');
const record = args.record === undefined ? undefined : cleanRecordId(args.record);
if (args.record !== undefined && !record) fail(`--record "${args.record}" is not a record id`);

const text = fs.readFileSync(positionals[0] ?? 0, 'utf8');
const { format, fields, dropped } = parseSuggestion(text);
if (!format) fail('This is not a POP Atlas suggestion: no field of the form was found in it.', 1);
console.log(
	`Read a suggestion (${format === 'form' ? 'the form as e-mailed without JavaScript' : format === 'issue' ? 'a suggestion issue' : 'the composed message'}).`,
);
for (const key of dropped) console.log(`Left out "${key}": its value is not valid.`);

const mapped = suggestionToIssue(fields, {
	record,
	missing: args.missing || undefined,
	date: args.date,
	today: today(),
});
if (!mapped.ok) fail(`Nothing written: ${mapped.problem}.`, 1);
else {
	const contentRoot = process.env.POP_CONTENT_DIR
		? path.resolve(ROOT, process.env.POP_CONTENT_DIR)
		: ROOT;
	const { written } = runIssueToRecord(mapped.body, {
		contentRoot,
		draft: true,
		from: 'a suggestion sent without an account',
		summaryFile: args['summary-file'],
		outDir: args['out-dir'],
		dryRun: args['dry-run'],
	});
	if (written.length)
		console.log(
			"A young person's message is not a check of the facts: before committing, check the record against a source, make the change, and set `verification` to your own check.",
		);
	process.exit(written.length ? 0 : 1);
}
