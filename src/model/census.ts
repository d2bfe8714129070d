/**
 * The channel census of a service: for each kind of channel (data/taxonomies/channel-kinds.yaml),
 * offered (a channel of that kind is in the record, or the census says, from a source, that the
 * service offers it at an address the source does not show), not offered or discontinued (the
 * record's channel_census says so, from a source), or not checked. Findings and map views count the four
 * states apart, so a kind nobody checked is never reported as missing.
 */
import type { Resource } from '../schemas/resource';
import { taxonomies } from '../schemas/reference';

export type CensusState = 'offered' | 'not_offered' | 'discontinued' | 'not_checked';

/** The census kinds, in taxonomy order. */
export const censusKinds = (): string[] => taxonomies()['channel-kinds'].terms.map((t) => t.id);

/** The census kind of a channel type (voice_call → voice, web_form → email …). */
export const kindOfChannel = (type: string): string | undefined =>
	taxonomies().channels.terms.find((t) => t.id === type)?.kind;

export function census(r: Pick<Resource, 'channels' | 'channel_census'>): Map<string, CensusState> {
	const out = new Map<string, CensusState>(censusKinds().map((k) => [k, 'not_checked']));
	for (const d of r.channel_census?.discontinued ?? []) out.set(d.kind, 'discontinued');
	for (const k of r.channel_census?.not_offered ?? []) out.set(k, 'not_offered');
	for (const k of r.channel_census?.offered_unlisted ?? []) out.set(k, 'offered');
	for (const c of r.channels) {
		const k = kindOfChannel(c.type);
		if (k) out.set(k, 'offered');
	}
	return out;
}

/** True when every kind is offered, not offered or discontinued: nothing left "not checked". */
export const censusComplete = (r: Pick<Resource, 'channels' | 'channel_census'>): boolean =>
	[...census(r).values()].every((s) => s !== 'not_checked');

/** The resource types whose channel census the mapping aims to complete. */
export const CENSUS_TYPES = ['child_helpline', 'youth_serving_crisis_helpline'] as const;

/**
 * How complete the channel census of child and youth helplines is: the one definition behind the
 * findings sentence and the coverage report. `unlisted` counts helplines whose census names a kind
 * the record cannot show as a channel yet (offered_unlisted).
 */
export function censusFigures(
	rs: readonly Pick<Resource, 'resource_type' | 'channels' | 'channel_census'>[],
): {
	helplines: number;
	complete: number;
	unlisted: number;
} {
	const helplines = rs.filter((r) => (CENSUS_TYPES as readonly string[]).includes(r.resource_type));
	return {
		helplines: helplines.length,
		complete: helplines.filter(censusComplete).length,
		unlisted: helplines.filter((r) => (r.channel_census?.offered_unlisted ?? []).length > 0).length,
	};
}
