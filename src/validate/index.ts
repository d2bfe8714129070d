/**
 * The validator: reads every content and reference file, checks it against the committed JSON
 * Schema (ajv) and the rules a schema cannot express, and returns the problems together with the
 * parsed records. The Astro content loader uses the same function, so the site is built from
 * exactly what was validated and an invalid file fails the build with the same messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import {
	emergencyNumbersSchema,
	figureFileSchema,
	knownAbsentSchema,
	organizationSchema,
	policyProfileSchema,
	resourceSchema,
} from '../schemas/index';
import type { Organization } from '../schemas/organization';
import type { Resource } from '../schemas/resource';
import type { EmergencyNumbers } from '../schemas/emergency';
import type { KnownAbsent } from '../schemas/known-absent';
import type { FigureFile, PolicyProfile } from '../schemas/evidence';
import type { VoiceFile } from '../schemas/voices';
import type { Practice } from '../schemas/practice';
import { ROOT, taxonomies } from '../schemas/reference';
import { fieldName, formatProblem, type Problem } from './problem';
import { numberCountry } from '../model/contact';
import { buildDataset, type Dataset } from '../model/dataset';
import { flattenFigures } from '../model/figures';
import type { RecordContext } from './rule';
import {
	futureDates,
	linkProblems,
	RECORD_RULES,
	RESOURCE_PATH,
	textProblems,
	type DeclaredDomain,
} from './rules/index';
import { collectionRules } from './rules/collection';
import { evidenceRules } from './rules/evidence';
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
	if (logicalPath === 'data/known-absent.yaml' || logicalPath.startsWith('data/known-absent/'))
		return 'known-absent';
	if (logicalPath.startsWith('data/figures/')) return 'figures';
	if (logicalPath.startsWith('data/policy/')) return 'policy-profile';
	if (logicalPath.startsWith('content/voices/')) return 'voices';
	if (logicalPath.startsWith('content/practices/')) return 'practice';
	return 'unknown';
}

/** Folders of records and evidence: read from POP_CONTENT_DIR when it is set. */
export const CONTENT_DIRS = [
	'content/resources',
	'content/organizations',
	'content/voices',
	'content/practices',
	'data/figures',
	'data/policy',
	'data/known-absent',
];

