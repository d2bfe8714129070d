/** /feeds/records.atom: records added and changed (Atom). */
import type { APIRoute } from 'astro';
import { atomFeed, feedEvents } from '../../exports/feeds';
import { exportContext } from '../../data/exports';

export const prerender = true;

export const GET: APIRoute = async () => {
	const { ds, git, meta } = await exportContext();
	return new Response(atomFeed(feedEvents(ds, git), meta), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
