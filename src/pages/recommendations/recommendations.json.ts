/** /recommendations/recommendations.json: every recommendation as open data, with its vocabularies and the report's version. */
import type { APIRoute } from 'astro';
import { recommendations } from '../../data/recommendations';
import { recUrl } from '../../site/recommendation-routes';
import { SITE_URL } from '../../site/site';

export const GET: APIRoute = async () => {
	const { data } = await recommendations();
	const base = new URL(`${SITE_URL}/`);
	const body = {
		report: {
			title: data.report.title,
			version: data.report.version,
			status: data.report.status,
			updated: data.report.updated,
		},
		licence: 'CC BY 4.0',
		schema: new URL('/schemas/recommendations.schema.json', base).href,
		vocabulary: data.vocabulary,
		recommendations: data.recommendations.map(({ file: _file, line: _line, ...r }) => ({
			...r,
			url: new URL(recUrl(r.id), base).href,
		})),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
