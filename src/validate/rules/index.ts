/**
 * The validator's rules, one file each, in the order they run:
 * - on every file, whatever its kind: text.ts (hidden characters, one-line names), links.ts
 *   (addresses read as written), future-dates.ts;
 * - on each resource record: RECORD_RULES below;
 * - across files: collection.ts (ids, references, copied contact points) and links.ts (look-alike
 *   hosts, foreign domains), evidence.ts (figures, voices, practices).
 */
import type { RecordRule } from '../rule';
import { ageRule } from './age';
import { censusRule } from './census';
import { channelNeedsRule } from './channel-needs';
import { duplicateItemsRule } from './duplicate-items';
import { harmonisedRule } from './harmonised';
import { hoursRule } from './hours';
import { languagesRule } from './languages';
import { pathRule } from './path';
import { phoneRule } from './phone';
import { reportingRule } from './reporting';
import { scopeRule } from './scope';
import { staleRule } from './stale';
import { summaryChildRule } from './summary-child';
import { translationsRule } from './translations';
import { urlsRule } from './urls';

export const RECORD_RULES: readonly RecordRule[] = [
	pathRule,
	scopeRule,
	channelNeedsRule,
	phoneRule,
	urlsRule,
	hoursRule,
	languagesRule,
	duplicateItemsRule,
	harmonisedRule,
	reportingRule,
	summaryChildRule,
	translationsRule,
	ageRule,
	censusRule,
	staleRule,
];

export { RESOURCE_PATH } from './path';
export { futureDates } from './future-dates';
export { textProblems } from './text';
export { linkProblems, linkCollectionProblems, type DeclaredDomain } from './links';
export { contactKeys, textKey } from './phone';
