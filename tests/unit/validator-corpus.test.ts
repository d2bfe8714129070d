/**
 * The bad-input corpus: every case in tests/fixtures/records/cases.yaml must produce exactly its
 * expected `path:line:col  field: message — hint` lines, and zod and ajv must agree on every
 * fixture that parses.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validateFiles, type InputFile } from '../../src/validate/index';
import { formatProblem } from '../../src/validate/problem';
import { parseYamlFile } from '../../src/validate/yaml-file';
import { schemaValidator } from '../../src/validate/schema-check';
import { organizationSchema, resourceSchema } from '../../src/schemas/index';

const DIR = 'tests/fixtures/records';
interface Case {
	name: string;
	files: { fixture: string; as: string }[];
	expect: string[];
}
const cases = YAML.parse(fs.readFileSync(`${DIR}/cases.yaml`, 'utf8')) as Case[];
const context: InputFile[] = fs.readdirSync(`${DIR}/context`).map((f) => ({
	file: `${DIR}/context/${f}`,
	logicalPath: `content/organizations/${f}`,
	bytes: fs.readFileSync(`${DIR}/context/${f}`),
}));

describe('validator corpus', () => {
	it('has at least 30 invalid cases and a valid one', () => {
		expect(cases.filter((c) => c.expect.length > 0).length).toBeGreaterThanOrEqual(30);
		expect(cases.some((c) => c.expect.length === 0)).toBe(true);
	});
	it('uses every fixture file in some case', () => {
		const used = new Set(cases.flatMap((c) => c.files.map((f) => f.fixture)));
		const all = ['invalid', 'valid'].flatMap((d) =>
			fs.readdirSync(`${DIR}/${d}`).map((f) => `${d}/${f}`),
		);
		expect(all.filter((f) => !used.has(f))).toEqual([]);
	});
	for (const c of cases) {
		it(c.name, () => {
			const inputs: InputFile[] = c.files.map((f) => ({
				file: `${DIR}/${f.fixture}`,
				logicalPath: f.as,
				bytes: fs.readFileSync(`${DIR}/${f.fixture}`),
			}));
			const result = validateFiles([...context, ...inputs]);
			const lines = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
			expect(lines).toEqual(c.expect);
			// Nothing silently dropped: a passing case publishes every record it holds.
			if (c.expect.length === 0)
				expect(result.resources.length).toBe(
					c.files.filter((f) => f.as.startsWith('content/resources/')).length,
				);
			else
				expect(result.resources.length).toBeLessThan(
					c.files.filter((f) => f.as.startsWith('content/resources/')).length || 1,
				);
		});
	}
});

describe('zod and ajv agree', () => {
	const fixtures = cases.flatMap((c) => c.files.map((f) => ({ ...f, expect: c.expect })));
	const read = (f: (typeof fixtures)[number]) =>
		parseYamlFile(f.fixture, fs.readFileSync(`${DIR}/${f.fixture}`));
	const kindOf = (as: string) =>
		as.startsWith('content/organizations/')
			? 'organization'
			: as.startsWith('content/resources/')
				? 'resource'
				: undefined;
	const parsing = fixtures.filter((f) => kindOf(f.as) && !read(f).problems.length);
	const notParsing = fixtures.filter((f) => kindOf(f.as) && read(f).problems.length);
	it('most fixtures reach the schemas', () => {
		expect(parsing.length).toBeGreaterThan(40);
	});
	for (const f of parsing) {
		const kind = kindOf(f.as)!;
		it(`${f.fixture} as ${kind}`, () => {
			const parsed = read(f);
			const zodOk = (kind === 'resource' ? resourceSchema : organizationSchema).safeParse(
				parsed.data,
			).success;
			const ajvOk = schemaValidator(kind)(parsed.data);
			expect({ zod: zodOk, ajv: ajvOk }).toEqual({ zod: ajvOk, ajv: zodOk });
		});
	}
	// Neither schema sees a file that is not YAML; the corpus must then expect it to be refused before them.
	for (const f of notParsing) {
		it(`${f.fixture} is refused before the schemas`, () => {
			expect(
				f.expect.some(
					(line) => line.startsWith(`${DIR}/${f.fixture}:`) && line.includes('(file):'),
				),
			).toBe(true);
		});
	}
});
