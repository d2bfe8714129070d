import type { RecordRule } from '../rule';

export const ageRule: RecordRule = {
	name: 'age',
	description: 'The youngest age served is not above the oldest.',
	check(r, _ctx, report) {
		if (r.age && r.age.min !== null && r.age.max !== null && r.age.min > r.age.max)
			report(
				['age'],
				'age-range',
				`age.min (${r.age.min}) is above age.max (${r.age.max})`,
				'swap them',
			);
	},
};
