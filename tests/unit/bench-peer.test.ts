/**
 * The benchmark's Starlight peer (scripts/bench/peer.ts): one Markdown page per record, at the
 * record's path, carrying the words a reader searches for, plus the pinned project files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PEER_TEMPLATE, peerInstallKey, writePeerSite } from '../../scripts/bench/peer';
import { FIXTURE_CONTENT, fixtureRepository } from './helpers/repository';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-peer-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the Starlight peer', () => {
	it('writes one page per record at the same path, with the numbers and the name', () => {
		const pages = writePeerSite(FIXTURE_CONTENT, tmp);
		// The fixture repository's records, as the validator reads them (tests/unit/exports.test.ts pins the six).
		const records = fixtureRepository().resources.map((r) => r.id);
		expect(pages).toBe(records.length);
		for (const id of records)
			expect(fs.existsSync(path.join(tmp, 'src/content/docs/resources', `${id}.md`))).toBe(true);
		const ke = fs.readFileSync(
			path.join(tmp, 'src/content/docs/resources/ke/childline.md'),
			'utf8',
		);
		expect(ke).toMatch(/^---\ntitle: ".+"\ndescription: ".+"\n---\n/);
		for (const n of ['116', '21116', '0722 116 116']) expect(ke).toContain(n);
		expect(ke).toContain('## How to reach them');
		expect(ke).toContain('## Sources');
	});
	it('carries the pinned versions and a configuration with one sidebar link', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(tmp, 'package.json'), 'utf8')) as {
			dependencies: Record<string, string>;
		};
		expect(pkg.dependencies).toEqual({ '@astrojs/starlight': '0.37.7', astro: '5.18.2' });
		const lock = JSON.parse(
			fs.readFileSync(path.join(PEER_TEMPLATE, 'package-lock.json'), 'utf8'),
		) as {
			packages: Record<string, { version: string }>;
		};
		expect(lock.packages['node_modules/@astrojs/starlight']?.version).toBe('0.37.7');
		expect(lock.packages['node_modules/astro']?.version).toBe('5.18.2');
		expect(fs.readFileSync(path.join(tmp, 'astro.config.mjs'), 'utf8')).toContain(
			"sidebar: [{ label: 'Peer', link: '/' }]",
		);
		expect(peerInstallKey()).toMatch(/^[0-9a-f]{12}$/);
	});
	it('keeps an installed node_modules when it rewrites the site', () => {
		fs.mkdirSync(path.join(tmp, 'node_modules'), { recursive: true });
		fs.writeFileSync(path.join(tmp, 'node_modules', 'marker'), '');
		writePeerSite(FIXTURE_CONTENT, tmp);
		expect(fs.existsSync(path.join(tmp, 'node_modules', 'marker'))).toBe(true);
	});
});
