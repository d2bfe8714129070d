import type { RecordRule } from '../rule';

export const duplicateItemsRule: RecordRule = {
	name: 'duplicate-items',
	description:
		'No list of countries, languages, topics, audiences, functions or related records holds an item twice.',
	check(r, _ctx, report) {
		for (const key of [
			'countries',
			'languages',
			'topics',
			'audiences',
			'functions',
			'related',
		] as const) {
			const list = r[key] ?? [];
			list.forEach((v, j) => {
				if (list.indexOf(v) !== j)
					report([key, j], 'duplicate-item', `${v} is listed twice`, 'remove the second one');
			});
		}
	},
};
