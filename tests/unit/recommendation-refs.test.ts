/**
 * Statements and practices name recommendations by id: an id that is not in data/recommendations/
 * is an error at its line, for `npm run validate` and the build.
 */
import { describe, expect, it } from 'vitest';
import { validateFiles, type InputFile } from '../../src/validate/index';
import { recommendationRefProblems } from '../../src/validate/rules/recommendation-refs';
import { fixtureValidation } from './helpers/repository';

const known = new Set(['POP-CYP-01', 'POP-CP-01', 'POP-TECH-02', 'POP-TECH-03']);
const file = (logicalPath: string, text: string): InputFile => ({
	file: logicalPath,
	logicalPath,
	bytes: new TextEncoder().encode(text),
});

describe('recommendation ids in voices and practices', () => {
	it('accepts the fixture files, whose ids all exist', () => {
		const v = fixtureValidation();
		expect(recommendationRefProblems(v.voices, v.practices, known)).toEqual([]);
	});
	it('reports an unknown id at its line, in a statement and in a practice', () => {
		const v = validateFiles([
			file(
				'content/voices/x.yaml',
				`source:
  title: T
  publisher: P
  url: https://example.org/x
  accessed: 2026-11-01
  kind: web_page
gathered_by: survey
participants: Some
statements:
  - id: x-1
    text: Hello.
    language: en
    speaker: { gender: not_stated }
    year: "2024"
    themes: [other]
    recommendations: [POP-CYP-01, POP-XX-99]
`,
			),
			file(
				'content/practices/y.yaml',
				`title: T
summary: S
kind: helpline
countries: []
period: "2021"
what_was_done: W
outcomes:
  - { text: O, source: 0 }
challenges:
  - { text: C, source: 0 }
recommendations: [POP-GOV-77]
sources:
  - { url: https://example.org/y, accessed: 2026-11-01 }
`,
			),
		]);
		expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
		const problems = recommendationRefProblems(v.voices, v.practices, known);
		expect(problems.map((p) => [p.file, p.line, p.field, p.rule])).toEqual([
			['content/voices/x.yaml', 16, 'statements[0].recommendations[1]', 'unknown-recommendation'],
			['content/practices/y.yaml', 11, 'recommendations[0]', 'unknown-recommendation'],
		]);
		expect(problems[0]!.message).toBe('there is no recommendation POP-XX-99');
	});
});
