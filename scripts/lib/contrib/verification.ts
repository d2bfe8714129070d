/**
 * How a contributor's record says it was checked. The contributor says how they know the facts
 * (the same choices in the issue forms and in `npm run new`); the record then carries their own
 * check — role community-contributor, confidence low — and never an editor's, until an editor
 * checks it and writes their own role and confidence.
 */
import { CONTRIBUTOR_ROLE } from '../../../src/schemas/resource';

/** How a contributor knows the facts; the id becomes verification.method. */
export const HOW_KNOWN: readonly { id: string; label: string }[] = [
	{ id: 'website_check', label: "I read the service's own website" },
	{ id: 'desk_review', label: 'I read another page or document about it' },
	{ id: 'contacted', label: 'I contacted the service' },
	{ id: 'self_reported', label: 'I work for the service' },
];

/** The verification block of a record (or a correction) sent by a contributor. */
export function contributorVerification(date: string, method: string) {
	return {
		last_verified: date,
		method,
		verified_by_role: CONTRIBUTOR_ROLE,
		confidence: 'low' as const,
	};
}
