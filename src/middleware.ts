/**
 * Sets the page's interface language from its path (Astro.locals.lang, read by pages and by
 * components inside MDX) and keeps readers in their language: pages under /fr/, /es/ and /ar/
 * get their internal links rewritten to the same language (src/site/localize-links.ts). Runs
 * when each page is rendered: at build time for this static site, and in the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { langOfPath } from './i18n/languages';
import { localizeHtml } from './site/localize-links';

export const onRequest = defineMiddleware(async (context, next) => {
	const lang = langOfPath(context.url.pathname);
	context.locals.lang = lang;
	const response = await next();
	if (lang === 'en' || !response.headers.get('content-type')?.includes('text/html'))
		return response;
	const html = await response.text();
	return new Response(localizeHtml(lang, html), {
		status: response.status,
		headers: response.headers,
	});
});
