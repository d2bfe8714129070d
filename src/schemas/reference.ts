/**
 * Reference data read from `data/` once per process. The zod enums in this folder are built from
 * these files, so a new taxonomy term or country is added in YAML, never retyped in code.
 * Paths are relative to the repository root (the working directory of every script and of Astro).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const ROOT = process.env.POP_ROOT ?? process.cwd();
export const dataPath = (...parts: string[]) => path.join(ROOT, 'data', ...parts);

export interface Term {
	id: string;
	label: string;
	description: string;
	/** For channel types: the platforms' web domains such a channel may link to. */
	domains?: string[];
	/** For resource types: the groups the site treats alike (helpline, support, help_path). */
	groups?: string[];
	/** For channel types: the channel kind of the census (data/taxonomies/channel-kinds.yaml). */
	kind?: string;
	[extra: string]: unknown;
}
export interface Taxonomy {
	id: string;
	label: string;
	description: string;
	terms: Term[];
}
export interface CountryRef {
	code: string;
	name: string;
	region: string | null;
	subregion: string | null;
	independent: boolean | null;
	area_km2: number | null;
	centroid: [number, number] | null;
	note?: string;
	/** false for a territory with no permanent population (data/uninhabited.yaml). */
	inhabited: boolean;
}
export interface RegionRef {
	code: string;
	name: string;
	subregions: { code: string; name: string }[];
}

const readYaml = (file: string): unknown => YAML.parse(fs.readFileSync(file, 'utf8'));

/** The taxonomy files, by file name without extension (`resource-types`, `channels` …). */
export const TAXONOMY_FILES = [
	'resource-types',
	'channels',
	'functions',
	'topics',
	'audiences',
	'age-bands',
	'report-scope',
	'memberships',
	'channel-kinds',
	'indicators',
	'policy-facts',
] as const;
export type TaxonomyName = (typeof TAXONOMY_FILES)[number];

let taxCache: Record<TaxonomyName, Taxonomy> | undefined;
export function taxonomies(): Record<TaxonomyName, Taxonomy> {
	if (!taxCache) {
		taxCache = Object.fromEntries(
			TAXONOMY_FILES.map((name) => [
				name,
				readYaml(dataPath('taxonomies', `${name}.yaml`)) as Taxonomy,
			]),
		) as Record<TaxonomyName, Taxonomy>;
	}
	return taxCache;
}

/** The ids of one taxonomy, as a non-empty tuple for z.enum. */
export function termIds(name: TaxonomyName): [string, ...string[]] {
	const ids = taxonomies()[name].terms.map((t) => t.id);
	if (!ids.length) throw new Error(`data/taxonomies/${name}.yaml has no terms`);
	return ids as [string, ...string[]];
}

let countryCache: CountryRef[] | undefined;
export function countryList(): CountryRef[] {
	if (!countryCache) {
		const empty = new Set(
			(
				readYaml(dataPath('uninhabited.yaml')) as { territories: { code: string }[] }
			).territories.map((t) => t.code),
		);
		countryCache = (
			readYaml(dataPath('countries.yaml')) as { countries: Omit<CountryRef, 'inhabited'>[] }
		).countries.map((c) => ({ ...c, inhabited: !empty.has(c.code) }));
	}
	return countryCache;
}
export function countryCodes(): [string, ...string[]] {
	return countryList().map((c) => c.code) as [string, ...string[]];
}

let regionCache: RegionRef[] | undefined;
export function regionList(): RegionRef[] {
	regionCache ??= (readYaml(dataPath('regions.yaml')) as { regions: RegionRef[] }).regions;
	return regionCache;
}
