/**
 * `npm run new`: asks for the required fields of a record and writes
 * content/resources/<scope>/<slug>.yaml (and the organisation's file if it is new), with the schema
 * modeline, once the validator has checked them.
 *
 *   npm run new                               the questions, on the terminal (answers may be piped in, one a line)
 *   npm run new -- --answers answers.yaml     the answers from a file (YAML, or JSON); nothing is asked
 *   npm run new -- --help                     this, and every key of an answers file
 *
 * With an answers file every problem is listed at once, by its key, and nothing is written while
 * one remains: fix the file and run again. Exit 0: written; 1: problems; 2: wrong usage, or the
 * typed input ended. POP_CONTENT_DIR writes into (and validates) another content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileAsker, readAnswersFile } from './lib/contrib/answers';
import { ANSWER_KEYS, ANSWERS_SPEC, askNewRecord, type NewRecord } from './lib/contrib/new-record';
import {
	answerProblemText,
	InputEnded,
	Prompter,
	TerminalAsker,
	type Asker,
} from './lib/contrib/prompt';
import { ROOT } from '../src/schemas/reference';
import { collectFiles, validateFiles, type InputFile } from '../src/validate/index';
import { didYouMean, formatProblem, type Problem } from '../src/validate/problem';

const USAGE = `usage: npm run new [-- --answers answers.yaml]

Without --answers, the questions are asked one at a time. With it, the answers come from the file
(YAML, or JSON for a .json name), every problem is listed by its key, and nothing is written until
there is none. CONTRIBUTING.md has an example answers file.`;

const contentRoot = process.env.POP_CONTENT_DIR
	? path.resolve(ROOT, process.env.POP_CONTENT_DIR)
	: ROOT;

/** --help: the usage and every key of an answers file. */
function help(): string {
	const rows = ANSWER_KEYS.map(
		(k) => `  ${k.key.padEnd(32)} ${k.required ? `(${k.required}) ` : ''}${k.what}`,
	);
	return `${USAGE}\n\nKeys of an answers file:\n${rows.join('\n')}`;
}

/** The answers-file key a validator problem comes from: sources[0].url → source.url. */
function answerKeyFor(p: Problem, recordPath: string): string {
	const f = p.field;
	if (p.file !== recordPath)
		return f.startsWith('sources[')
			? f.replace(/^sources\[\d+\]/, 'source')
			: `new_organization.${f}`;
	if (f.startsWith('sources[')) return f.replace(/^sources\[\d+\]/, 'source');
	if (f === 'verification.last_verified') return 'source.accessed';
	if (f.startsWith('verification')) return 'how_known';
	if (f === '(file)') return 'file_name';
	return f.replace(/^(channels\[\d+\])\.e164$/, '$1.value');
}

