import type { RecordRule } from '../rule';

export const scopeRule: RecordRule = {
	name: 'scope',
	description:
		'A global service lists no countries; a national or subnational one lists its country; a regional one names its regions or at least two countries.',
	check(r, _ctx, report) {
		if (r.scope === 'global' && r.countries.length)
			report(
				['countries'],
				'scope-countries',
				'a global service lists no countries',
				'write countries: [] (it is shown in every country)',
			);
		if (r.scope !== 'global' && r.scope !== 'regional' && !r.countries.length)
			report(
				['countries'],
				'scope-countries',
				`a ${r.scope} service must list its country`,
				'add the ISO code, e.g. countries: [KE]',
			);
		if (r.scope === 'regional' && !(r.regions?.length || r.countries.length > 1))
			report(
				['regions'],
				'scope-regions',
				'a regional service must name its regions or at least two countries',
				'add regions: [M49 codes] or list the countries',
			);
		if (r.applies_in?.length && r.scope !== 'global')
			report(
				['applies_in'],
				'scope-applies',
				'applies_in is for a global service that works in some countries only',
				'for a national or regional service, list the countries in countries',
			);
	},
};
