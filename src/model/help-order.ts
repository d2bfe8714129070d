/** The order of services for someone who needs help now: country pages, the embed, related services. */
import type { Resource } from '../schemas/resource';
import { today } from './clock';
import { trustRank } from './evidence';

/** Order in which services appear in a country's help-now block: child helplines first. */
export const HELP_ORDER = [
	'child_helpline',
	'youth_serving_crisis_helpline',
	'online_safety_helpline',
	'peer_support',
	'reporting_hotline',
	'takedown_tool',
	'law_enforcement_reporting',
	'regulator_complaints',
	'safer_internet_centre',
	'youth_participation_initiative',
	'education_resource',
	'platform_safety_feature',
	'directory_aggregator',
	'emergency_service',
];
/**
 * Where a service goes in a list for someone who needs help now: by type (HELP_ORDER), then active
 * before closed, then services for children or adolescents before those only for the adults around
 * them (a parents' line), then services whose contacts a recent dated source confirms before those
 * with old, undated or unsure evidence, then those with a channel open 24/7, then free ones.
 */
export const helpRank = (r: Resource, now: string = today()) => {
	const i = HELP_ORDER.indexOf(r.resource_type);
	const forChildren = r.audiences.some((a) => a === 'children' || a === 'adolescents');
	const always = r.channels.some((c) => c.hours !== 'unknown' && 'always_open' in c.hours);
	const free = r.channels.some((c) => c.cost === 'free' || c.cost === 'free_from_some_networks');
	return (
		(i < 0 ? 99 : i) * 1000 +
		(r.status === 'active' ? 0 : 500) +
		(forChildren ? 0 : 300) +
		trustRank(r, now) * 100 +
		(always ? 0 : 10) +
		(free ? 0 : 5)
	);
};
export const sortForHelp = <T extends Resource & { name: string }>(
	list: T[],
	now: string = today(),
): T[] => {
	const rank = new Map(list.map((r) => [r, helpRank(r, now)]));
	return [...list].sort(
		(a, b) => rank.get(a)! - rank.get(b)! || a.name.localeCompare(b.name, 'en'),
	);
};
