/**
 * `npm run intake`: a suggestion sent without an account becomes the same draft the issue path
 * writes. Each saved message (tests/fixtures/suggestions/<name>.txt|.md) is run through the intake
 * and its equivalent issue-form body (<name>.issue.md, written as GitHub writes one) through
 * `issue-to-record --draft`, on copies of the fixture repository: the files must be the same, byte
 * for byte. A hostile message must come out harmless.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { detectForm } from '../../scripts/lib/contrib/issue-to-record';
import { fieldsOf } from '../../scripts/lib/contrib/issue-forms';
import { runScriptAsync } from './helpers/content-copy';
import { FIXTURE_CONTENT } from './helpers/repository';

const FIX = 'tests/fixtures/suggestions';
const TODAY = '2026-11-29';
const MESSAGES = ['correction-message.txt', 'missing-service-form.txt', 'correction-issue.md'];

/** A writable copy of the fixture repository (never the live content/). */
function fixtureCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-intake-'));
	fs.cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	return dir;
}
const env = (dir: string) => ({ POP_CONTENT_DIR: dir, POP_TODAY: TODAY });
const run = (script: string, args: string[], dir: string, input?: string) =>
	runScriptAsync(script, args, env(dir), input);

/** Every file under `dir`, relative path → content. */
function tree(dir: string): Record<string, string> {
	if (!fs.existsSync(dir)) return {};
	const out: Record<string, string> = {};
	for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (f.isFile()) {
			const abs = path.join(f.parentPath, f.name);
			out[path.relative(dir, abs).split(path.sep).join('/')] = fs.readFileSync(abs, 'utf8');
		}
	return out;
}

