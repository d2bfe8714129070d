/**
 * The validator: reads every content and reference file, checks it against the committed JSON
 * Schema (ajv) and the rules a schema cannot express, and returns the problems together with the
 * parsed records. The Astro content loader uses the same function, so the site is built from
 * exactly what was validated and an invalid file fails the build with the same messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Organization } from '../schemas/organization';
import type { Resource } from '../schemas/resource';
import type { EmergencyNumbers } from '../schemas/emergency';
import type { KnownAbsent } from '../schemas/known-absent';
import type { FigureFile, PolicyProfile } from '../schemas/evidence';
import type { VoiceFile } from '../schemas/voices';
import type { Practice } from '../schemas/practice';
import { ROOT, taxonomies } from '../schemas/reference';
import { didYouMean, fieldName, formatProblem, type Problem } from './problem';
import { futureDates, RESOURCE_PATH, resourceRules } from './rules';
import { contactKeys, textKey } from './phone';
import { numberCountry } from '../model/contact';
import { buildDataset, type Dataset } from '../model/dataset';
import { linkCollectionProblems, linkProblems, type DeclaredDomain } from './link-rules';
import { textProblems } from './text-rules';
import { schemaProblems, type SchemaName } from './schema-check';
import { locate, parseYamlFile, yaml11Problems, type ParsedYaml } from './yaml-file';

export interface InputFile {
	/** Path shown in messages (repository-relative). */
	file: string;
	/** Where the file counts as being, e.g. content/resources/ke/x.yaml (tests validate fixtures "as" a path). */
	logicalPath: string;
	bytes: Uint8Array;
}

export interface Entry<T> {
	id: string;
	file: string;
	data: T;
	parsed: ParsedYaml;
}

export interface ValidationResult {
	problems: Problem[];
	resources: Entry<Resource>[];
	organizations: Entry<Organization>[];
	emergency: Entry<EmergencyNumbers>[];
	knownAbsent: KnownAbsent['entries'];
	/** Sourced figures, one entry per source publication (data/figures/). */
	figures: Entry<FigureFile>[];
	/** Country policy profiles (data/policy/). */
	policy: Entry<PolicyProfile>[];
	/** Young people's statements, one entry per source (content/voices/). */
	voices: Entry<VoiceFile>[];
	/** Good practice (content/practices/). */
	practices: Entry<Practice>[];
	files: number;
}

const ORG_PATH = /^content\/organizations\/([^/]+)\.ya?ml$/;
const EMERGENCY_PATH = /^data\/emergency-numbers\/([^/]+)\.ya?ml$/;

export function kindOf(logicalPath: string): SchemaName | 'unknown' {
	if (logicalPath.startsWith('content/resources/')) return 'resource';
	if (logicalPath.startsWith('content/organizations/')) return 'organization';
	if (logicalPath.startsWith('data/emergency-numbers/')) return 'emergency-numbers';
	if (logicalPath.startsWith('data/taxonomies/')) return 'taxonomy';
	if (logicalPath === 'data/assessment-criteria.yaml') return 'assessment-criteria';
	if (logicalPath === 'data/known-absent.yaml') return 'known-absent';
	if (logicalPath.startsWith('data/figures/')) return 'figures';
	if (logicalPath.startsWith('data/policy/')) return 'policy-profile';
	if (logicalPath.startsWith('content/voices/')) return 'voices';
	if (logicalPath.startsWith('content/practices/')) return 'practice';
	return 'unknown';
}

