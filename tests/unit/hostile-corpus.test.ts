/**
 * The hostile-input corpus (tests/fixtures/records/hostile.yaml): records written to mislead a
 * reader or to break the validator. Every case must print exactly its expected lines, name its
 * file in every line, and publish nothing it rejects. HOSTILE_PRINT=1 prints what each case gives,
 * to review before writing it into the corpus.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validateFiles, type InputFile } from '../../src/validate/index';
import { formatProblem } from '../../src/validate/problem';

const DIR = 'tests/fixtures/records';
interface FileSpec {
	base?: string;
	text?: string;
	as?: string;
	edits?: [string, string][];
	add_channel?: Record<string, unknown>;
	append?: string;
}
interface Case extends FileSpec {
	name: string;
	others?: FileSpec[];
	expect: string[];
	warnings?: string[];
}

const cases = YAML.parse(fs.readFileSync(`${DIR}/hostile.yaml`, 'utf8')) as Case[];
const context: InputFile[] = fs.readdirSync(`${DIR}/context`).map((f) => ({
	file: `${DIR}/context/${f}`,
	logicalPath: `content/organizations/${f}`,
	bytes: fs.readFileSync(`${DIR}/context/${f}`),
}));
const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);

/** The text of one file of a case, built from its base and changes. */
function buildText(spec: FileSpec): string {
	if (spec.text !== undefined) return spec.text;
	let text = fs.readFileSync(`${DIR}/${spec.base ?? 'valid/minimal.yaml'}`, 'utf8');
	for (const [find, replace] of spec.edits ?? []) {
		const n = text.split(find).length - 1;
		if (n !== 1) throw new Error(`edit "${find}" occurs ${n} times in the base, not once`);
		text = text.replace(find, () => replace);
	}
	if (spec.add_channel) {
		const ch = {
			cost: 'free',
			hours: 'unknown',
			languages: [],
			anonymous: 'unknown',
			human_responder: true,
			...spec.add_channel,
		};
		const lines = Object.entries(ch).map(
			([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${JSON.stringify(v)}`,
		);
		text = text.replace(/\naudiences:/, () => `\n${lines.join('\n')}\naudiences:`);
	}
	if (spec.append) text += spec.append.endsWith('\n') ? spec.append : `${spec.append}\n`;
	return text;
}

function run(c: Case) {
	const files = [
		{ ...c, display: `hostile/${slug(c.name)}.yaml` },
		...(c.others ?? []).map((o, i) => ({ ...o, display: `hostile/${slug(c.name)}-${i + 2}.yaml` })),
	];
	const inputs: InputFile[] = files.map((f) => ({
		file: f.display,
		logicalPath: f.as ?? 'content/resources/ke/example.yaml',
		bytes: Buffer.from(buildText(f), 'utf8'),
	}));
	const result = validateFiles([...context, ...inputs]);
	return {
		result,
		inputs,
		errors: result.problems.filter((p) => p.severity === 'error').map(formatProblem),
		warnings: result.problems.filter((p) => p.severity === 'warning').map(formatProblem),
	};
}

describe('hostile-input corpus', () => {
	it('has at least 60 hostile cases, each with a distinct name', () => {
		expect(cases.filter((c) => c.expect.length > 0).length).toBeGreaterThanOrEqual(60);
		expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
	});
	const printed: string[] = [];
	for (const c of cases) {
		it(c.name, () => {
			const { result, inputs, errors, warnings } = run(c);
			if (process.env.HOSTILE_PRINT)
				printed.push(
					`- name: ${JSON.stringify(c.name)}\n  expect:\n${errors.map((l) => `    - ${JSON.stringify(l)}`).join('\n')}\n  warnings:\n${warnings.map((l) => `    - ${JSON.stringify(l)}`).join('\n')}`,
				);
			expect(errors).toEqual(c.expect);
			expect(warnings).toEqual(c.warnings ?? []);
			// Every line names a file of the case, with a line and a column.
			for (const p of result.problems)
				expect(inputs.some((i) => i.file === p.file) || p.file.startsWith(`${DIR}/context/`)).toBe(
					true,
				);
			// Nothing rejected is published; a case without errors publishes all its records.
			const records = inputs.filter((i) => i.logicalPath.startsWith('content/resources/'));
			const rejected = new Set(
				result.problems.filter((p) => p.severity === 'error').map((p) => p.file),
			);
			expect(result.resources.map((r) => r.file).sort()).toEqual(
				records
					.filter((i) => !rejected.has(i.file))
					.map((i) => i.file)
					.sort(),
			);
		});
	}
	it.runIf(!!process.env.HOSTILE_PRINT)('prints the lines', () => {
		fs.writeFileSync('hostile-print.yaml', `${printed.join('\n')}\n`);
	});
});
