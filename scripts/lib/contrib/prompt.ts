/**
 * The questions of `npm run new` and where their answers come from. On the terminal, one line per
 * answer: lines are queued as they arrive, so answers piped in are read in order just as typed ones
 * are, and a wrong answer is asked again. An answers file (answers.ts) is read once instead. Both
 * word every problem the same way: `key: problem — fix`.
 */
import readline from 'node:readline';

export class InputEnded extends Error {
	constructor(question: string) {
		super(`the input ended before an answer to "${question}"`);
	}
}

export interface AskOptions<T> {
	/** Used when the answer is empty; shown in [brackets]. */
	default?: string | undefined;
	/** Turns the answer into a value, or returns an error message to ask again. */
	parse?: (answer: string) => { ok: true; value: T } | { ok: false; error: string };
}

export class Prompter {
	private lines: string[] = [];
	private waiting: ((line: string | undefined) => void) | undefined;
	private ended = false;
	private rl: readline.Interface;

	constructor(
		input: NodeJS.ReadableStream = process.stdin,
		private output: NodeJS.WritableStream = process.stdout,
	) {
		this.rl = readline.createInterface({ input, terminal: false });
		this.rl.on('line', (line) => {
			if (this.waiting) {
				const w = this.waiting;
				this.waiting = undefined;
				w(line);
			} else this.lines.push(line);
		});
		this.rl.on('close', () => {
			this.ended = true;
			if (this.waiting) {
				const w = this.waiting;
				this.waiting = undefined;
				w(undefined);
			}
		});
	}

	/** Prints text (a heading, a list of choices). */
	say(text: string): void {
		this.output.write(`${text}\n`);
	}

	private next(): Promise<string | undefined> {
		if (this.lines.length) return Promise.resolve(this.lines.shift());
		if (this.ended) return Promise.resolve(undefined);
		return new Promise((resolve) => {
			this.waiting = resolve;
		});
	}

	/** Asks until the answer parses; throws InputEnded when the input runs out. */
	async ask<T = string>(question: string, opts: AskOptions<T> = {}): Promise<T> {
		for (;;) {
			this.output.write(
				`${question}${opts.default !== undefined && opts.default !== '' ? ` [${opts.default}]` : ''}: `,
			);
			const line = await this.next();
			if (line === undefined) {
				this.output.write('\n');
				throw new InputEnded(question);
			}
			const answer = line.trim() === '' && opts.default !== undefined ? opts.default : line.trim();
			if (!opts.parse) return answer as T;
			const r = opts.parse(answer);
			if (r.ok) return r.value;
			this.output.write(`  ✗ ${r.error}\n`);
		}
	}

	close(): void {
		this.rl.close();
	}
}

/** An answer turned into a value, or what is wrong with it and how to fix it (the validator's wording). */
export type Answer<T> = { ok: true; value: T } | { ok: false; problem: string; fix: string };

/** One question of `npm run new`; `key` is its name in an answers file and in every message. */
export interface Question<T> {
	key: string;
	/** As asked on the terminal. */
	question: string;
	/** Taken when the answer is empty or left out. */
	default?: string | undefined;
	/** An empty answer is allowed: parse then receives ''. */
	optional?: boolean | undefined;
	/** Turns the answer (text; lists joined with commas) into a value. */
	parse: (answer: string) => Answer<T>;
	/** For an answers file: a mapping given where text is usual (hours as in a record). */
	fromMapping?: (value: Record<string, unknown>) => Answer<T>;
	/** For an answers file: what an empty list means (channel languages: [] is "none"). */
	noneAnswer?: string;
	/** How to fix a missing answer; defaults to asking for the key. */
	missing?: string | undefined;
	/** Returned after a problem in an answers file, so every problem is found in one run (nothing is written then). */
	empty: T;
}

/** A problem with an answer, reported as `key: problem — fix`. */
export interface AnswerProblem {
	field: string;
	message: string;
	hint: string;
	severity: 'error' | 'warning';
}

export const answerProblemText = (p: AnswerProblem): string =>
	`${p.severity === 'warning' ? 'warning: ' : ''}${p.field}: ${p.message} — ${p.hint}`;

/** Where the answers come from: the terminal (asked until right) or an answers file (read once, every problem kept). */
export interface Asker {
	readonly interactive: boolean;
	/** Text for a person at the terminal (lists of choices, notes); an answers file run stays quiet. */
	say(text: string): void;
	ask<T>(q: Question<T>): Promise<T>;
	/** Whether a repeated group (channels) has another item after the first `done`. */
	another(group: string, done: number, question: string): Promise<boolean>;
	/** A problem found after the answers were read (e.g. an organisation that is already listed). */
	report(p: AnswerProblem): void;
	/** The questions under a key will not be asked (their answers are not "unused"). */
	skip(key: string): void;
	readonly problems: AnswerProblem[];
	close(): void;
}

/** The terminal: each question until its answer is right; a problem is shown and asked again. */
export class TerminalAsker implements Asker {
	readonly interactive = true;
	readonly problems: AnswerProblem[] = [];
	constructor(private p: Prompter) {}

	say(text: string): void {
		this.p.say(text);
	}

	ask<T>(q: Question<T>): Promise<T> {
		return this.p.ask<T>(q.question, {
			default: q.default || undefined,
			parse: (a) => {
				if (a === '' && !q.optional)
					return {
						ok: false,
						error: `${q.key}: this answer is missing — ${q.missing ?? 'type an answer'}`,
					};
				const r = q.parse(a);
				return r.ok ? r : { ok: false, error: `${q.key}: ${r.problem} — ${r.fix}` };
			},
		});
	}

	another(_group: string, _done: number, question: string): Promise<boolean> {
		return this.p.ask(question, {
			default: 'no',
			parse: (a) =>
				/^(y|yes)$/i.test(a)
					? { ok: true, value: true }
					: /^(n|no)$/i.test(a)
						? { ok: true, value: false }
						: { ok: false, error: 'answer yes or no' },
		});
	}

	report(p: AnswerProblem): void {
		this.problems.push(p);
		this.p.say(`  ✗ ${answerProblemText(p)}`);
	}

	skip(): void {}

	close(): void {
		this.p.close();
	}
}
