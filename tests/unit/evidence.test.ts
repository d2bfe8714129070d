/** How recent and how sure the evidence for a contact is (src/model/evidence.ts, src/model/clock.ts). */
import { describe, expect, it } from 'vitest';
import { lastDayOf, monthsSince, olderThan } from '../../src/model/clock';
import {
	channelsByEvidence,
	contactEvidence,
	sourceDate,
	supportsContact,
	trustRank,
	trusted,
} from '../../src/model/evidence';
import { sortForHelp } from '../../src/model/help-order';
import type { Resource } from '../../src/schemas/resource';
import { channel, rec } from './helpers/records';

const NOW = '2026-11-29';
type Source = Resource['sources'][number];
const src = (over: Partial<Source> = {}): Source => ({
	url: 'https://example.org/',
	accessed: '2026-11-01',
	...over,
});

describe('the clock', () => {
	it('ages a partial date from the last day it can stand for', () => {
		expect(lastDayOf('2024')).toBe('2024-12-31');
		expect(lastDayOf('2024-02')).toBe('2024-02-29');
		expect(lastDayOf('2023-02')).toBe('2023-02-28');
		expect(lastDayOf('2024-05-03')).toBe('2024-05-03');
		expect(monthsSince('2023', NOW)).toBe(34);
		expect(monthsSince('2023-11-30', NOW)).toBe(35);
	});
	it('calls a date older than N months only when every day it can stand for is', () => {
		expect(olderThan('2023-11-28', 36, NOW)).toBe(true);
		expect(olderThan('2023-11-29', 36, NOW)).toBe(false);
		expect(olderThan('2023', 36, NOW)).toBe(false);
		expect(olderThan('2023-10', 36, NOW)).toBe(true);
	});
});

describe('contact evidence', () => {
	it('takes the date a source carries, never the day it was read', () => {
		expect(sourceDate(src({ accessed: '2026-11-01' }))).toBeUndefined();
		expect(sourceDate(src({ published: '2019-03-04', updated: '2024' }))).toBe('2024');
		expect(sourceDate(src({ published: '2025-06', updated: '2025' }))).toBe('2025');
	});
	it('counts only sources that show the channel', () => {
		expect(supportsContact(src({ supports: ['channels'] }), 2)).toBe(true);
		expect(supportsContact(src({ supports: ['channels[2]'] }), 2)).toBe(true);
		expect(supportsContact(src({ supports: ['channels[1]'] }), 2)).toBe(false);
		expect(supportsContact(src({ supports: ['channels.anonymous', 'hours'] }), 2)).toBe(false);
		expect(supportsContact(src({}), 2)).toBe(true);
	});
	it('is confirmed by a recent dated source, old when the newest is more than three years old, undated without a date', () => {
		const verification = {
			last_verified: '2026-11-01',
			method: 'desk_review',
			verified_by_role: 'pop-data-editor',
			confidence: 'medium',
		} as const;
		expect(
			contactEvidence(
				{ verification, sources: [src({ published: '2025-06', supports: ['channels'] })] },
				0,
				NOW,
			),
		).toMatchObject({ state: 'confirmed', date: '2025-06', unsure: false });
		expect(
			contactEvidence(
				{
					verification,
					sources: [
						src({ published: '2019', supports: ['channels'] }),
						src({ published: '2025', supports: ['hours'] }),
					],
				},
				0,
				NOW,
			),
		).toMatchObject({ state: 'old', date: '2019' });
		expect(
			contactEvidence({ verification, sources: [src({ supports: ['channels'] })] }, 0, NOW),
		).toMatchObject({ state: 'undated' });
		expect(
			contactEvidence(
				{
					verification: { ...verification, confidence: 'low' },
					sources: [src({ published: '2026-01', supports: ['channels'] })],
				},
				0,
				NOW,
			),
		).toMatchObject({ state: 'confirmed', unsure: true });
	});
	it('trusts only confirmed, sure contacts', () => {
		expect(trusted({ state: 'confirmed', unsure: false })).toBe(true);
		expect(trusted({ state: 'confirmed', unsure: true })).toBe(false);
		expect(trusted({ state: 'old', date: '2019', unsure: false })).toBe(false);
	});
});

describe('help order', () => {
	const v = (confidence: 'high' | 'low') => ({
		last_verified: '2026-11-01',
		method: 'desk_review' as const,
		verified_by_role: 'pop-data-editor',
		confidence,
	});
	const confirmed = rec('ke/b-confirmed', {
		name: 'B confirmed',
		verification: v('high'),
		sources: [src({ published: '2025-01', supports: ['channels'] })],
	});
	const old = rec('ke/a-old', {
		name: 'A old',
		verification: v('high'),
		sources: [src({ published: '2018', supports: ['channels'] })],
	});
	const unsure = rec('ke/a-unsure', {
		name: 'A unsure',
		verification: v('low'),
		sources: [src({ published: '2025-01', supports: ['channels'] })],
	});
	it('ranks a confirmed contact above old, undated or unsure ones, whatever the names', () => {
		expect(trustRank(confirmed, NOW)).toBe(0);
		expect(trustRank(old, NOW)).toBe(2);
		expect(sortForHelp([old, unsure, confirmed], NOW).map((r) => r.id)).toEqual([
			'ke/b-confirmed',
			'ke/a-old',
			'ke/a-unsure',
		]);
	});
	it('a record with one confirmed and one old channel sits between the two', () => {
		const mixed = rec('ke/mixed', {
			channels: [channel(), channel({ value: '116 112' })],
			verification: v('high'),
			sources: [
				src({ published: '2025', supports: ['channels[0]'] }),
				src({ published: '2017', supports: ['channels[1]'] }),
			],
		});
		expect(trustRank(mixed, NOW)).toBe(1);
	});
	it('lists the confirmed channels of a record first, each group in the order of the file, each with its own index', () => {
		const r = rec('ps/two-numbers', {
			channels: [
				channel({ value: '121' }),
				channel({ value: '116 112' }),
				channel({ value: '164' }),
				channel({ value: '116 111' }),
			],
			verification: v('high'),
			sources: [
				src({ published: '2021', supports: ['channels[0]'] }),
				src({ published: '2026-04', supports: ['channels[2]', 'channels[3]'] }),
			],
		});
		const rows = channelsByEvidence(r, NOW);
		expect(rows.map((x) => [x.index, x.channel.value, x.evidence.state])).toEqual([
			[2, '164', 'confirmed'],
			[3, '116 111', 'confirmed'],
			[0, '121', 'old'],
			[1, '116 112', 'undated'],
		]);
		// A low confidence labels every channel as unsure but keeps the order by evidence.
		const low = channelsByEvidence({ ...r, verification: v('low') }, NOW);
		expect(low.map((x) => x.index)).toEqual([2, 3, 0, 1]);
		expect(low.every((x) => x.evidence.unsure)).toBe(true);
		// Without a confirmed channel the record's own order stays.
		expect(channelsByEvidence({ ...r, sources: [] }, NOW).map((x) => x.index)).toEqual([
			0, 1, 2, 3,
		]);
	});
});
