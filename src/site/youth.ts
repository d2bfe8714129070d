/**
 * Where young people's statements and good practice appear besides their own pages, and how many:
 * the voice themes shown beside each findings chart, and the limits that keep a page short.
 */
import type { ChartId } from '../model/findings';
import type { VoiceTheme } from '../schemas/voices';

/** The themes of the statements shown after a findings chart; charts not listed show none. */
export const FINDINGS_VOICE_THEMES: Partial<Record<ChartId, readonly VoiceTheme[]>> = {
	'channels-by-region': ['reaching_help', 'helplines'],
	anonymity: ['trust', 'privacy'],
	'youth-participation': ['participation'],
};
/** Statements after one findings chart. */
export const VOICES_PER_CHART = 2;
/** Statements with one recommendation (chapter, recommendation page, young readers' page). */
export const VOICES_PER_REC = 2;
/** Good-practice stories on a young readers' page. */
export const PRACTICES_PER_YOUNG_PAGE = 4;
/** Findings ("we found a helpline in … of … countries") on a young readers' page. */
export const FOUND_PER_YOUNG_PAGE = 5;
