/** /robots.txt: everything may be crawled; points to the sitemap written after the build. */
import type { APIRoute } from 'astro';
import { SITE } from '../data/exports';

export const prerender = true;

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
