/**
 * The open-data exports for pages and endpoints: the context (dataset, indicators, licence and
 * version, git dates) and every file under /data/, each built once per build and shared.
 */
import { buildDataFiles, type ExportContext } from '../exports/catalogue';
import { readGitDates, type GitDates } from '../exports/git-dates';
import { exportMeta } from '../exports/meta';
import { SITE_URL } from '../site/site';
import { dataset } from './dataset';
import { indicators } from './indicators';
import { youth } from './youth';

/** The site's address from astro.config.mjs (`site`), without a trailing slash. */
export const SITE = SITE_URL;

let git: GitDates | undefined;
/** Dates of record files from git, read once. */
export function gitDates(): GitDates {
	git ??= readGitDates(['content/resources', 'content/organizations']);
	return git;
}

let ctx: Promise<ExportContext> | undefined;
export function exportContext(): Promise<ExportContext> {
	ctx ??= Promise.all([dataset(), indicators(), youth()]).then(([ds, ind, y]) => ({ ds, indicators: ind, meta: exportMeta({ site: SITE }), git: gitDates(), youth: { voices: y.files, practices: y.practices } }));
	return ctx;
}

let files: Promise<Map<string, string>> | undefined;
/** Every bulk download: path under /data/ → content. */
export function dataFiles(): Promise<Map<string, string>> {
	files ??= exportContext().then(buildDataFiles);
	return files;
}
