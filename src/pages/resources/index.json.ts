/** The compact directory index the filter script reads (see src/model/directory.ts). */
import type { APIRoute } from 'astro';
import { dataset } from '../../data/dataset';
import { compactIndex } from '../../model/directory';

export const GET: APIRoute = async () => {
	const ds = await dataset();
	return new Response(JSON.stringify(compactIndex(ds)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
