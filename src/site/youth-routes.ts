/** Addresses of the pages of young people's voices and good practice (pure; no Astro). */
import type { ReviewedItem } from '../model/youth-review';
import type { VoiceTheme } from '../schemas/voices';

export const VOICES_URL = '/voices/';
export const PRACTICES_URL = '/practices/';
/** The page of one practice: /practices/<file name>/. */
export const practiceUrl = (id: string) => `${PRACTICES_URL}${id}/`;
/** The anchor of a theme's section on the voices page. */
export const themeAnchor = (theme: VoiceTheme) => `theme-${theme.replace(/_/g, '-')}`;
/** Where a statement is on the voices page (its id is its anchor). */
export const voiceUrl = (statementId: string) => `${VOICES_URL}#${statementId}`;
/** The anchor of a voice file on the voices page. */
export const voiceSourceAnchor = (fileId: string) => `source-${fileId}`;
/** The anchor of a practice's region group on the practices page. */
export const regionAnchor = (region: string) => `region-${region}`;
/** The anchor of a practice's kind group on the practices page. */
export const kindAnchor = (kind: string) => `kind-${kind.replace(/_/g, '-')}`;

/** The page that shows a reviewed item, where one does (figure files and policy profiles have none yet). */
export function reviewedItemUrl(item: Pick<ReviewedItem, 'kind' | 'id'>): string | undefined {
	if (item.kind === 'record') return `/resources/${item.id}/`;
	if (item.kind === 'practice') return practiceUrl(item.id);
	if (item.kind === 'voices') return `${VOICES_URL}#${voiceSourceAnchor(item.id)}`;
	return undefined;
}