/** Every file the validator reads, repository-relative, sorted. Files starting with `_` are templates. */
export function collectFiles(root = ROOT, contentRoot = process.env.POP_CONTENT_DIR ? path.resolve(root, process.env.POP_CONTENT_DIR) : root): InputFile[] {
	const out: InputFile[] = [];
	const walk = (dir: string) => {
		// Records may come from another folder (POP_CONTENT_DIR: benchmarks, test sites); reference data never does.
		const base = dir.startsWith('content/') ? contentRoot : root;
		const abs = path.join(base, dir);
		if (!fs.existsSync(abs)) return;
		for (const ent of fs.readdirSync(abs, { withFileTypes: true })) {
			const rel = `${dir}/${ent.name}`;
			if (ent.isDirectory()) walk(rel);
			else if (!ent.name.startsWith('_') && !ent.name.startsWith('.')) out.push({ file: rel, logicalPath: rel, bytes: fs.readFileSync(path.join(base, rel)) });
		}
	};
	walk('content/resources');
	walk('content/organizations');
	walk('content/voices');
	walk('content/practices');
	walk('data/emergency-numbers');
	walk('data/figures');
	walk('data/policy');
	walk('data/taxonomies');
	out.push(...['data/assessment-criteria.yaml', 'data/known-absent.yaml'].filter((f) => fs.existsSync(path.join(root, f))).map((f) => ({ file: f, logicalPath: f, bytes: fs.readFileSync(path.join(root, f)) })));
	return out.sort((a, b) => a.file.localeCompare(b.file));
}

