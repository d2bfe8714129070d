/**
 * Builders of small in-memory datasets for unit tests: a record with every required field set to a
 * plain default, overridden per test. Not loaded from YAML, so each test states the facts it needs.
 */
import type { Channel, Resource } from '../../../src/schemas/resource';
import { buildDataset, type Dataset, type ResourceEntry } from '../../../src/model/dataset';
import type { KnownAbsent } from '../../../src/schemas/known-absent';

/** A channel: a voice line with cost, hours and anonymity unknown, unless overridden (a `url` replaces the number). */
export function channel(over: Partial<Channel> = {}): Channel {
	const c: Channel = {
		type: 'voice_call',
		value: '116 111',
		cost: 'unknown',
		hours: 'unknown',
		languages: [],
		anonymous: 'unknown',
		human_responder: 'unknown',
		...over,
	};
	if (over.url && over.value === undefined) delete c.value;
	return c;
}

/** A record with the id `<scope>/<slug>`; national child helpline in `countries` unless overridden. */
export function rec(id: string, over: Partial<Resource> = {}): ResourceEntry {
	const scope = id.split('/')[0]!;
	return {
		id,
		name: `Service ${id}`,
		organization: 'test-org',
		resource_type: 'child_helpline',
		functions: ['counselling'],
		status: 'active',
		scope: scope === 'global' ? 'global' : scope === 'regional' ? 'regional' : 'national',
		countries: scope.length === 2 ? [scope.toUpperCase()] : [],
		description: 'A test service.',
		url: 'https://example.org/',
		channels: [channel()],
		audiences: ['children'],
		topics: ['abuse_violence'],
		languages: ['en'],
		verification: {
			last_verified: '2026-06-01',
			method: 'desk_review',
			verified_by_role: 'pop-data-editor',
			confidence: 'high',
		},
		sources: [{ url: 'https://example.org/', accessed: '2026-06-01' }],
		...over,
	};
}

/** A dataset of these records over the real country list (data/countries.yaml). */
export function fixtureDataset(
	records: ResourceEntry[],
	absent: KnownAbsent['entries'] = [],
): Dataset {
	return buildDataset(records, [], [], absent);
}

/** A sourced absence. */
export const absence = (
	country: string,
	indicator: KnownAbsent['entries'][number]['indicator'],
): KnownAbsent['entries'][number] => ({
	country,
	indicator,
	note: 'A test source says there is none.',
	sources: [{ url: 'https://example.org/absence', accessed: '2026-06-01' }],
});
