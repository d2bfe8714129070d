/**
 * Reading grade of English text, for the young readers' pages: the Flesch–Kincaid grade level
 * (0.39 × words per sentence + 11.8 × syllables per word − 15.59) and the Coleman–Liau index
 * (0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8). Syllables are counted
 * with the usual vowel-group rule (silent final e, -ed and -es), so the grade is an estimate, as it
 * is in every readability tool.
 *
 * Text is given as blocks (paragraphs, list items, headings): a block ends a sentence even when it
 * has no full stop, as a heading or a list item does.
 */

/** The highest Flesch–Kincaid grade a young readers' page may have (a 13-year-old's school year). */
export const MAX_YOUNG_GRADE = 8;

export interface TextCounts {
	sentences: number;
	words: number;
	syllables: number;
	letters: number;
}

export interface Readability extends TextCounts {
	/** Flesch–Kincaid grade level. */
	fleschKincaid: number;
	/** Coleman–Liau index. */
	colemanLiau: number;
}

/** Words: runs of letters (with inner apostrophes or hyphens) or of digits. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*/gu;
/** A sentence ends at ., ! or ? (possibly repeated, or followed by a closing quote or bracket) before a space. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const CLOSED = /[.!?…]+["'”’)\]]*$/;

/** Syllables in one English word (at least one). Numbers count one syllable per digit group. */
export function syllables(word: string): number {
	const w = word.toLowerCase().replace(/[’']/g, '');
	if (/^\d/.test(w)) return 1;
	if (w.includes('-')) return w.split('-').reduce((n, part) => n + syllables(part), 0);
	if (w.length <= 3) return 1;
	let s = w;
	// Silent endings: "made", "liked", "pages" lose their last vowel group; "table", "needed", "buses" keep it.
	if (/[^aeiouy]e$/.test(s) && !/[^aeiouy]le$/.test(s)) s = s.slice(0, -1);
	else if (/[^aeiouytd]ed$/.test(s)) s = s.slice(0, -2);
	else if (/[^aeiouy]es$/.test(s) && !/(?:[sxzcgh]|[^aeiouy]l)es$/.test(s)) s = s.slice(0, -2);
	const groups = s.match(/[aeiouy]+/g)?.length ?? 0;
	return Math.max(1, groups);
}

/** Sentences in one block: its sentence ends, plus one if the block does not end with one. */
function sentencesIn(block: string): number {
	const text = block.trim();
	const ends = text.match(SENTENCE_END)?.length ?? 0;
	return ends + (CLOSED.test(text) ? 0 : 1);
}

/** Counts of a text given as blocks; empty blocks are skipped. */
export function countText(blocks: string[]): TextCounts {
	const c: TextCounts = { sentences: 0, words: 0, syllables: 0, letters: 0 };
	for (const block of blocks) {
		const words = block.match(WORD) ?? [];
		if (!words.length) continue;
		c.sentences += sentencesIn(block);
		c.words += words.length;
		for (const w of words) {
			c.syllables += syllables(w);
			c.letters += (w.match(/[\p{L}\p{N}]/gu) ?? []).length;
		}
	}
	return c;
}

/** Readability of a text given as blocks (a single string is one block). */
export function readability(text: string | string[]): Readability {
	const c = countText(typeof text === 'string' ? [text] : text);
	if (!c.words) return { ...c, fleschKincaid: 0, colemanLiau: 0 };
	const fleschKincaid = 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
	const colemanLiau =
		0.0588 * ((c.letters / c.words) * 100) - 0.296 * ((c.sentences / c.words) * 100) - 15.8;
	return { ...c, fleschKincaid, colemanLiau };
}