/** What to paste into the pull request: what it adds, the source, and the notes for the editors. */
function pullRequestText(r: NewRecord): string {
	const org = [...r.files.keys()].find((f) => f.startsWith('content/organizations/'));
	return [
		'## What this changes',
		'',
		`Adds ${r.name} (\`${r.id}\`)${org ? `, and its organisation (\`${org}\`)` : ''}.`,
		'',
		'## Sources',
		'',
		`- ${r.source.url} (read ${r.source.accessed})`,
		...(r.notesForEditors ? ['', '## Notes for the editors', '', r.notesForEditors] : []),
	].join('\n');
}

async function main(): Promise<number> {
	let args: { answers?: string | undefined; help?: boolean | undefined };
	try {
		args = parseArgs({
			options: { answers: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		}).values;
	} catch (err) {
		// Node's messages ("Unknown option '--answer'", "argument missing") in the project's words.
		const message = (err as Error).message;
		const option = /'(-[^' ]*)/.exec(message)?.[1] ?? String(err);
		const guess = didYouMean(option, ['--answers', '--help']);
		console.error(
			`${
				/argument missing/.test(message)
					? `${option}: the file name is missing — write it after ${option}, e.g. npm run new -- --answers answers.yaml`
					: `${option}: this is not an option of npm run new — ${guess ? `did you mean ${guess}?` : 'the options are --answers <file> and --help'}`
			}\n\n${USAGE}`,
		);
		return 2;
	}
	if (args.help) {
		console.log(help());
		return 0;
	}

	let asker: Asker;
	let fileAsker: FileAsker | undefined;
	if (args.answers !== undefined) {
		// npm runs scripts from the repository root: a relative path is where the command was typed.
		const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.answers);
		const read = readAnswersFile(file);
		if (!read.data) {
			for (const p of read.problems) console.log(p);
			console.log('\nNothing was written.');
			return fs.existsSync(file) ? 1 : 2;
		}
		asker = fileAsker = new FileAsker(read.data, ANSWERS_SPEC);
	} else asker = new TerminalAsker(new Prompter());

	const result = await askNewRecord(asker, { contentRoot });
	asker.close();
	fileAsker?.finish();
	const answerErrors = asker.problems.filter((p) => p.severity === 'error');
	if (fileAsker)
		for (const p of asker.problems) if (p.severity === 'warning') console.log(answerProblemText(p));
	if (answerErrors.length) {
		console.log(
			`The answers have ${answerErrors.length} problem${answerErrors.length === 1 ? '' : 's'}; nothing was written. Fix ${answerErrors.length === 1 ? 'it' : 'them'} and run again:`,
		);
		for (const p of answerErrors) console.log(answerProblemText(p));
		return 1;
	}

	// The validator, over the whole content with these files added, before anything is written.
	const extra: InputFile[] = [...result.files].map(([rel, text]) => ({
		file: rel,
		logicalPath: rel,
		bytes: new TextEncoder().encode(text),
	}));
	const inputs = collectFiles(ROOT, contentRoot).filter((f) => !result.files.has(f.logicalPath));
	const checked = validateFiles([...inputs, ...extra].sort((a, b) => a.file.localeCompare(b.file)));
	const mine = checked.problems.filter((x) => result.files.has(x.file));
	const errors = mine.filter((x) => x.severity === 'error');
	if (fileAsker && errors.length) {
		console.log(
			`The validator found ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was written. Fix ${errors.length === 1 ? 'it' : 'them'} in the answers and run again:`,
		);
		for (const x of mine)
			console.log(answerProblemText({ ...x, field: answerKeyFor(x, result.recordPath) }));
		return 1;
	}

	for (const [rel, text] of result.files) {
		const abs = path.join(contentRoot, rel);
		fs.mkdirSync(path.dirname(abs), { recursive: true });
		fs.writeFileSync(abs, text);
		console.log(`${fileAsker ? '' : '\n'}wrote ${rel}`);
	}
	if (mine.length && !fileAsker) {
		console.log(
			`\nThe validator found ${mine.length} problem${mine.length === 1 ? '' : 's'}; fix ${mine.length === 1 ? 'it' : 'them'} in the file, then run npm run validate:`,
		);
		for (const x of mine) console.log(formatProblem(x));
		if (errors.length) return 1;
	} else
		for (const x of mine)
			console.log(answerProblemText({ ...x, field: answerKeyFor(x, result.recordPath) }));
	for (const n of result.notes) console.log(`Check: ${n}.`);
	console.log(
		[
			'',
			`Valid. The record says a contributor checked it, with low confidence, until an editor checks it. Next:`,
			`  1. Check every fact in ${result.recordPath} against the source, and add any optional fact you can source (CONTRIBUTING.md lists every field).`,
			'  2. Run npm run validate.',
			'  3. Open a pull request. For its description (notes for the editors stay there, never in the record):',
			'',
			pullRequestText(result),
		].join('\n'),
	);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(err: unknown) => {
		console.error(
			`\n${err instanceof InputEnded ? `Stopped: ${err.message}. Nothing was written.` : String(err)}`,
		);
		process.exit(2);
	},
);
