import { EXPIRE_MONTHS, olderThan, RECHECK_MONTHS } from '../../model/clock';
import type { RecordRule } from '../rule';

export const staleRule: RecordRule = {
	name: 'stale',
	description: `A record checked more than ${RECHECK_MONTHS} months ago is a warning; more than ${EXPIRE_MONTHS} months ago, an error.`,
	check(r, _ctx, report) {
		const lv = r.verification.last_verified;
		if (olderThan(lv, EXPIRE_MONTHS))
			report(
				['verification', 'last_verified'],
				'stale',
				`last verified ${lv}, more than ${EXPIRE_MONTHS} months ago`,
				'check every contact fact against the sources again and update the date',
			);
		else if (olderThan(lv, RECHECK_MONTHS))
			report(
				['verification', 'last_verified'],
				'stale',
				`last verified ${lv}, more than ${RECHECK_MONTHS} months ago`,
				'check the record again soon',
				'warning',
			);
	},
};
