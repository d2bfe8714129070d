/** /api/index.json: every country and record, with links to their files. */
import type { APIRoute } from 'astro';
import { apiIndex } from '../../exports/api';
import { exportContext } from '../../data/exports';

export const prerender = true;

export const GET: APIRoute = async () => {
	const { ds, indicators, meta } = await exportContext();
	return new Response(apiIndex(ds, indicators, meta), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
