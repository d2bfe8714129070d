/**
 * "Prose never types a number by hand": every number a sentence on /findings/, in a country brief
 * or in a recommendation shows is computed from the data or quoted from a figure record. The
 * sentences are templates in the UI dictionaries (numbers come in through {placeholders}) and the
 * recommendation texts and chapters (numbers come in through components). This test fails when a
 * digit is typed into either, apart from the names and definitions listed here, each with why.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '../../src/i18n/languages';

const dict = (lang: string) =>
	JSON.parse(fs.readFileSync(path.join('src/i18n', `${lang}.json`), 'utf8')) as Record<
		string,
		string
	>;

/** Prefixes of the keys that word findings: the findings page, its figures, briefs, evidence. */
const SENTENCE_KEYS = /^(findings|reach|evidence|brief|panel|home|coverage)\./;
/**
 * Digits that are not findings: definitions of the bands a chart uses (their thresholds are
 * constants in src/model/clock.ts and src/model/findings.ts) and "24/7", the name of a feature.
 */
const DEFINITIONS: Record<string, RegExp> = {
	'findings.availability.title': /24\/7|24 h\/24, 7 j\/7/g,
	'findings.availability.takeaway': /24\/7|24 h\/24, 7 j\/7/g,
	'findings.freshness.takeaway': /12/g,
	'findings.freshness.m0': /6/g,
	'findings.freshness.m6': /6|12/g,
	'findings.freshness.m12': /12|24/g,
	'findings.freshness.m24': /24/g,
};
const stripPlaceholders = (s: string) => s.replace(/\{\w+\}/g, '');
/** Western and Arabic-Indic digits. */
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

describe('sentences in the UI dictionaries', () => {
	for (const lang of LANG_CODES) {
		it(`${lang}: the findings, briefs and evidence templates type no number`, () => {
			const typed: string[] = [];
			for (const [key, text] of Object.entries(dict(lang))) {
				if (!SENTENCE_KEYS.test(key) || key.startsWith('reach.unit.')) continue;
				const rest = stripPlaceholders(text).replace(DEFINITIONS[key] ?? /$^/g, '');
				if (DIGIT.test(rest)) typed.push(`${key}: ${text}`);
			}
			expect(typed).toEqual([]);
		});
	}
	it('would catch a typed number', () => {
		const rest = stripPlaceholders('In {year}, 45% of children told no one.');
		expect(DIGIT.test(rest)).toBe(true);
	});
});

/**
 * Names that carry digits and are not figures: recommendation ids, General comment No. 25, the
 * harmonised 116 numbers, ISO 3166, a publication's year in its title "(2020)", and "24 hours" /
 * "24/7" as the name of a feature, and the age limit of the takedown tools as their records give it
 * ("before the age of 18").
 */
const NAMES = [
	/POP-[A-Z]+-\d{2}/g,
	/No\. \d+/g,
	/\b116(?: ?\d{3})?\b/g,
	/ISO 3166(?:-1)?/g,
	/\((?:19|20)\d{2}\)/g,
	/\b24 hours\b/g,
	/\b24\/7\b/g,
	/\b(?:before you were|before the age of) 18\b/g,
];
const withoutNames = (s: string) => NAMES.reduce((t, re) => t.replace(re, ' '), s);

/** A chapter's prose: front matter, code, comments and components removed. */
function prose(mdx: string): string {
	return mdx
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/<[A-Z][\s\S]*?\/>/g, '')
		.replace(/\]\([^)]*\)/g, ']');
}

describe('recommendations and chapters', () => {
	it('type no number in a chapter’s prose: figures come from <Figure>, <Cite> and charts', () => {
		const dir = 'content/recommendations';
		const typed: string[] = [];
		for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
			prose(fs.readFileSync(path.join(dir, f), 'utf8'))
				.split('\n')
				.forEach((line) => {
					if (DIGIT.test(withoutNames(line))) typed.push(`${f}: ${line.trim()}`);
				});
		}
		expect(typed).toEqual([]);
	});

	it('type no number in a recommendation, its reason or its plain words', () => {
		const dir = 'data/recommendations';
		const typed: string[] = [];
		for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
			const data = YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
				recommendations: Record<string, string | undefined>[];
			};
			for (const r of data.recommendations)
				for (const field of ['title', 'recommendation', 'rationale', 'young'])
					if (DIGIT.test(withoutNames(r[field] ?? '')))
						typed.push(`${f} ${r.id ?? ''}.${field}: ${r[field] ?? ''}`);
		}
		expect(typed).toEqual([]);
	});

	it('would catch a typed number in prose, and lets names through', () => {
		expect(DIGIT.test(withoutNames(prose('Children made 6 million contacts.')))).toBe(true);
		expect(
			DIGIT.test(withoutNames(prose('See POP-GOV-01 and General comment No. 25 (2021).'))),
		).toBe(false);
		expect(
			DIGIT.test(
				withoutNames(prose('They received <Cite id="chi-contacts-2023" with="period" />.')),
			),
		).toBe(false);
	});
});
