import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomFeed, feedEvents, rssFeed } from '../../src/exports/feeds';
import { parseGitLog, readGitDates } from '../../src/exports/git-dates';
import { exportMeta } from '../../src/exports/meta';
import { sitemapPaths, sitemapXml } from '../../scripts/lib/sitemap';
import { fixtureDataset, rec } from './helpers/records';

const meta = exportMeta({
	site: 'https://pop-atlas.example',
	version: '1.0.0',
	date: '2026-11-29',
});

describe('dates from git', () => {
	const log = [
		'',
		'ccc 2026-03-01T10:00:00+00:00\n\ncontent/resources/ke/a.yaml\n',
		'bbb 2026-02-01T10:00:00+00:00\n\ncontent/resources/ke/a.yaml\ncontent/resources/ke/b.yaml\n',
		'aaa 2026-01-01T10:00:00+00:00\n\ncontent/resources/ke/a.yaml\n',
	].join('\0');
	it('takes the oldest commit as added and the newest as changed', () => {
		const m = parseGitLog(log);
		expect(m.get('content/resources/ke/a.yaml')).toEqual({
			created: '2026-01-01T10:00:00.000Z',
			updated: '2026-03-01T10:00:00.000Z',
		});
		expect(m.get('content/resources/ke/b.yaml')).toEqual({
			created: '2026-02-01T10:00:00.000Z',
			updated: '2026-02-01T10:00:00.000Z',
		});
	});
	it('in a shallow clone, ignores the boundary commit (it shows every file as added) and gives no date of addition', () => {
		const m = parseGitLog(log.split('\0').slice(0, 3).join('\0'), new Set(['bbb']));
		expect(m.get('content/resources/ke/a.yaml')).toEqual({ updated: '2026-03-01T10:00:00.000Z' });
		expect(m.has('content/resources/ke/b.yaml')).toBe(false);
	});
	it('outside a git repository, returns no dates and says why instead of failing', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-nogit-'));
		const g = readGitDates(['content/resources'], dir);
		expect(g.files.size).toBe(0);
		expect(g.limitation).toMatch(/no git history/);
	});
});

describe('feeds', () => {
	const ds = fixtureDataset([
		rec('ke/a', { name: 'Tom & Jerry <line>' }),
		rec('ke/b'),
		rec('gb/c', {
			verification: {
				last_verified: '2026-05-05',
				method: 'desk_review',
				verified_by_role: 'pop-data-editor',
				confidence: 'high',
			},
		}),
	]);
	const git = {
		files: new Map([
			[
				'content/resources/ke/a.yaml',
				{ created: '2026-01-01T00:00:00.000Z', updated: '2026-03-01T00:00:00.000Z' },
			],
			[
				'content/resources/ke/b.yaml',
				{ created: '2026-02-01T00:00:00.000Z', updated: '2026-02-01T00:00:00.000Z' },
			],
		]),
	};
	it('lists additions and changes from git, newest first; a record without history appears as checked', () => {
		const ev = feedEvents(ds, git);
		expect(ev.map((e) => `${e.kind} ${e.id} ${e.date.slice(0, 10)}`)).toEqual([
			'checked gb/c 2026-05-05',
			'updated ke/a 2026-03-01',
			'added ke/b 2026-02-01',
			'added ke/a 2026-01-01',
		]);
	});
	it('writes Atom and RSS with escaped text, absolute links and the licence', () => {
		const ev = feedEvents(ds, git);
		const atom = atomFeed(ev, meta);
		expect(atom.match(/<entry>/g)).toHaveLength(ev.length);
		expect(atom).toContain('Tom &amp; Jerry &lt;line&gt;');
		expect(atom).not.toContain('Tom & Jerry');
		expect(atom).toContain('href="https://pop-atlas.example/resources/ke/a/"');
		expect(atom).toContain('<updated>2026-05-05T00:00:00.000Z</updated>');
		expect(atom).toContain('<rights>Creative Commons Attribution 4.0 International');
		const rss = rssFeed(ev, meta);
		expect(rss.match(/<item>/g)).toHaveLength(ev.length);
		expect(rss).toContain('<pubDate>Tue, 05 May 2026 00:00:00 GMT</pubDate>');
	});
});

describe('sitemap', () => {
	it('lists built pages, but not the 404 page, embeds or noindex pages', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-sitemap-'));
		const page = (p: string, head = '') => {
			fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
			fs.writeFileSync(path.join(dir, p), `<html><head>${head}</head><body></body></html>`);
		};
		page('index.html');
		page('countries/ke/index.html');
		page('404.html');
		page('embed/ke/index.html');
		page('private/index.html', '<meta name="robots" content="noindex" />');
		expect(sitemapPaths(dir).sort()).toEqual(['/', '/countries/ke/']);
	});
	it('escapes addresses and adds lastmod where known', () => {
		const xml = sitemapXml([
			{ loc: 'https://x.example/a?b=1&c=2' },
			{ loc: 'https://x.example/', lastmod: '2026-01-01' },
		]);
		expect(xml).toContain('<loc>https://x.example/a?b=1&amp;c=2</loc>');
		expect(xml).toContain('<url><loc>https://x.example/</loc><lastmod>2026-01-01</lastmod></url>');
		expect(xml.match(/<url>/g)).toHaveLength(2);
	});
});
