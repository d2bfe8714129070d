/**
 * The reading grade of the young readers' pages: syllables of common words, sentences counted
 * per block, and the Flesch–Kincaid and Coleman–Liau formulas checked on texts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { countText, MAX_YOUNG_GRADE, readability, syllables } from '../../src/text/readability';

describe('syllables', () => {
	it('counts vowel groups, with silent final e, -ed and -es', () => {
		const expected: Record<string, number> = {
			cat: 1,
			the: 1,
			make: 1,
			free: 1,
			liked: 1,
			pages: 2,
			places: 2,
			needed: 2,
			table: 2,
			people: 2,
			helpline: 2,
			children: 2,
			countries: 2,
			online: 2,
			government: 3,
			anonymous: 4,
			territories: 4,
			'twenty-one': 3,
			"don't": 1,
			'2024': 1,
		};
		for (const [word, n] of Object.entries(expected)) expect(syllables(word), word).toBe(n);
	});
});

describe('counting', () => {
	it('ends a sentence at a full stop, a question or exclamation mark, and at the end of a block', () => {
		expect(countText(['One. Two! Three?']).sentences).toBe(3);
		// A heading or list item without a full stop is a sentence of its own.
		expect(countText(['What we found', 'We found a helpline.']).sentences).toBe(2);
		// A decimal point or an abbreviation inside a word does not end a sentence.
		expect(countText(['It rose by 2.5 percent in one year']).sentences).toBe(1);
		expect(countText(['', '   ']).words).toBe(0);
	});
});

describe('formulas, on texts worked out by hand', () => {
	it('"The cat sat on the mat." — 6 words, 6 syllables, 17 letters, 1 sentence', () => {
		const r = readability('The cat sat on the mat.');
		expect([r.words, r.syllables, r.letters, r.sentences]).toEqual([6, 6, 17, 1]);
		// 0.39 × 6 + 11.8 × 1 − 15.59
		expect(r.fleschKincaid).toBeCloseTo(-1.45, 5);
		// 0.0588 × (17 / 6 × 100) − 0.296 × (1 / 6 × 100) − 15.8
		expect(r.colemanLiau).toBeCloseTo(0.0588 * (1700 / 6) - 0.296 * (100 / 6) - 15.8, 5);
	});
	it('two sentences with longer words', () => {
		// 8 words; syllables: helplines 2, answer 2, children 2, government 3, pays 1 + 1 + 1 + 1.
		const r = readability('Helplines answer children. The government pays for them.');
		expect([r.words, r.sentences, r.syllables]).toEqual([8, 2, 13]);
		expect(r.fleschKincaid).toBeCloseTo(0.39 * 4 + 11.8 * (13 / 8) - 15.59, 5);
	});
	it('ranks a plain text below the limit and a dense legal one far above it', () => {
		const plain = readability([
			'Save your helpline number in your phone today.',
			'It is often free, and you often do not have to say your name.',
		]);
		const dense = readability(
			'States parties should ensure that appropriate and effective remedial judicial and non-judicial mechanisms for the violation of children’s rights relating to the digital environment are widely known and readily available to all children and their representatives.',
		);
		expect(plain.fleschKincaid).toBeLessThan(MAX_YOUNG_GRADE);
		expect(dense.fleschKincaid).toBeGreaterThan(16);
		expect(dense.colemanLiau).toBeGreaterThan(14);
	});
	it('gives 0 for a text without words', () => {
		expect(readability('').fleschKincaid).toBe(0);
	});
});
