/**
 * A record page and a help-now block list the channels a recent dated source confirms before the
 * ones whose evidence is old or undated, so the first button a child taps is the best-evidenced one;
 * each keeps its own evidence line.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import ChannelList from '../../src/components/ChannelList.astro';
import { channel, rec } from '../unit/helpers/records';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
	// The evidence ages with the clock: pin today so the 2026 source stays recent.
	vi.stubEnv('POP_TODAY', '2026-12-06');
});
afterAll(() => {
	vi.unstubAllEnvs();
});

const record = rec('ps/two-numbers', {
	channels: [
		channel({ type: 'short_code', value: '121' }),
		channel({ type: 'short_code', value: '164' }),
	],
	verification: {
		last_verified: '2026-12-06',
		method: 'desk_review',
		verified_by_role: 'pop-data-editor',
		confidence: 'medium',
	},
	sources: [
		{
			url: 'https://example.org/2015',
			accessed: '2026-12-06',
			published: '2015',
			supports: ['channels[0]'],
		},
		{
			url: 'https://example.org/2026',
			accessed: '2026-12-06',
			published: '2026-04',
			supports: ['channels[1]'],
		},
	],
});

describe('the order of a record’s channels', () => {
	for (const variant of ['full', 'compact'] as const)
		it(`puts the confirmed number before the old one (${variant})`, async () => {
			const html = await container.renderToString(ChannelList, {
				props: { record, lang: 'en', variant },
			});
			const at164 = html.indexOf('href="tel:164"');
			const at121 = html.indexOf('href="tel:121"');
			expect(at164).toBeGreaterThan(-1);
			expect(at121).toBeGreaterThan(at164);
			// Each number keeps its own evidence: 2026 under 164, 2015 under 121.
			const second = html.slice(at121);
			expect(html.slice(at164, at121)).toContain('2026');
			expect(second).toContain('2015');
			expect(second).not.toContain('2026');
		});
});
