/**
 * The pages a change touches, for a pull request's quick check (.github/workflows/ci.yml): a change
 * that only edits records, organisations, emergency numbers, figures or policy profiles is checked
 * in the browser on the pages that show them, in every language; any other change (code, templates,
 * taxonomies, chapters, dependencies) needs the full browser suite.
 */
import { LANG_CODES, localizePath } from '../../src/i18n/languages';

export interface TouchedRecord {
	id: string;
	organization: string;
	countries: readonly string[];
	applies_in?: readonly string[] | undefined;
}

export type Touched =
	{ full: true; reason: string } | { full: false; pages: string[]; files: string[] };

/** Where a global or regional record shows besides its own page: these countries' pages stand in for all. */
const SAMPLE_COUNTRIES = ['gb', 'ke', 'br'];

const RECORD = /^content\/resources\/([a-z]{2}|global|regional)\/([a-z0-9-]+)\.yaml$/;
const ORGANIZATION = /^content\/organizations\/([a-z0-9-]+)\.yaml$/;
const EMERGENCY = /^data\/emergency-numbers\/([a-z]{2})\.yaml$/;
const POLICY = /^data\/policy\/([a-z]{2})\.yaml$/;
const FIGURES = /^data\/figures\/[a-z0-9-]+\.yaml$/;

/**
 * @param files changed paths, relative to the repository, with / separators
 * @param records the records of the changed tree
 * @param readFile reads a changed file (for the countries a figures file names); undefined when deleted
 */
export function touchedPages(
	files: readonly string[],
	records: readonly TouchedRecord[],
	readFile: (file: string) => string | undefined = () => undefined,
): Touched {
	if (!files.length) return { full: true, reason: 'no changed files were found' };
	const paths = new Set<string>();
	/** Pages that exist in English only (the embed widget). */
	const single = new Set<string>();
	const country = (cc: string) => {
		const c = cc.toLowerCase();
		paths.add(`/countries/${c}/`);
		paths.add(`/countries/${c}/brief/`);
		single.add(`/embed/${c}/`);
	};
	const record = (r: TouchedRecord) => {
		paths.add(`/resources/${r.id}/`);
		paths.add(`/organizations/${r.organization}/`);
		const where = r.countries.length ? r.countries : (r.applies_in ?? []);
		for (const cc of where.length ? where : SAMPLE_COUNTRIES) country(cc);
	};
	const byId = new Map(records.map((r) => [r.id, r]));
	for (const file of files) {
		let m: RegExpExecArray | null;
		if ((m = RECORD.exec(file))) {
			const r = byId.get(`${m[1]}/${m[2]}`);
			if (r) record(r);
			// A deleted record: its country's pages must no longer show it (a global or regional
			// one showed on every country's page: a sample stands in), nor the directory.
			else {
				for (const cc of m[1]!.length === 2 ? [m[1]!] : SAMPLE_COUNTRIES) country(cc);
				paths.add('/resources/');
			}
		} else if ((m = ORGANIZATION.exec(file))) {
			const own = records.filter((r) => r.organization === m![1]);
			for (const r of own) record(r);
			// An organisation without services (or deleted): the directory stands in.
			if (!own.length) paths.add('/resources/');
		} else if ((m = EMERGENCY.exec(file)) || (m = POLICY.exec(file))) {
			country(m[1]!);
			if (file.startsWith('data/policy/')) paths.add('/map/');
		} else if (FIGURES.test(file)) {
			paths.add('/findings/');
			for (const c of (readFile(file) ?? '').matchAll(/\bcountry: ([A-Z]{2})\b/g)) country(c[1]!);
		} else return { full: true, reason: `${file} is not a record, organisation or data file` };
	}
	const pages = [
		...[...paths].sort().flatMap((p) => LANG_CODES.map((lang) => localizePath(lang, p))),
		...[...single].sort(),
	];
	return { full: false, pages, files: [...files] };
}