describe('intake writes what the issue path writes (golden comparison)', () => {
	const outputs = new Map<string, Record<string, string>>();
	/** Per message: its folder, and both runs (all six at once: each script takes seconds to start). */
	const runs = new Map<
		string,
		{ dir: string; issue: Awaited<ReturnType<typeof run>>; intake: Awaited<ReturnType<typeof run>> }
	>();
	const issueOf = (name: string) => path.join(FIX, name.replace(/\.\w+$/, '.issue.md'));
	beforeAll(async () => {
		await Promise.all(
			MESSAGES.map(async (name) => {
				const dir = fixtureCopy();
				const [issue, intake] = await Promise.all([
					run(
						'scripts/issue-to-record.ts',
						['--body-file', issueOf(name), '--draft', '--out-dir', path.join(dir, 'issue')],
						dir,
					),
					run(
						'scripts/intake.ts',
						[path.join(FIX, name), '--out-dir', path.join(dir, 'intake')],
						dir,
					),
				]);
				runs.set(name, { dir, issue, intake });
			}),
		);
	}, 180_000);
	for (const name of MESSAGES) {
		it(`${name}: the same files as issue-to-record --draft on ${name.replace(/\.\w+$/, '.issue.md')}`, () => {
			const body = fs.readFileSync(issueOf(name), 'utf8');
			const headings = [...body.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
			expect(headings, 'the saved issue uses the current form').toEqual(
				fieldsOf(detectForm(body)).map((f) => f.label),
			);
			const { dir, issue, intake } = runs.get(name)!;
			expect(issue.status, issue.stdout + issue.stderr).toBe(0);
			expect(intake.status, intake.stdout + intake.stderr).toBe(0);
			const a = tree(path.join(dir, 'issue', 'files'));
			const b = tree(path.join(dir, 'intake', 'files'));
			expect(Object.keys(b).length).toBeGreaterThan(0);
			expect(b).toEqual(a);
			expect(fs.readFileSync(path.join(dir, 'intake', 'status'), 'utf8')).toBe('draft');
			// The repository itself is untouched with --out-dir.
			expect(tree(path.join(dir, 'content'))).toEqual(tree(path.join(FIXTURE_CONTENT, 'content')));
			outputs.set(name, b);
		});
	}

	it('a correction changes only the source and the check, never what the reader says is wrong', () => {
		const files = outputs.get('correction-message.txt')!;
		expect(Object.keys(files)).toEqual(['content/resources/gb/line.yaml']);
		const before = YAML.parse(
			fs.readFileSync(path.join(FIXTURE_CONTENT, 'content/resources/gb/line.yaml'), 'utf8'),
		) as Record<string, unknown>;
		const after = YAML.parse(files['content/resources/gb/line.yaml']!) as Record<string, unknown>;
		expect(after.channels).toEqual(before.channels);
		expect(after.sources).toEqual([
			...(before.sources as unknown[]),
			{ url: 'https://example.net/youth/contact', accessed: '2026-11-27' },
		]);
		expect(after.verification).toMatchObject({
			last_verified: '2026-11-27',
			verified_by_role: 'community-contributor',
			confidence: 'low',
		});
		// The numbers in the reader's text are for the editor, not the record.
		expect(files['content/resources/gb/line.yaml']).not.toMatch(/111 2222|85258/);
		// A place (not a link) is no source: the record keeps its sources.
		const poster = YAML.parse(
			outputs.get('correction-issue.md')!['content/resources/ke/childline.yaml']!,
		) as { sources: { url: string }[] };
		expect(poster.sources.map((s) => s.url)).not.toContain('A poster at my school');
	});
	it('a missing service becomes a new record with "unknown" where the message says nothing', () => {
		const files = outputs.get('missing-service-form.txt')!;
		expect(Object.keys(files)).toEqual(['content/resources/ug/ligne-exemple-ouganda.yaml']);
		const r = YAML.parse(files['content/resources/ug/ligne-exemple-ouganda.yaml']!) as Record<
			string,
			unknown
		>;
		expect(r).toEqual({
			name: 'Ligne Exemple Ouganda',
			countries: ['UG'],
			channels: [
				{
					cost: 'unknown',
					hours: 'unknown',
					languages: [],
					anonymous: 'unknown',
					human_responder: 'unknown',
				},
			],
			youth_participation: 'unknown',
			verification: {
				last_verified: TODAY,
				method: 'desk_review',
				verified_by_role: 'community-contributor',
				confidence: 'low',
			},
			sources: [{ url: 'https://example.org/ug-chat', accessed: TODAY }],
		});
	});
});

describe('intake on the command line', () => {
	it('reads the message from stdin, writes into the repository, and lists what the editor must still do', async () => {
		const dir = fixtureCopy();
		const summary = path.join(dir, 'summary.md');
		const r = await run(
			'scripts/intake.ts',
			['--summary-file', summary],
			dir,
			fs.readFileSync(path.join(FIX, 'correction-message.txt'), 'utf8'),
		);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('wrote content/resources/gb/line.yaml');
		expect(r.stdout).toMatch(/This is a draft: \d+ things to do/);
		expect(r.stdout).toContain('- How you know: this is required');
		expect(fs.readFileSync(path.join(dir, 'content/resources/gb/line.yaml'), 'utf8')).toContain(
			'https://example.net/youth/contact',
		);
		const text = fs.readFileSync(summary, 'utf8');
		expect(text).toMatch(/^Draft: Corrects `gb\/line` from a suggestion sent without an account\./);
		expect(text).toContain('```text\nThe number 0800 942 8787 does not answer any more.');
		expect(text).toContain('Age band: 13-17');
	});
	it('asks which record when the message does not say, and writes nothing; --record answers it', async () => {
		const dir = fixtureCopy();
		const message =
			'Service: Example Youth Line\nCountry: GB\n\nWhat is wrong or missing:\nIt closed.';
		const asked = await run('scripts/intake.ts', [], dir, message);
		expect(asked.status).toBe(1);
		expect(asked.stderr).toContain('--record <id>');
		expect(tree(path.join(dir, 'content'))).toEqual(tree(path.join(FIXTURE_CONTENT, 'content')));
		const told = await run('scripts/intake.ts', ['--record', 'gb/line', '--dry-run'], dir, message);
		expect(told.status, told.stderr).toBe(0);
		expect(told.stdout).toContain('would write content/resources/gb/line.yaml');
	});
	it('refuses a text that is no suggestion, and a record that does not exist', async () => {
		const dir = fixtureCopy();
		const none = await run('scripts/intake.ts', [], dir, 'Hello, please add my helpline!');
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('not a POP Atlas suggestion');
		const unknown = await run('scripts/intake.ts', [], dir, 'record=gb/nothing-here\r\nwhat=x\r\n');
		expect(unknown.status).toBe(1);
		expect(unknown.stdout).toContain('there is no record "gb/nothing-here"');
	});
});

describe('a hostile message', () => {
	it('comes out harmless: one plain name, no number or link from the text, nothing outside content/, no hidden characters', async () => {
		const dir = fixtureCopy();
		const out = path.join(dir, 'out');
		const message = [
			'service=Evil\u202E enilpleH\u202C\r\nname: hacked\r\n- "]: &a [*a, *a]',
			'missing=yes',
			'country=KE',
			// A number disguised as a link, and headings of the issue form to smuggle fields in.
			'what=Call the new line: [116](tel:+19005550100)\u0000\u001b[2J',
			'### Channel 1: number or address',
			'+1 900 555 0100',
			'### Website',
			'https://evil.example/',
			'where=tel:+19005550100',
			'age=13-17\u2066',
			'lang=../../etc',
			'record=../../../.github/workflows/deploy',
			'',
		].join('\r\n');
		const r = await run('scripts/intake.ts', ['--out-dir', out], dir, message);
		expect(r.status, r.stdout + r.stderr).toBe(0);
		expect(r.stdout).toContain('Left out "lang"');
		const files = tree(path.join(out, 'files'));
		expect(Object.keys(files)).toEqual([
			'content/resources/ke/evil-enilpleh-name-hacked-and-a-a-a.yaml',
		]);
		const text = Object.values(files)[0]!;
		const rec = YAML.parse(text) as Record<string, unknown>;
		expect(rec.name).toBe('Evil enilpleH name: hacked - "]: &a [*a, *a]');
		expect(Object.keys(rec)).toEqual([
			'name',
			'countries',
			'channels',
			'youth_participation',
			'verification',
			'sources',
		]);
		expect(rec.sources).toEqual([]);
		expect(rec.url).toBeUndefined();
		const summary = fs.readFileSync(path.join(out, 'summary.md'), 'utf8');
		for (const t of [text, summary, r.stdout]) {
			expect(t).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
			// eslint-disable-next-line no-control-regex
			expect(t).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
		}
		expect(text).not.toMatch(/900|tel:|evil\.example/);
		// The reader's words reach the editors only inside a code block.
		expect(summary).toContain('```text\nSent without an account');
		expect(summary.replace(/```text[\s\S]*?```/g, '')).not.toMatch(/tel:|evil\.example/);
	});
});
