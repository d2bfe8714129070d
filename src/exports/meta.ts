/**
 * Licence, citation and version stated on the downloads page and inside every exported file.
 * Data: CC BY 4.0; code: MIT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../schemas/reference';
import { today } from '../model/clock';

export const DATA_LICENCE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
export const CODE_LICENCE = {
	id: 'MIT',
	name: 'MIT License',
	url: 'https://opensource.org/license/mit',
} as const;
export const DATASET_TITLE = 'Protection through Online Participation global mapping';

export interface ExportMeta {
	title: string;
	/** Release of the software and data model, from package.json. */
	version: string;
	/** Date the files were generated, YYYY-MM-DD. */
	date: string;
	/** The site the files belong to, without a trailing slash, e.g. https://pop-atlas.org */
	site: string;
	licence: { id: string; name: string; url: string };
	citation: string;
}

/** The citation line, e.g. "POP Atlas (2026), Protection through Online Participation global mapping, version 0.1.0 (2026-11-29). https://pop-atlas.org/data/" */
export function citation(version: string, date: string, site: string): string {
	return `POP Atlas (${date.slice(0, 4)}), ${DATASET_TITLE}, version ${version} (${date}). ${site}/data/`;
}

/** Builds the metadata block from explicit values (tests) or from package.json and today's date. */
export function exportMeta(opts: { site: string; version?: string; date?: string }): ExportMeta {
	const version = opts.version ?? packageVersion();
	const date = opts.date ?? today();
	const site = opts.site.replace(/\/+$/, '');
	return {
		title: `POP Atlas: ${DATASET_TITLE}`,
		version,
		date,
		site,
		licence: { ...DATA_LICENCE },
		citation: citation(version, date, site),
	};
}

let versionCache: string | undefined;
/** The version in package.json. */
export function packageVersion(root = ROOT): string {
	versionCache ??= (
		JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
	).version;
	return versionCache;
}

/** The object with its `id` as the first key (how records and organisations appear in the exports). */
export function idFirst<T extends { id: string }>(o: T): T {
	const { id, ...rest } = o;
	return { id, ...rest } as T;
}

/** The licence and citation block placed at the top of every JSON export. */
export function jsonHeader(meta: ExportMeta): {
	title: string;
	licence: ExportMeta['licence'];
	citation: string;
	version: string;
	generated: string;
} {
	return {
		title: meta.title,
		licence: meta.licence,
		citation: meta.citation,
		version: meta.version,
		generated: meta.date,
	};
}
