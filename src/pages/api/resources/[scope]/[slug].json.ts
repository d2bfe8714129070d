/** /api/resources/<scope>/<slug>.json: one record with its organisation. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiResource } from '../../../../exports/api';
import { dataset } from '../../../../data/dataset';
import { exportContext } from '../../../../data/exports';

export const prerender = true;

export const getStaticPaths = (async () =>
	(await dataset()).resources.map((r) => {
		const [scope, slug] = r.id.split('/');
		return { params: { scope: scope!, slug: slug! } };
	})) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { ds, meta } = await exportContext();
	const r = ds.byId.get(`${params.scope}/${params.slug}`)!;
	return new Response(apiResource(ds, r, meta), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
