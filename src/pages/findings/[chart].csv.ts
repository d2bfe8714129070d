/** CSV download of each findings chart's data table: /findings/<id>.csv */
import type { APIRoute, GetStaticPaths } from 'astro';
import { findingsChart } from '../../data/findings';
import { chartCsv } from '../../charts/spec';
import { CHART_IDS } from '../../model/findings';
import { REACH_IDS } from '../../model/reach-help';

export const getStaticPaths: GetStaticPaths = () =>
	[...CHART_IDS, ...REACH_IDS].map((chart) => ({ params: { chart } }));

export const GET: APIRoute = async ({ params }) => {
	const spec = await findingsChart(String(params.chart));
	if (!spec) return new Response('not found', { status: 404 });
	return new Response(chartCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
