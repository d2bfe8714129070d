import type { RecordRule } from '../rule';

export const reportingRule: RecordRule = {
	name: 'reporting',
	description:
		'A reporting hotline lists reporting among its functions, and a reporting service says what reports it accepts.',
	check(r, _ctx, report) {
		if (r.resource_type === 'reporting_hotline' && !r.functions.includes('reporting'))
			report(
				['functions'],
				'reporting-function',
				'a reporting hotline must list reporting among its functions',
				'add reporting to functions, e.g. functions: [reporting]',
			);
		if (r.functions.includes('reporting') && !r.report_scope?.length)
			report(
				r.report_scope ? ['report_scope'] : ['functions'],
				'report-scope',
				'a reporting service must say what it accepts reports on',
				'add report_scope: [csam, …] (data/taxonomies/report-scope.yaml)',
			);
	},
};
