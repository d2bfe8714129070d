import { taxonomies } from '../../schemas/reference';
import type { RecordRule } from '../rule';

export const summaryChildRule: RecordRule = {
	name: 'summary-child',
	description:
		'A record of a child-facing type (data/taxonomies/resource-types.yaml, child_facing) has a line for children.',
	check(r, _ctx, report) {
		const childFacing = taxonomies()['resource-types'].terms.find(
			(t) => t.id === r.resource_type,
		)?.child_facing;
		if (childFacing && !r.summary_child)
			report(
				['resource_type'],
				'summary-child',
				`a ${r.resource_type} record needs a line for children`,
				'add summary_child: one plain sentence, at most 140 characters',
			);
	},
};
