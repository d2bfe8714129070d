/**
 * The country brief's choices, as pure functions: where its PDF lives, and which recommendations
 * bear on the country's gaps (a recommendation whose evidence indicators are not "exists" there).
 */
import { countryView } from './country';
import type { Dataset } from './dataset';
import type { IndicatorState } from './indicators';

/** The folder of the country brief PDFs. */
export const BRIEF_PDF_DIR = '/countries/pdf/';
/**
 * A country brief's PDF, e.g. /countries/pdf/pop-brief-ke.pdf. One per country, printed from the
 * English brief: printing every language would quadruple the build's longest step (about 0.65 s a
 * brief) for files each page can make itself with the browser's "Print".
 */
export const briefPdfUrl = (code: string): string =>
	`${BRIEF_PDF_DIR}pop-brief-${code.toLowerCase()}.pdf`;

/** Countries with a brief: those with a record (the country page's "mapped"). */
export const hasBrief = (ds: Dataset, code: string): boolean => countryView(ds, code).mapped;

interface RecLike {
	id: string;
	status?: 'active' | 'withdrawn' | undefined;
	evidence: { indicators?: string[] | undefined };
}

/**
 * The active recommendations that rest on an indicator the country does not have (known absent or
 * not yet mapped), each with those indicators, in the recommendations' order.
 */
export function briefRecommendations<R extends RecLike>(
	recs: readonly R[],
	states: Readonly<Record<string, IndicatorState>>,
): { rec: R; because: string[] }[] {
	return recs
		.filter((r) => r.status !== 'withdrawn')
		.map((rec) => ({
			rec,
			because: (rec.evidence.indicators ?? []).filter(
				(id) => states[id] !== undefined && states[id] !== 'exists',
			),
		}))
		.filter((x) => x.because.length > 0);
}
