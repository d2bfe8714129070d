/**
 * Young people's words as the pages show them: every statement of content/voices/ together with
 * the source file it comes from (publication, how it was gathered, who took part, notes and youth
 * reviews), grouped by theme, picked for a recommendation or for a findings chart. Pure functions
 * over the validated files; nothing here changes a statement's text.
 */
import type { Statement, VoiceFile, VoiceTheme } from '../schemas/voices';
import { VOICE_THEMES } from '../schemas/voices';

/** A voice file with its id (the file name without .yaml). */
export type VoiceFileEntry = VoiceFile & { id: string };

/** One statement with the file it comes from. */
export interface VoiceQuote {
	statement: Statement;
	file: VoiceFileEntry;
}

/** Every statement, files in id order and statements in the order their file gives them. */
export function voiceQuotes(files: VoiceFileEntry[]): VoiceQuote[] {
	return [...files]
		.sort((a, b) => a.id.localeCompare(b.id))
		.flatMap((file) => file.statements.map((statement) => ({ statement, file })));
}

/** The theme a statement is listed under on the voices page: the first it names. */
export const primaryTheme = (q: VoiceQuote): VoiceTheme => q.statement.themes[0]!;

/**
 * Statements grouped by their first theme, in the order of VOICE_THEMES; themes without a
 * statement are left out. Each statement appears once.
 */
export function quotesByTheme(quotes: VoiceQuote[]): { theme: VoiceTheme; quotes: VoiceQuote[] }[] {
	return VOICE_THEMES.map((theme) => ({
		theme,
		quotes: quotes.filter((q) => primaryTheme(q) === theme),
	})).filter((g) => g.quotes.length > 0);
}

/** Newest first, then by id: the order in which a few statements are picked for a page. */
const newestFirst = (a: VoiceQuote, b: VoiceQuote) =>
	b.statement.year.localeCompare(a.statement.year) || a.statement.id.localeCompare(b.statement.id);

/** Statements that name a recommendation (their `recommendations` list), newest first. */
export function quotesForRecommendation(
	quotes: VoiceQuote[],
	id: string,
	limit = Infinity,
): VoiceQuote[] {
	return quotes
		.filter((q) => q.statement.recommendations?.includes(id))
		.sort(newestFirst)
		.slice(0, limit);
}

/**
 * A few statements on some themes: those whose first theme is one of them come before those that
 * only mention one, newest first within each; statements in `exclude` (already shown elsewhere on
 * the page) are skipped.
 */
export function quotesForThemes(
	quotes: VoiceQuote[],
	themes: readonly VoiceTheme[],
	limit: number,
	exclude: ReadonlySet<string> = new Set(),
): VoiceQuote[] {
	const pool = quotes.filter((q) => !exclude.has(q.statement.id));
	const first = pool.filter((q) => themes.includes(primaryTheme(q))).sort(newestFirst);
	const also = pool
		.filter(
			(q) =>
				!themes.includes(primaryTheme(q)) && q.statement.themes.some((t) => themes.includes(t)),
		)
		.sort(newestFirst);
	return [...first, ...also].slice(0, limit);
}
