import type { RecordRule } from '../rule';

export const RESOURCE_PATH = /^content\/resources\/([^/]+)\/([^/]+)\.ya?ml$/;

/** The id is the path: content/resources/<scope>/<slug>.yaml, and the folder binds the scope. */
export const pathRule: RecordRule = {
	name: 'path',
	description:
		"A record lives at content/resources/<country|global|regional>/<slug>.yaml; only global/ and regional/ hold global and regional services, and a country folder is one of the record's countries.",
	check(r, ctx, report) {
		const m = RESOURCE_PATH.exec(ctx.logicalPath);
		if (!m) {
			report(
				[],
				'path',
				'a resource must live at content/resources/<scope>/<slug>.yaml',
				'move it under a lower-case country code, global or regional folder',
			);
			return;
		}
		const [, scope, slug] = m as unknown as [string, string, string];
		if (!/^(?:[a-z]{2}|global|regional)$/.test(scope))
			report(
				[],
				'path-scope',
				`the folder "${scope}" is not a lower-case country code, "global" or "regional"`,
				`rename the folder${/^[A-Z]{2}$/.test(scope) ? ` to "${scope.toLowerCase()}"` : ''}`,
			);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
			report(
				[],
				'path-slug',
				`the file name "${slug}" is not a slug`,
				'use lower-case letters, digits and single hyphens, e.g. childline-kenya.yaml',
			);
		const cc = scope.toUpperCase();
		if (scope === 'global') {
			if (r.scope !== 'global')
				report(
					['scope'],
					'scope-folder',
					`a record in content/resources/global/ must have scope: global, not ${r.scope}`,
					'set scope: global, or move the file to its country folder',
				);
		} else if (scope === 'regional') {
			if (r.scope !== 'regional')
				report(
					['scope'],
					'scope-folder',
					'a record in content/resources/regional/ must have scope: regional',
					'set scope: regional, or move the file',
				);
		} else if (/^[a-z]{2}$/.test(scope) && (r.scope === 'global' || r.scope === 'regional')) {
			report(
				['scope'],
				'scope-folder',
				`a record in the ${scope}/ folder cannot have scope: ${r.scope}`,
				`set scope: national or subnational, or move the file to content/resources/${r.scope}/ (only that folder holds ${r.scope} services)`,
			);
		} else if (/^[a-z]{2}$/.test(scope) && r.countries.length && !r.countries.includes(cc)) {
			report(
				['countries'],
				'scope-folder',
				`the file is in the ${scope}/ folder but countries does not include ${cc}`,
				`add ${cc} to countries, or move the file to the folder of its main country`,
			);
		}
	},
};
