/**
 * The organisations already listed (content/organizations/*.yaml), read for the contributor tools:
 * `npm run new` offers those of the record's country, and both it and the issue path find an
 * organisation by its id, name, other name or website rather than adding it twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Organization } from '../../../src/schemas/organization';

export interface ListedOrganization {
	id: string;
	name: string;
	alternate_name?: string | undefined;
	countries: string[];
	url?: string | undefined;
}

/** An organisation file's text as a listed organisation (undefined when it cannot be read). */
export function listedOrganization(id: string, text: string): ListedOrganization | undefined {
	try {
		const doc = parseDocument(text, { version: '1.2' }).toJS() as Partial<Organization> | null;
		if (!doc || typeof doc.name !== 'string') return undefined;
		return {
			id,
			name: doc.name,
			alternate_name: doc.alternate_name,
			countries: Array.isArray(doc.countries) ? doc.countries : [],
			url: doc.url,
		};
	} catch {
		return undefined;
	}
}

/** Every organisation under `<contentRoot>/content/organizations/`, by id. */
export function listOrganizations(contentRoot: string): ListedOrganization[] {
	const dir = path.join(contentRoot, 'content/organizations');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.flatMap((f) => {
			const o = listedOrganization(
				f.replace(/\.ya?ml$/, ''),
				fs.readFileSync(path.join(dir, f), 'utf8'),
			);
			return o ? [o] : [];
		});
}

/** Organisations based in or working in any of `countries` ([] for a global record: international bodies). */
export const organizationsIn = (
	orgs: ListedOrganization[],
	countries: string[],
): ListedOrganization[] =>
	countries.length
		? orgs.filter((o) => o.countries.some((c) => countries.includes(c)))
		: orgs.filter((o) => o.countries.length === 0);

const site = (u: string) =>
	u
		.toLowerCase()
		.replace(/^https?:\/\/(www\.)?/, '')
		.replace(/[/?#]+$/, '');

/** The listed organisation an answer names: by id, name, other name (any case) or the same website. */
export function findOrganization(
	orgs: ListedOrganization[],
	answer: string,
	url?: string,
): string | undefined {
	const want = answer.trim().toLowerCase();
	for (const o of orgs) {
		if (o.id === want) return o.id;
		if (o.name.toLowerCase() === want || o.alternate_name?.toLowerCase() === want) return o.id;
		if (url && o.url && site(o.url) === site(url)) return o.id;
	}
	return undefined;
}
