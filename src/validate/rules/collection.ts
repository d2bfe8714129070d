/** Rules across resource files: unique ids, references that resolve, contact points not copied by mistake, look-alike hosts. */
import type { Organization } from '../../schemas/organization';
import type { Resource } from '../../schemas/resource';
import { taxonomies } from '../../schemas/reference';
import { numberCountry } from '../../model/contact';
import type { Entry } from '../index';
import { didYouMean, fieldName, type Problem } from '../problem';
import { locate } from '../yaml-file';
import { linkCollectionProblems } from './links';
import { contactKeys, textKey } from './phone';

/** The country that reads a record's national numbers: its folder, or its only country. */
const recordCountry = (r: Entry<Resource>) => numberCountry(r.id, r.data.countries);

/** Rules across files: unique ids, references that resolve, contact points not copied by mistake. */
export function collectionRules(
	resources: Entry<Resource>[],
	organizations: Entry<Organization>[],
	existingIds = new Set<string>(),
): Problem[] {
	const out: Problem[] = [];
	const problem = (
		e: Entry<unknown>,
		p: (string | number)[],
		rule: string,
		message: string,
		hint: string,
		mode: 'value' | 'key' = 'value',
	): Problem => ({
		file: e.file,
		...locate(e.parsed, p, mode),
		field: fieldName(p),
		message,
		hint,
		severity: 'error',
		rule,
	});
	const byId = new Map<string, Entry<Resource>>();
	for (const r of resources) {
		const other = byId.get(r.id);
		if (other)
			out.push(
				problem(
					r,
					[],
					'duplicate-id',
					`the id ${r.id} is already used by ${other.file}`,
					'each record needs its own file name; rename one of them',
				),
			);
		else byId.set(r.id, r);
	}
	const orgIds = organizations.map((o) => o.id);
	const orgSet = new Set(orgIds);
	for (const r of resources) {
		if (!orgSet.has(r.data.organization)) {
			const guess = didYouMean(r.data.organization, orgIds);
			out.push(
				problem(
					r,
					['organization'],
					'unknown-organization',
					`no organisation "${r.data.organization}" in content/organizations/`,
					guess
						? `did you mean "${guess}"? Otherwise add content/organizations/${r.data.organization}.yaml`
						: `add content/organizations/${r.data.organization}.yaml, or fix the name`,
				),
			);
		}
		(r.data.related ?? []).forEach((rel, i) => {
			if (rel === r.id) {
				out.push(
					problem(
						r,
						['related', i],
						'related-self',
						'a record cannot be related to itself',
						'remove this id from related',
					),
				);
			} else if (!byId.has(rel) && existingIds.has(rel)) {
				out.push(
					problem(
						r,
						['related', i],
						'invalid-related',
						`the record "${rel}" has errors of its own`,
						'fix that record first (its problems are listed above)',
					),
				);
			} else if (!byId.has(rel)) {
				const guess = didYouMean(
					rel,
					[...byId.keys()].filter((k) => k !== r.id),
				);
				out.push(
					problem(
						r,
						['related', i],
						'unknown-related',
						`there is no record content/resources/${rel}.yaml`,
						guess ? `did you mean "${guess}"?` : 'check the spelling, or add that record first',
					),
				);
			}
		});
	}
	// Hosts that look like another record's, and channels that leave the service's own domain.
	const orgUrl = new Map(organizations.map((o) => [o.id, o.data.url]));
	out.push(
		...linkCollectionProblems(
			resources.map((r) => ({
				file: r.file,
				parsed: r.parsed,
				homes: [r.data.url, orgUrl.get(r.data.organization)].filter((u): u is string => !!u),
				channels: r.data.channels,
				declared: r.data.declared_domains ?? [],
			})),
			(type) => taxonomies().channels.terms.find((t) => t.id === type)?.domains ?? [],
		),
	);
	// The same number or link in two records is usually a copy-paste mistake, unless one says why.
	// Numbers are compared by meaning (the normalised number), however each record spells them.
	const seen = new Map<string, { entry: Entry<Resource>; path: (string | number)[] }>();
	for (const r of resources) {
		const cc = recordCountry(r);
		const shared = new Set((r.data.shared_contacts ?? []).map((s) => textKey(s.value, cc)));
		const keys: {
			key: string;
			raw: string;
			path: (string | number)[];
			type?: string | undefined;
		}[] = [];
		r.data.channels.forEach((c, i) => {
			for (const k of contactKeys(c, cc))
				keys.push({
					key: k.key,
					raw: String(c[k.field]),
					path: ['channels', i, k.field],
					type: c.type,
				});
		});
		(r.data.previous_numbers ?? []).forEach((p, i) =>
			keys.push({
				key: textKey(p.value, cc),
				raw: p.value,
				path: ['previous_numbers', i, 'value'],
				type: p.type,
			}),
		);
		const mine = new Map<string, (typeof keys)[number]>();
		for (const k of keys) {
			const earlier = mine.get(k.key);
			if (earlier) {
				// Within one record the same number may be repeated (value, e164, its link), but an old
				// number cannot also be a current one of the same kind.
				const old =
					k.path[0] === 'previous_numbers'
						? k
						: earlier.path[0] === 'previous_numbers'
							? earlier
							: undefined;
				const current = old === k ? earlier : k;
				if (
					old &&
					current.path[0] !== 'previous_numbers' &&
					(!old.type || old.type === current.type)
				)
					out.push(
						problem(
							r,
							k.path,
							'previous-is-current',
							`"${k.raw}" is listed as a previous number and as a current channel`,
							'remove it from previous_numbers, or from the channels if it no longer works',
						),
					);
				continue;
			}
			mine.set(k.key, k);
			const first = seen.get(k.key);
			const firstShared =
				first &&
				new Set(
					(first.entry.data.shared_contacts ?? []).map((s) =>
						textKey(s.value, recordCountry(first.entry)),
					),
				);
			if (!first) seen.set(k.key, { entry: r, path: k.path });
			else if (first.entry !== r && !shared.has(k.key) && !firstShared!.has(k.key))
				out.push(
					problem(
						r,
						k.path,
						'duplicate-contact',
						`"${k.raw}" is also in ${first.entry.file} (${fieldName(first.path)})`,
						`if both services really share it, add shared_contacts: [{ value: "${k.raw}", reason: "…" }] to one of them; otherwise correct the copy`,
					),
				);
		}
	}
	return out;
}
