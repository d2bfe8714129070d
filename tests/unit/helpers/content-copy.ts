/**
 * A temporary copy of content/ for tests that write records (issue-to-record, npm run new), with
 * the fictional organisation and record the contributor fixtures refer to. Point POP_CONTENT_DIR
 * (or a contentRoot option) at the returned folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function contentCopy(prefix: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pop-${prefix}-`));
	fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
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

/** Runs a script with tsx, as `npm run …` would, with extra environment variables and stdin. */
export function runScript(
	script: string,
	args: string[],
	env: Record<string, string>,
	input?: string,
) {
	// A copy of the live content is dated by the real clock, not by the fixtures' pinned day.
	const { POP_TODAY: _pinned, ...rest } = process.env;
	return spawnSync(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
		env: { ...rest, ...env },
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

/** `npm run validate` on a content folder: exit status and output. */
export function validateContent(dir: string) {
	return runScript('scripts/validate.ts', [], { POP_CONTENT_DIR: dir });
}
