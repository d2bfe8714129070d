/** /feeds/records.rss: records added and changed (RSS 2.0). */
import type { APIRoute } from 'astro';
import { feedEvents, rssFeed } from '../../exports/feeds';
import { exportContext } from '../../data/exports';

export const prerender = true;

export const GET: APIRoute = async () => {
	const { ds, git, meta } = await exportContext();
	return new Response(rssFeed(feedEvents(ds, git), meta), {
		headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
	});
};
