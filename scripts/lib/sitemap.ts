/**
 * The sitemap (sitemaps.org protocol), written after the build from the pages actually built, so
 * it lists every page whoever added it. Left out: the 404 page, the embeddable widgets (meant for
 * other sites' iframes) and any page marked noindex.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listHtml } from './checks';
import { xmlEscape } from '../../src/exports/feeds';

export interface SitemapUrl {
	loc: string;
	/** YYYY-MM-DD or a full ISO date-time. */
	lastmod?: string;
}

/** The sitemap XML for these URLs (sorted for stable output). */
export function sitemapXml(urls: SitemapUrl[]): string {
	const body = [...urls]
		.sort((a, b) => a.loc.localeCompare(b.loc))
		.map(
			(u) =>
				`  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Site paths (e.g. /countries/ke/) of the built pages that belong in the sitemap. */
export function sitemapPaths(dist: string): string[] {
	return listHtml(dist)
		.filter((f) => {
			const html = fs.readFileSync(f, 'utf8');
			return !/<meta name="robots" content="[^"]*noindex/i.test(
				html.slice(0, html.indexOf('</head>') >>> 0),
			);
		})
		.map((f) => `/${path.relative(dist, f).replace(/\\/g, '/')}`.replace(/index\.html$/, ''))
		.filter((p) => p !== '/404.html' && !p.startsWith('/embed/'));
}
