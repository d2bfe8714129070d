/** /api/countries/<cc>.json: one country's indicators, emergency numbers and records. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiCountry } from '../../../exports/api';
import { dataset } from '../../../data/dataset';
import { exportContext } from '../../../data/exports';

export const prerender = true;

export const getStaticPaths = (async () =>
	(await dataset()).countries.map((c) => ({
		params: { cc: c.code.toLowerCase() },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { ds, indicators, meta } = await exportContext();
	return new Response(apiCountry(ds, indicators, String(params.cc).toUpperCase(), meta), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
