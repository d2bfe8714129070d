/**
 * The line reader (src/validate/locate-lines.ts) must give the same position as the `yaml`
 * library's document whenever it answers, and answer for most paths of real records (else the
 * validator is back to building documents). Checked on every path of every YAML file of the
 * repository, for values and for keys, and on hand-made layouts it must decline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateByLines, scanLines } from '../../src/validate/locate-lines';
import { locateInDocument, parseYamlFile } from '../../src/validate/yaml-file';

function yamlFiles(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => path.join(dir, f));
}

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	const out: (string | number)[][] = [prefix];
	if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
	return out;
}

describe('locating a path by its lines', () => {
	it('agrees with the document on every path of every repository file, and answers for most', () => {
		const files = [...yamlFiles('content'), ...yamlFiles('data')];
		expect(files.length).toBeGreaterThan(1000);
		let asked = 0;
		let answered = 0;
		const wrong: string[] = [];
		for (const file of files) {
			const parsed = parseYamlFile(file, fs.readFileSync(file));
			if (parsed.problems.length || parsed.text === undefined) continue;
			const lines = scanLines(parsed.text);
			// Missing paths too: the first record field that is not there, under the root.
			for (const p of [...paths(parsed.data), ['no_such_field'], ['sources', 999]])
				for (const at of ['value', 'key'] as const) {
					asked++;
					const quick = locateByLines(lines, p, at);
					if (!quick) continue;
					answered++;
					const full = locateInDocument(parsed, p, at);
					if (quick.line !== full.line || quick.col !== full.col)
						wrong.push(
							`${file} ${p.join('.')} (${at}): lines ${quick.line}:${quick.col}, document ${full.line}:${full.col}`,
						);
				}
		}
		expect(wrong.slice(0, 20)).toEqual([]);
		console.log(`answered ${answered} of ${asked}`);
		expect(answered / asked).toBeGreaterThan(0.9);
	});

	it('declines layouts it cannot follow for sure', () => {
		const decline = (text: string, p: (string | number)[]) =>
			expect(locateByLines(scanLines(text), p), text).toBeUndefined();
		decline('a:\n  b: "one\n  c: two"\n', ['a', 'b']); // a quoted string over lines
		decline('a: [1,\n  2]\nb: 3\n', ['b']); // a flow sequence over lines
		decline('"a": 1\n', ['a']); // a quoted key
		decline('a: &x 1\n', ['a']); // an anchor
		decline('a: |\n  text\n', ['a', 0]); // into a block scalar
		decline('a:\n', ['a']); // an empty value
		decline('a:\n\tb: 1\n', ['a', 'b']); // a tab
		decline('a: 1\n', ['b']); // a key that is not there
		decline('a:\n  - 1\n', ['a', 3]); // an item that is not there
		decline('a: {b: [1]}\n', ['a', 'b']); // a nested flow collection
		decline('list:\n  - # first\n    a: 1\n', ['list', 0]); // an item that starts with a comment
		decline('a:\n\u00a0b: 1\n', ['a']); // a no-break space is not indentation
		decline('a:\n  &x\n  b: 1\n', ['a']); // an anchor on its own line
	});

	it('follows plain keys and block sequences, items that are maps included', () => {
		const text =
			'# comment\nname: x\nchannels:\n  - type: voice\n    value: "116"\n  - type: sms\n    value: 1\nlist:\n- a\n- b\n';
		const lines = scanLines(text);
		expect(locateByLines(lines, ['name'])).toEqual({ line: 2, col: 7 });
		expect(locateByLines(lines, ['channels'])).toEqual({ line: 4, col: 3 });
		expect(locateByLines(lines, ['channels', 1])).toEqual({ line: 6, col: 5 });
		expect(locateByLines(lines, ['channels', 1, 'value'])).toEqual({ line: 7, col: 12 });
		expect(locateByLines(lines, ['channels', 0, 'value'], 'key')).toEqual({ line: 5, col: 5 });
		expect(locateByLines(lines, ['list', 1])).toEqual({ line: 10, col: 3 });
		const flow = scanLines(
			'topics: [a, "b, c", d]\nhistory:\n  - { date: 2026-01-01, note: "x" }\n',
		);
		expect(locateByLines(flow, ['topics', 2])).toEqual({ line: 1, col: 21 });
		// An apostrophe inside a plain entry does not open a quoted string.
		const names = scanLines("names: [Kids' Line, Children's Helpline, Other]\n");
		expect(locateByLines(names, ['names', 1])).toEqual({ line: 1, col: 21 });
		expect(locateByLines(names, ['names', 2])).toEqual({ line: 1, col: 42 });
		expect(locateByLines(flow, ['history', 0, 'note'])).toEqual({ line: 3, col: 31 });
		expect(locateByLines(flow, ['history', 0, 'note'], 'key')).toEqual({ line: 3, col: 25 });
	});
});