export function validateFiles(inputs: InputFile[]): ValidationResult {
	const problems: Problem[] = [];
	const resources: Entry<Resource>[] = [];
	const organizations: Entry<Organization>[] = [];
	const emergency: Entry<EmergencyNumbers>[] = [];
	const knownAbsent: KnownAbsent['entries'] = [];
	const figures: Entry<FigureFile>[] = [];
	const policy: Entry<PolicyProfile>[] = [];
	const voices: Entry<VoiceFile>[] = [];
	const practices: Entry<Practice>[] = [];
	const slugOf = (p: string) => /([^/]+)\.ya?ml$/.exec(p)?.[1] ?? p;

	for (const input of inputs) {
		try {
			checkOne(input);
		} catch (e) {
			// A rule that throws is a bug of ours, but the contributor still learns which file set it off.
			problems.push({ file: input.file, line: 1, col: 1, field: '(file)', message: `the validator could not check this file (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, hint: 'look for unusual structure or characters in the file, and report this message to the maintainers', severity: 'error', rule: 'internal' });
		}
	}
	function checkOne(input: InputFile) {
		const kind = kindOf(input.logicalPath);
		if (!/\.ya?ml$/.test(input.logicalPath) || kind === 'unknown') {
			problems.push({ file: input.file, line: 1, col: 1, field: '(file)', message: 'this file is not a YAML record', hint: 'records are .yaml files; move or delete this file', severity: 'error', rule: 'not-yaml' });
			return;
		}
		const parsed = parseYamlFile(input.file, input.bytes);
		problems.push(...parsed.problems);
		if (parsed.problems.length) return;
		const textErrors = textProblems(parsed);
		const schemaErrors = schemaProblems(parsed, kind);
		const declared = ((parsed.data as { declared_domains?: DeclaredDomain[] }).declared_domains ?? []).filter((d) => d && typeof d.domain === 'string');
		const linkErrors = linkProblems(parsed, declared);
		problems.push(...textErrors, ...schemaErrors, ...linkErrors);
		if (textErrors.length || schemaErrors.length || linkErrors.length) return;
		const portability = yaml11Problems(parsed);
		problems.push(...portability);
		if (portability.length) return;
		if (kind === 'resource') {
			const m = RESOURCE_PATH.exec(input.logicalPath);
			const id = m ? `${m[1]}/${m[2]}` : input.logicalPath;
			const data = parsed.data as Resource;
			const ruleProblems = resourceRules({ parsed, logicalPath: input.logicalPath }, data);
			problems.push(...ruleProblems);
			if (!ruleProblems.some((p) => p.severity === 'error')) resources.push({ id, file: input.file, data, parsed });
		} else if (kind === 'organization') {
			const m = ORG_PATH.exec(input.logicalPath);
			const id = m?.[1] ?? input.logicalPath;
			const own: Problem[] = futureDates(parsed, parsed.data);
			if (!m || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
				own.push({ file: input.file, line: 1, col: 1, field: '(file)', message: `the file name "${id}" is not a slug`, hint: 'use lower-case letters, digits and hyphens, e.g. ke-childline-kenya.yaml', severity: 'error', rule: 'path-slug' });
			problems.push(...own);
			if (!own.length) organizations.push({ id, file: input.file, data: parsed.data as Organization, parsed });
		} else if (kind === 'known-absent') {
			const own = futureDates(parsed, parsed.data);
			problems.push(...own);
			if (!own.length) knownAbsent.push(...(parsed.data as KnownAbsent).entries);
		} else if (kind === 'figures' || kind === 'voices' || kind === 'practice' || kind === 'policy-profile') {
			const own: Problem[] = futureDates(parsed, parsed.data);
			const id = slugOf(input.logicalPath);
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
				own.push({ file: input.file, line: 1, col: 1, field: '(file)', message: `the file name "${id}" is not a slug`, hint: 'use lower-case letters, digits and hyphens', severity: 'error', rule: 'path-slug' });
			if (kind === 'policy-profile' && (parsed.data as PolicyProfile).country.toLowerCase() !== id)
				own.push({ file: input.file, ...locate(parsed, ['country']), field: 'country', message: `country ${(parsed.data as PolicyProfile).country} does not match the file name ${id}.yaml`, hint: `name the file ${(parsed.data as PolicyProfile).country.toLowerCase()}.yaml`, severity: 'error', rule: 'policy-file' });
			problems.push(...own);
			if (own.length) return;
			const entry = { id, file: input.file, parsed };
			if (kind === 'figures') figures.push({ ...entry, data: parsed.data as FigureFile });
			else if (kind === 'voices') voices.push({ ...entry, data: parsed.data as VoiceFile });
			else if (kind === 'practice') practices.push({ ...entry, data: parsed.data as Practice });
			else policy.push({ ...entry, data: parsed.data as PolicyProfile });
		} else if (kind === 'emergency-numbers') {
			const m = EMERGENCY_PATH.exec(input.logicalPath);
			const data = parsed.data as EmergencyNumbers;
			const own: Problem[] = futureDates(parsed, data);
			if (m?.[1] !== data.country.toLowerCase())
				own.push({ file: input.file, ...locate(parsed, ['country']), field: 'country', message: `country ${data.country} does not match the file name ${m?.[1]}.yaml`, hint: `name the file ${data.country.toLowerCase()}.yaml`, severity: 'error', rule: 'emergency-file' });
			problems.push(...own);
			if (!own.length) emergency.push({ id: data.country, file: input.file, data, parsed });
		}
	}
	const allResourceIds = new Set(inputs.map((i) => RESOURCE_PATH.exec(i.logicalPath)).filter((m) => m).map((m) => `${m![1]}/${m![2]}`));
	problems.push(...collectionRules(resources, organizations, allResourceIds));
	problems.push(...evidenceRules(figures, voices, practices, new Set(resources.map((r) => r.id))));
	// Records with cross-file errors are not published either.
	const bad = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
	return {
		problems,
		resources: resources.filter((r) => !bad.has(r.file)),
		organizations: organizations.filter((o) => !bad.has(o.file)),
		emergency: emergency.filter((e) => !bad.has(e.file)),
		knownAbsent,
		figures: figures.filter((e) => !bad.has(e.file)),
		policy: policy.filter((e) => !bad.has(e.file)),
		voices: voices.filter((e) => !bad.has(e.file)),
		practices: practices.filter((e) => !bad.has(e.file)),
		files: inputs.length,
	};
}

/** Rules across files: unique ids, references that resolve, contact points not copied by mistake. */
export function collectionRules(resources: Entry<Resource>[], organizations: Entry<Organization>[], existingIds = new Set<string>()): Problem[] {
	const out: Problem[] = [];
	const problem = (e: Entry<unknown>, p: (string | number)[], rule: string, message: string, hint: string, mode: 'value' | 'key' = 'value'): Problem => ({
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
		if (other) out.push(problem(r, [], 'duplicate-id', `the id ${r.id} is already used by ${other.file}`, 'each record needs its own file name; rename one of them'));
		else byId.set(r.id, r);
	}
	const orgIds = organizations.map((o) => o.id);
	const orgSet = new Set(orgIds);
	for (const r of resources) {
		if (!orgSet.has(r.data.organization)) {
			const guess = didYouMean(r.data.organization, orgIds);
			out.push(problem(r, ['organization'], 'unknown-organization', `no organisation "${r.data.organization}" in content/organizations/`, guess ? `did you mean "${guess}"? Otherwise add content/organizations/${r.data.organization}.yaml` : `add content/organizations/${r.data.organization}.yaml, or fix the name`));
		}
		(r.data.related ?? []).forEach((rel, i) => {
			if (rel === r.id) {
				out.push(problem(r, ['related', i], 'related-self', 'a record cannot be related to itself', 'remove this id from related'));
			} else if (!byId.has(rel) && existingIds.has(rel)) {
				out.push(problem(r, ['related', i], 'invalid-related', `the record "${rel}" has errors of its own`, 'fix that record first (its problems are listed above)'));
			} else if (!byId.has(rel)) {
				const guess = didYouMean(rel, [...byId.keys()].filter((k) => k !== r.id));
				out.push(problem(r, ['related', i], 'unknown-related', `there is no record content/resources/${rel}.yaml`, guess ? `did you mean "${guess}"?` : 'check the spelling, or add that record first'));
			}
		});
	}
	// Hosts that look like another record's, and channels that leave the service's own domain.
	const orgUrl = new Map(organizations.map((o) => [o.id, o.data.url]));
	out.push(
		...linkCollectionProblems(
			resources.map((r) => ({ file: r.file, parsed: r.parsed, homes: [r.data.url, orgUrl.get(r.data.organization)].filter((u): u is string => !!u), channels: r.data.channels, declared: r.data.declared_domains ?? [] })),
			(type) => taxonomies().channels.terms.find((t) => t.id === type)?.domains ?? [],
		),
	);
	// The same number or link in two records is usually a copy-paste mistake, unless one says why.
	// Numbers are compared by meaning (the normalised number), however each record spells them.
	const seen = new Map<string, { entry: Entry<Resource>; path: (string | number)[] }>();
	for (const r of resources) {
		const cc = recordCountry(r);
		const shared = new Set((r.data.shared_contacts ?? []).map((s) => textKey(s.value, cc)));
		const keys: { key: string; raw: string; path: (string | number)[]; type?: string | undefined }[] = [];
		r.data.channels.forEach((c, i) => {
			for (const k of contactKeys(c, cc)) keys.push({ key: k.key, raw: String(c[k.field]), path: ['channels', i, k.field], type: c.type });
		});
		(r.data.previous_numbers ?? []).forEach((p, i) => keys.push({ key: textKey(p.value, cc), raw: p.value, path: ['previous_numbers', i, 'value'], type: p.type }));
		const mine = new Map<string, (typeof keys)[number]>();
		for (const k of keys) {
			const earlier = mine.get(k.key);
			if (earlier) {
				// Within one record the same number may be repeated (value, e164, its link), but an old
				// number cannot also be a current one of the same kind.
				const old = k.path[0] === 'previous_numbers' ? k : earlier.path[0] === 'previous_numbers' ? earlier : undefined;
				const current = old === k ? earlier : k;
				if (old && current.path[0] !== 'previous_numbers' && (!old.type || old.type === current.type))
					out.push(problem(r, k.path, 'previous-is-current', `"${k.raw}" is listed as a previous number and as a current channel`, 'remove it from previous_numbers, or from the channels if it no longer works'));
				continue;
			}
			mine.set(k.key, k);
			const first = seen.get(k.key);
			const firstShared = first && new Set((first.entry.data.shared_contacts ?? []).map((s) => textKey(s.value, recordCountry(first.entry))));
			if (!first) seen.set(k.key, { entry: r, path: k.path });
			else if (first.entry !== r && !shared.has(k.key) && !firstShared!.has(k.key))
				out.push(problem(r, k.path, 'duplicate-contact', `"${k.raw}" is also in ${first.entry.file} (${fieldName(first.path)})`, `if both services really share it, add shared_contacts: [{ value: "${k.raw}", reason: "…" }] to one of them; otherwise correct the copy`));
		}
	}
	return out;
}

/**
 * Rules across the evidence files: figure and statement ids are unique; a figure, statement or
 * practice that names a record names one that exists; a practice cites sources it lists.
 */
export function evidenceRules(figures: Entry<FigureFile>[], voices: Entry<VoiceFile>[], practices: Entry<Practice>[], recordIds: Set<string>): Problem[] {
	const out: Problem[] = [];
	const at = (e: Entry<unknown>, path: (string | number)[], rule: string, message: string, hint: string) => out.push({ file: e.file, ...locate(e.parsed, path), field: fieldName(path), message, hint, severity: 'error', rule });
	const seen = new Map<string, string>();
	for (const f of figures)
		f.data.figures.forEach((x, i) => {
			const other = seen.get(`figure:${x.id}`);
			if (other) at(f, ['figures', i, 'id'], 'duplicate-id', `the figure id ${x.id} is already used in ${other}`, 'give each figure its own id');
			else seen.set(`figure:${x.id}`, f.file);
			if (x.service && !recordIds.has(x.service)) at(f, ['figures', i, 'service'], 'unknown-related', `there is no record content/resources/${x.service}.yaml`, 'check the id, or leave service out');
			if (x.unit === 'percent' && x.value > 100) at(f, ['figures', i, 'value'], 'figure-percent', `${x.value} is more than 100 percent`, 'a share is written 0 to 100');
		});
	for (const v of voices)
		v.data.statements.forEach((x, i) => {
			const other = seen.get(`statement:${x.id}`);
			if (other) at(v, ['statements', i, 'id'], 'duplicate-id', `the statement id ${x.id} is already used in ${other}`, 'give each statement its own id');
			else seen.set(`statement:${x.id}`, v.file);
		});
	for (const p of practices) {
		(p.data.records ?? []).forEach((id, i) => {
			if (!recordIds.has(id)) at(p, ['records', i], 'unknown-related', `there is no record content/resources/${id}.yaml`, 'check the id');
		});
		const n = p.data.sources.length;
		for (const key of ['outcomes', 'challenges', 'lessons'] as const)
			(p.data[key] ?? []).forEach((x, i) => {
				if (x.source >= n) at(p, [key, i, 'source'], 'practice-source', `source ${x.source} does not exist (the practice lists ${n})`, 'sources are counted from 0 in the order of `sources`');
			});
	}
	return out;
}

/** The country that reads a record's national numbers: its folder, or its only country. */
export const recordCountry = (r: Entry<Resource>) => numberCountry(r.id, r.data.countries);

export function validateRepository(root = ROOT): ValidationResult {
	return validateFiles(collectFiles(root));
}

/** Throws one error listing every problem, for the Astro loader and scripts that need clean data. */
export function assertValid(result: ValidationResult): void {
	const errors = result.problems.filter((p) => p.severity === 'error');
	if (errors.length) {
		throw new Error(`POP Atlas content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}\nRun \`npm run validate\` for details.`);
	}
}
export { formatProblem };

/** The dataset from a validator result: what scripts and tests use where pages use src/data/dataset.ts. */
export function datasetFromValidation(v: ValidationResult): Dataset {
	return buildDataset(
		v.resources.map((e) => ({ ...e.data, id: e.id })),
		v.organizations.map((e) => ({ ...e.data, id: e.id })),
		v.emergency.map((e) => e.data),
		v.knownAbsent,
	);
}

