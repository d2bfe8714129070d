/**
 * Questions on the terminal for `npm run new`, one line per answer. Lines are queued as they
 * arrive, so answers piped in (tests, scripts) are read in order just as typed ones are.
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
