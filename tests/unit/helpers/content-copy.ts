/**
 * A temporary copy of the fixture repository's content (tests/fixtures/repo, never the live
 * content/) for tests that write records (issue-to-record, npm run new), with the fictional
 * organisation and record the contributor fixtures refer to. Point POP_CONTENT_DIR (or a
 * contentRoot option) at the returned folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, validateRepository } from '../../../src/validate/index';

export function contentCopy(prefix: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pop-${prefix}-`));
	fs.cpSync('tests/fixtures/repo/content', path.join(dir, 'content'), { recursive: true });
	// The evidence folders follow POP_CONTENT_DIR too (recommendations cite figures).
	for (const d of ['data/figures', 'data/policy'])
		fs.cpSync(path.join('tests/fixtures/repo', d), path.join(dir, d), { recursive: true });
	fs.copyFileSync(
		'tests/fixtures/records/context/ke-example-org.yaml',
		path.join(dir, 'content/organizations/ke-example-org.yaml'),
	);
	fs.copyFileSync(
		'tests/fixtures/issues/seed/ke-example-helpline.yaml',
		path.join(dir, 'content/resources/ke/example-helpline.yaml'),
	);
	return dir;
}

/** Runs a script with tsx, as `npm run …` would, with extra environment variables and stdin (on the fixtures' pinned day). */
export function runScript(
	script: string,
	args: string[],
	env: Record<string, string>,
	input?: string,
) {
	return spawnSync(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
		env: { ...process.env, ...env },
		input,
		encoding: 'utf8',
		timeout: 120_000,
	});
}

/**
 * As runScript, without blocking: the test worker keeps answering the runner while the script
 * runs, and several scripts can run at once.
 */
export function runScriptAsync(
	script: string,
	args: string[],
	env: Record<string, string>,
	input?: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	const { POP_TODAY: _pinned, ...rest } = process.env;
	return new Promise((resolve, reject) => {
		const child = spawn(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
			env: { ...rest, ...env },
			timeout: 120_000,
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
		child.stdin.end(input ?? '');
	});
}

/**
 * The validator on a content folder, as `npm run validate` runs it on records and organisations
 * (the recommendations, which cite live records, are left out): exit status and output.
 */
export function validateContent(dir: string): { status: number; stdout: string } {
	const before = process.env.POP_CONTENT_DIR;
	process.env.POP_CONTENT_DIR = dir;
	try {
		const v = validateRepository();
		const errors = v.problems.filter((p) => p.severity === 'error').length;
		const warnings = v.problems.length - errors;
		return {
			status: errors ? 1 : 0,
			stdout: `${v.problems.map(formatProblem).join('\n')}\n${v.resources.length} resources, ${v.organizations.length} organisations; ${errors} errors, ${warnings} warnings.`,
		};
	} finally {
		if (before === undefined) delete process.env.POP_CONTENT_DIR;
		else process.env.POP_CONTENT_DIR = before;
	}
}
