import type { RecordRule } from '../rule';

export const harmonisedRule: RecordRule = {
	name: 'harmonised',
	description:
		'A record that names a harmonised number (116 111 …) has a channel with that number.',
	check(r, _ctx, report) {
		if (
			r.harmonised_number &&
			!r.channels.some(
				(c) => c.value?.replace(/\s/g, '') === r.harmonised_number!.replace(/\s/g, ''),
			)
		)
			report(
				['harmonised_number'],
				'harmonised',
				`no channel has the value "${r.harmonised_number}"`,
				`add a short_code channel with value: "${r.harmonised_number}", or remove harmonised_number`,
			);
	},
};
