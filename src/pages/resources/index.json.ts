/** The compact directory index the filter script reads (see src/lib/directory.ts). */
import type { APIRoute } from 'astro';
import { dataset } from '../../data/dataset';
import { compactIndex } from '../../lib/directory';
import { countryName, termLabel } from '../../lib/labels';

export const GET: APIRoute = async () => {
	const ds = await dataset();
	const index = compactIndex(ds, (r) => `${termLabel('resource-types', r.resource_type)} · ${r.scope === 'global' ? 'Global' : r.countries.map((c) => countryName(c)).join(', ')}`);
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
