/** Writes every bulk download listed in src/exports/catalogue.ts under /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES } from '../../exports/catalogue';
import { dataFiles } from '../../data/exports';

export const prerender = true;

export const getStaticPaths = (() => DATA_FILES.map((f) => ({ params: { file: f.path } }))) satisfies GetStaticPaths;

const TYPES = { JSON: 'application/json', CSV: 'text/csv', GeoJSON: 'application/geo+json' } as const;

export const GET: APIRoute = async ({ params }) => {
	const file = DATA_FILES.find((f) => f.path === params.file)!;
	const body = (await dataFiles()).get(file.path)!;
	return new Response(body, { headers: { 'Content-Type': `${TYPES[file.format]}; charset=utf-8` } });
};
