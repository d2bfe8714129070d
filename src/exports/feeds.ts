/**
 * Atom and RSS feeds of records added and changed, dated from the git history of each record file
 * (src/exports/git-dates.ts). A record without git dates (no history, a shallow clone, or a
 * file not yet committed) appears once, dated by its `last_verified`, as "checked".
 */
import type { Dataset } from '../model/dataset';
import type { GitDates } from './git-dates';
import type { ExportMeta } from './meta';

export type FeedEventKind = 'added' | 'updated' | 'checked';
export interface FeedEvent {
	kind: FeedEventKind;
	id: string;
	name: string;
	/** ISO date-time. */
	date: string;
	summary: string;
	type: string;
}

/** Change events, newest first, at most `limit`. */
export function feedEvents(ds: Dataset, git: GitDates, limit = 100): FeedEvent[] {
	const out: FeedEvent[] = [];
	for (const r of ds.resources) {
		const d = git.files.get(`content/resources/${r.id}.yaml`);
		const base = { id: r.id, name: r.name, summary: r.description, type: r.resource_type };
		if (d?.created) out.push({ ...base, kind: 'added', date: d.created });
		if (d && d.updated !== d.created) out.push({ ...base, kind: 'updated', date: d.updated });
		if (!d)
			out.push({ ...base, kind: 'checked', date: `${r.verification.last_verified}T00:00:00.000Z` });
	}
	return out
		.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
		.slice(0, limit);
}

const TITLES: Record<FeedEventKind, string> = {
	added: 'Added',
	updated: 'Updated',
	checked: 'Checked',
};

export const xmlEscape = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

export const FEED_PATHS = { atom: '/feeds/records.atom', rss: '/feeds/records.rss' } as const;

/** Atom 1.0 (RFC 4287). */
export function atomFeed(events: FeedEvent[], meta: ExportMeta): string {
	const e = xmlEscape;
	const updated = events[0]?.date ?? `${meta.date}T00:00:00.000Z`;
	const entries = events.map(
		(ev) => `  <entry>
    <id>${e(`${meta.site}/resources/${ev.id}/#${ev.kind}-${ev.date}`)}</id>
    <title>${e(`${TITLES[ev.kind]}: ${ev.name}`)}</title>
    <updated>${ev.date}</updated>
    <link rel="alternate" type="text/html" href="${e(`${meta.site}/resources/${ev.id}/`)}"/>
    <category term="${e(ev.type)}"/>
    <summary>${e(ev.summary)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${e(meta.site + FEED_PATHS.atom)}</id>
  <title>POP Atlas: records added and changed</title>
  <subtitle>Services for children and young people added to or changed in the POP Atlas mapping.</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${e(meta.site + FEED_PATHS.atom)}"/>
  <link rel="alternate" type="text/html" href="${e(`${meta.site}/data/`)}"/>
  <author><name>POP Atlas</name></author>
  <rights>${e(`${meta.licence.name} (${meta.licence.url}). Cite as: ${meta.citation}`)}</rights>
${entries.join('\n')}
</feed>
`;
}

/** RSS 2.0. */
export function rssFeed(events: FeedEvent[], meta: ExportMeta): string {
	const e = xmlEscape;
	const rfc822 = (iso: string) => new Date(iso).toUTCString();
	const items = events.map(
		(ev) => `    <item>
      <title>${e(`${TITLES[ev.kind]}: ${ev.name}`)}</title>
      <link>${e(`${meta.site}/resources/${ev.id}/`)}</link>
      <guid isPermaLink="false">${e(`${meta.site}/resources/${ev.id}/#${ev.kind}-${ev.date}`)}</guid>
      <pubDate>${rfc822(ev.date)}</pubDate>
      <category>${e(ev.type)}</category>
      <description>${e(ev.summary)}</description>
    </item>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>POP Atlas: records added and changed</title>
    <link>${e(`${meta.site}/data/`)}</link>
    <atom:link rel="self" type="application/rss+xml" href="${e(meta.site + FEED_PATHS.rss)}"/>
    <description>Services for children and young people added to or changed in the POP Atlas mapping.</description>
    <language>en</language>
    <copyright>${e(`${meta.licence.name} (${meta.licence.url}). Cite as: ${meta.citation}`)}</copyright>
    <lastBuildDate>${rfc822(events[0]?.date ?? `${meta.date}T00:00:00.000Z`)}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
}
