/** The link check, against a local server (no request leaves the machine). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, checkUrl, collectLinks, linkReport } from '../../scripts/lib/contrib/links';
import { rec, channel } from './helpers/records';

let server: http.Server;
let base = '';
beforeAll(async () => {
	server = http.createServer((req, res) => {
		const u = req.url ?? '/';
		const status: Record<string, number> = {
			'/ok': 200,
			'/gone': 404,
			'/removed': 410,
			'/forbidden': 403,
			'/no-head': req.method === 'HEAD' ? 405 : 200,
		};
		if (u === '/moved') res.writeHead(301, { Location: '/ok' }).end();
		else if (u === '/slow') setTimeout(() => res.writeHead(200).end(), 2000);
		else res.writeHead(status[u] ?? 500).end();
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('link check', () => {
	it('tells dead links from live ones and from ones it could not check', async () => {
		const st = async (p: string) => (await checkUrl(base + p, { timeoutMs: 500 })).state;
		expect(await st('/ok')).toBe('ok');
		expect(await st('/moved')).toBe('ok');
		expect(await st('/no-head')).toBe('ok');
		expect(await st('/gone')).toBe('dead');
		expect(await st('/removed')).toBe('dead');
		expect(await st('/forbidden')).toBe('unchecked');
		expect(await st('/error')).toBe('unchecked');
		expect(await checkUrl(`${base}/slow`, { timeoutMs: 200 })).toMatchObject({
			state: 'unchecked',
			detail: 'timed out',
		});
		// A port nobody listens on any more: connection refused is dead.
		const closed = http.createServer();
		await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((r) => closed.close(() => r()));
		expect(await checkUrl(`http://127.0.0.1:${port}/`, { timeoutMs: 500 })).toMatchObject({
			state: 'dead',
			detail: 'ECONNREFUSED',
		});
	});
	it('collects every address of every record once per place, checks each address once, and reports by file and field', async () => {
		const r = rec('ke/a', {
			url: `${base}/ok`,
			channels: [channel({ type: 'web_form', value: undefined, url: `${base}/gone` })] as never,
			sources: [
				{ url: `${base}/gone`, accessed: '2026-01-01' },
				{ url: `${base}/forbidden`, accessed: '2026-01-01' },
			],
		});
		const links = collectLinks([{ id: r.id, data: r }], []);
		expect(links.map((l) => l.field)).toEqual([
			'url',
			'channels[0].url',
			'sources[0].url',
			'sources[1].url',
		]);
		const results = await checkAll(
			links.map((l) => l.url),
			{ timeoutMs: 500 },
		);
		expect(results.size).toBe(3);
		const rep = linkReport(links, results, '2026-11-29', 'https://github.com/pop-atlas/pop-atlas');
		expect(rep.dead).toBe(1);
		expect(rep.unchecked).toBe(1);
		expect(rep.body).toContain(
			`| [content/resources/ke/a.yaml](https://github.com/pop-atlas/pop-atlas/blob/main/content/resources/ke/a.yaml) | \`channels[0].url\` | <${base}/gone> | HTTP 404 |`,
		);
		expect(rep.body).toContain('**1 dead**');
	});
});
