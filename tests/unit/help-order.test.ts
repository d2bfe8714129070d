/** The order of services for someone who needs help now (sortForHelp), used by country pages and the embed. */
import { describe, expect, it } from 'vitest';
import { sortForHelp } from '../../src/model/help-order';
import type { ResourceEntry } from '../../src/model/dataset';
import { channel, rec } from './helpers/records';

const NOW = '2026-11-29';
const evidence = {
	verification: {
		last_verified: '2026-11-01',
		method: 'desk_review' as const,
		verified_by_role: 'pop-data-editor',
		confidence: 'high' as const,
	},
	sources: [
		{
			url: 'https://example.org/',
			accessed: '2026-11-01',
			published: '2025',
			supports: ['channels'],
		},
	],
};
const base = rec('ke/base', {
	name: 'Base',
	audiences: ['children', 'adolescents'],
	channels: [channel({ cost: 'free', hours: { always_open: true } })],
	...evidence,
});
const variant = (id: string, patch: Partial<ResourceEntry>): ResourceEntry => ({
	...base,
	id,
	name: `Z ${id}`,
	...patch,
});
const paid = base.channels.map((c) => ({ ...c, cost: 'standard_rate' as const }));
const daytime = base.channels.map((c) => ({ ...c, hours: 'unknown' as const }));

describe('sortForHelp', () => {
	it('puts a line for children before a line only for the adults around them, whatever the names', () => {
		const parents = variant('x/a-parents-line', {
			name: 'A parents line',
			audiences: ['parents_carers'],
		});
		const children = variant('x/z-children-line', { name: 'Z children line' });
		expect(sortForHelp([parents, children], NOW).map((r) => r.id)).toEqual([
			'x/z-children-line',
			'x/a-parents-line',
		]);
	});
	it('then a line open 24/7 before one with other hours, then free before paid', () => {
		const a = variant('x/a', { name: 'A', channels: daytime });
		const b = variant('x/b', { name: 'B', channels: paid });
		const c = variant('x/c', { name: 'C' });
		expect(sortForHelp([a, b, c], NOW).map((r) => r.id)).toEqual(['x/c', 'x/b', 'x/a']);
	});
	it('keeps the type order first: a child helpline before a reporting hotline', () => {
		const hotline = variant('x/a-hotline', { name: 'A', resource_type: 'reporting_hotline' });
		const parents = variant('x/z-parents', {
			name: 'Z',
			audiences: ['parents_carers'],
			channels: paid,
		});
		expect(sortForHelp([hotline, parents], NOW).map((r) => r.id)).toEqual([
			'x/z-parents',
			'x/a-hotline',
		]);
	});
	it('an active line before a closed one', () => {
		const closed = variant('x/a-closed', { name: 'A', status: 'inactive' });
		const open = variant('x/z-open', { name: 'Z' });
		expect(sortForHelp([closed, open], NOW).map((r) => r.id)).toEqual(['x/z-open', 'x/a-closed']);
	});
});