/** Every file the validator reads, repository-relative, sorted. Files starting with `_` are templates. */
export function collectFiles(
	root = ROOT,
	contentRoot = process.env.POP_CONTENT_DIR
		? path.resolve(root, process.env.POP_CONTENT_DIR)
		: root,
): InputFile[] {
	const out: InputFile[] = [];
	const walk = (dir: string) => {
		// Records and evidence may come from another folder (POP_CONTENT_DIR: benchmarks, the unit
		// tests' fixture repository); reference data (countries, taxonomies, emergency numbers) never does.
		const base = CONTENT_DIRS.some((d) => dir === d || dir.startsWith(`${d}/`))
			? contentRoot
			: root;
		const abs = path.join(base, dir);
		if (!fs.existsSync(abs)) return;
		for (const ent of fs.readdirSync(abs, { withFileTypes: true })) {
			const rel = `${dir}/${ent.name}`;
			if (ent.isDirectory()) walk(rel);
			else if (!ent.name.startsWith('_') && !ent.name.startsWith('.'))
				out.push({ file: rel, logicalPath: rel, bytes: fs.readFileSync(path.join(base, rel)) });
		}
	};
	walk('content/resources');
	walk('content/organizations');
	walk('content/voices');
	walk('content/practices');
	walk('data/emergency-numbers');
	walk('data/figures');
	walk('data/known-absent');
	walk('data/policy');
	walk('data/taxonomies');
	out.push(
		...['data/assessment-criteria.yaml']
			.filter((f) => fs.existsSync(path.join(root, f)))
			.map((f) => ({ file: f, logicalPath: f, bytes: fs.readFileSync(path.join(root, f)) })),
	);
	out.push(
		...['data/known-absent.yaml']
			.filter((f) => fs.existsSync(path.join(contentRoot, f)))
			.map((f) => ({ file: f, logicalPath: f, bytes: fs.readFileSync(path.join(contentRoot, f)) })),
	);
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
			problems.push({
				file: input.file,
				line: 1,
				col: 1,
				field: '(file)',
				message: `the validator could not check this file (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
				hint: 'look for unusual structure or characters in the file, and report this message to the maintainers',
				severity: 'error',
				rule: 'internal',
			});
		}
	}
	function checkOne(input: InputFile) {
		const kind = kindOf(input.logicalPath);
		if (!/\.ya?ml$/.test(input.logicalPath) || kind === 'unknown') {
			problems.push({
				file: input.file,
				line: 1,
				col: 1,
				field: '(file)',
				message: 'this file is not a YAML record',
				hint: 'records are .yaml files; move or delete this file',
				severity: 'error',
				rule: 'not-yaml',
			});
			return;
		}
		const parsed = parseYamlFile(input.file, input.bytes);
		problems.push(...parsed.problems);
		if (parsed.problems.length) return;
		const textErrors = textProblems(parsed);
		const schemaErrors = schemaProblems(parsed, kind);
		const declared = (
			(parsed.data as { declared_domains?: DeclaredDomain[] }).declared_domains ?? []
		).filter((d) => d && typeof d.domain === 'string');
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
			const ruleProblems = recordProblems({ parsed, logicalPath: input.logicalPath }, data);
			problems.push(...ruleProblems);
			if (!ruleProblems.some((p) => p.severity === 'error'))
				resources.push({ id, file: input.file, data, parsed });
		} else if (kind === 'organization') {
			const m = ORG_PATH.exec(input.logicalPath);
			const id = m?.[1] ?? input.logicalPath;
			const own: Problem[] = futureDates(parsed, parsed.data);
			if (!m || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
				own.push({
					file: input.file,
					line: 1,
					col: 1,
					field: '(file)',
					message: `the file name "${id}" is not a slug`,
					hint: 'use lower-case letters, digits and hyphens, e.g. ke-childline-kenya.yaml',
					severity: 'error',
					rule: 'path-slug',
				});
			problems.push(...own);
			if (!own.length)
				organizations.push({ id, file: input.file, data: parsed.data as Organization, parsed });
		} else if (kind === 'known-absent') {
			const own = futureDates(parsed, parsed.data);
			problems.push(...own);
			if (!own.length) knownAbsent.push(...(parsed.data as KnownAbsent).entries);
		} else if (
			kind === 'figures' ||
			kind === 'voices' ||
			kind === 'practice' ||
			kind === 'policy-profile'
		) {
			const own: Problem[] = futureDates(parsed, parsed.data);
			const id = slugOf(input.logicalPath);
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
				own.push({
					file: input.file,
					line: 1,
					col: 1,
					field: '(file)',
					message: `the file name "${id}" is not a slug`,
					hint: 'use lower-case letters, digits and hyphens',
					severity: 'error',
					rule: 'path-slug',
				});
			if (kind === 'policy-profile' && (parsed.data as PolicyProfile).country.toLowerCase() !== id)
				own.push({
					file: input.file,
					...locate(parsed, ['country']),
					field: 'country',
					message: `country ${(parsed.data as PolicyProfile).country} does not match the file name ${id}.yaml`,
					hint: `name the file ${(parsed.data as PolicyProfile).country.toLowerCase()}.yaml`,
					severity: 'error',
					rule: 'policy-file',
				});
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
				own.push({
					file: input.file,
					...locate(parsed, ['country']),
					field: 'country',
					message: `country ${data.country} does not match the file name ${m?.[1]}.yaml`,
					hint: `name the file ${data.country.toLowerCase()}.yaml`,
					severity: 'error',
					rule: 'emergency-file',
				});
			problems.push(...own);
			if (!own.length) emergency.push({ id: data.country, file: input.file, data, parsed });
		}
	}
	const allResourceIds = new Set(
		inputs
			.map((i) => RESOURCE_PATH.exec(i.logicalPath))
			.filter((m) => m)
			.map((m) => `${m![1]}/${m![2]}`),
	);
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

/** The problems of one resource record: every rule of RECORD_RULES, then its dates. */
export function recordProblems(
	{ parsed, logicalPath }: Pick<RecordContext, 'parsed' | 'logicalPath'>,
	r: Resource,
): Problem[] {
	const out: Problem[] = [];
	const folder = RESOURCE_PATH.exec(logicalPath)?.[1];
	const ctx: RecordContext = {
		parsed,
		logicalPath,
		folder,
		mainCountry: numberCountry(folder ? `${folder}/x` : 'regional/x', r.countries),
		channelTypes: taxonomies().channels.terms,
	};
	const report: Parameters<(typeof RECORD_RULES)[number]['check']>[2] = (
		path,
		rule,
		message,
		hint,
		severity = 'error',
		mode = 'value',
	) =>
		out.push({
			file: parsed.file,
			...locate(parsed, path, mode),
			field: fieldName(path),
			message,
			hint,
			severity,
			rule,
		});
	for (const rule of RECORD_RULES) rule.check(r, ctx, report);
	out.push(...futureDates(parsed, r));
	return out;
}

export function validateRepository(root = ROOT): ValidationResult {
	return validateFiles(collectFiles(root));
}

/** Throws one error listing every problem, for the Astro loader and scripts that need clean data. */
export function assertValid(result: ValidationResult): void {
	const errors = result.problems.filter((p) => p.severity === 'error');
	if (errors.length) {
		throw new Error(
			`POP Atlas content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}\nRun \`npm run validate\` for details.`,
		);
	}
}
export { formatProblem, RESOURCE_PATH };

/** The ids of the valid figures of a validator result (what recommendations may cite). */
export const figureIdsOf = (v: ValidationResult): Set<string> =>
	new Set(v.figures.flatMap((f) => f.data.figures.map((x) => x.id)));

/**
 * Each entry goes through its zod schema once, as the build's content collections did: the schema
 * is the contract, and its parse gives every object its keys in the schema's order, so pages and
 * exports (JSON, CSV, HSDS, offline packs) list fields in one order for every record, whatever
 * the order of its file.
 */
const withId = { id: z.string() };
const inSchemaOrder = {
	resource: resourceSchema.extend(withId),
	organization: organizationSchema.extend(withId),
	emergency: emergencyNumbersSchema.extend(withId),
	absence: knownAbsentSchema.shape.entries.element,
	figures: figureFileSchema,
	policy: policyProfileSchema,
};

/** The dataset of a validator result: what pages (src/data/dataset.ts), scripts and tests build from. */
export function datasetFromValidation(v: ValidationResult): Dataset {
	const s = inSchemaOrder;
	return buildDataset(
		v.resources.map((e) => s.resource.parse({ id: e.id, ...e.data })),
		v.organizations.map((e) => s.organization.parse({ id: e.id, ...e.data })),
		v.emergency.map((e) => s.emergency.parse({ id: e.id, ...e.data })),
		v.knownAbsent.map((e) => s.absence.parse(e)),
		{
			figures: flattenFigures(v.figures.map((e) => ({ id: e.id, data: s.figures.parse(e.data) }))),
			policy: v.policy.map((e) => s.policy.parse(e.data)),
		},
	);
}
