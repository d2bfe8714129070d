/**
 * Kinds of service the site treats alike, defined once in data/taxonomies/resource-types.yaml
 * (`groups` of each type), and the one definition of an active service:
 * - helpline: what the help-now block lists first (child helplines, youth crisis lines);
 * - support: what a child contacts for help (the indicators' support services);
 * - help_path: the services on the same help-and-report path as a record (related services).
 */
import type { Resource } from '../schemas/resource';
import { taxonomies } from '../schemas/reference';

export type ServiceGroup = 'helpline' | 'support' | 'help_path';

const cache = new Map<ServiceGroup, Set<string>>();
/** The resource types in a group. */
export function typesIn(group: ServiceGroup): Set<string> {
	let s = cache.get(group);
	if (!s) {
		const types = taxonomies()['resource-types'].terms;
		s = new Set(types.filter((t) => t.groups?.includes(group)).map((t) => t.id));
		cache.set(group, s);
	}
	return s;
}
export const inGroup = (r: Pick<Resource, 'resource_type'>, group: ServiceGroup) =>
	typesIn(group).has(r.resource_type);

/**
 * Running now: only then are its numbers links a child can tap (Call, Text). An inactive, closed or
 * temporarily closed service shows its numbers as text with a notice, and the post-build check
 * refuses a tel:/sms: link that only such a service has (src/model/contact.ts dialLinks).
 */
export const answersNow = (r: Pick<Resource, 'status'>) => r.status === 'active';

/** Active, or only temporarily closed: the service counts for help-now lists and indicators. */
export const isActive = (r: Pick<Resource, 'status'>) =>
	r.status === 'active' || r.status === 'temporarily_closed';
