/** JSON download of each findings chart (words, columns and rows): /findings/<id>.json */
import type { APIRoute, GetStaticPaths } from 'astro';
import { findingsChart } from '../../data/findings';
import { chartJson } from '../../charts/spec';
import { CHART_IDS } from '../../model/findings';
import { REACH_IDS } from '../../model/reach-help';

export const getStaticPaths: GetStaticPaths = () =>
	[...CHART_IDS, ...REACH_IDS].map((chart) => ({ params: { chart } }));

export const GET: APIRoute = async ({ params }) => {
	const spec = await findingsChart(String(params.chart));
	if (!spec) return new Response('not found', { status: 404 });
	return new Response(chartJson(spec), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
