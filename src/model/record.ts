/** Helpers for one record: related services, freshness, the correction link. */
import type { Dataset, ResourceEntry } from './dataset';
import { sortForHelp } from './help-order';
import { inGroup } from './groups';
import { REPO_URL } from '../site/site';
import { olderThan, RECHECK_MONTHS, today } from './clock';

/** True when the record was last checked more than RECHECK_MONTHS before `now`. */
export const isStale = (lastVerified: string, now = today()): boolean =>
	olderThan(lastVerified, RECHECK_MONTHS, now);

/**
 * Services on the same help-and-report path: those the record names in `related`, those that
 * name it, and in its country the child helpline, reporting hotline and takedown tools it lacks.
 */
export function relatedFor(ds: Dataset, r: ResourceEntry, max = 8): ResourceEntry[] {
	const out = new Map<string, ResourceEntry>();
	for (const id of r.related ?? []) {
		const x = ds.byId.get(id);
		if (x) out.set(x.id, x);
	}
	for (const cc of r.countries) {
		for (const x of ds.byCountry.get(cc) ?? []) {
			if (
				x.id !== r.id &&
				(x.related?.includes(r.id) ||
					(inGroup(x, 'help_path') && x.resource_type !== r.resource_type))
			)
				out.set(x.id, x);
		}
	}
	if (r.scope !== 'global')
		for (const x of ds.global) if (x.resource_type === 'takedown_tool') out.set(x.id, x);
	return sortForHelp([...out.values()]).slice(0, max);
}

/** A pre-filled "correct a record" issue on the repository. */
export function correctionUrl(r: ResourceEntry): string {
	const q = new URLSearchParams({
		template: 'correct-a-record.yml',
		title: `Correction: ${r.name} (${r.id})`,
		record: r.id,
	});
	return `${REPO_URL}/issues/new?${q.toString()}`;
}
