/**
 * Turns an "Add a service" or "Correct a record" issue (the markdown body GitHub writes from the
 * issue form: a `### Label` heading above each answer) into record files, and checks them with
 * the project validator. The result is either the files to commit or a list of problems written
 * for the person who filled in the form, naming the form's fields rather than YAML paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { countryCodes, ROOT } from '../../../src/schemas/reference';
import type { Channel } from '../../../src/schemas/resource';
import { parseHours } from '../../../src/text/hours-text';
import { collectFiles, validateFiles, type InputFile } from '../../../src/validate/index';
import type { Problem } from '../../../src/validate/problem';
import { fieldsOf, FORM_CHANNELS, type FormName } from './issue-forms';
import { slugify } from '../../../src/text/slug';
import { findOrganization, listedOrganization } from './organizations';
import { orderChannel, organizationYaml, resourceYaml } from './record-yaml';
import { contributorVerification } from './verification';
import { patchYaml } from './yaml-patch';

export interface IssueAnswers {
	/** Field id → answer ('' when left empty). */
	values: Map<string, string>;
	/** Headings in the body that no field of the form has (the body was edited, or the form changed). */
	unknown: string[];
}

const NO_RESPONSE = /^_?No response_?$/i;

/** Reads the answers of an issue-form body, by the form's field labels. */
export function parseIssueBody(body: string, form: FormName): IssueAnswers {
	const fields = fieldsOf(form);
	const byLabel = new Map(fields.map((f) => [f.label.toLowerCase(), f]));
	const values = new Map<string, string>();
	const unknown: string[] = [];
	const text = body.replace(/\r\n?/g, '\n');
	const parts = text.split(/^###[ \t]+/m).slice(1);
	for (const part of parts) {
		const nl = part.indexOf('\n');
		const label = (nl < 0 ? part : part.slice(0, nl)).trim();
		let value = (nl < 0 ? '' : part.slice(nl + 1)).trim();
		if (NO_RESPONSE.test(value)) value = '';
		const f = byLabel.get(label.toLowerCase());
		if (f) values.set(f.id, value);
		else unknown.push(label);
	}
	return { values, unknown };
}

/** Which form an issue body came from: a correction names the record to correct. */
export function detectForm(body: string): FormName {
	return /^###[ \t]+Record to correct[ \t]*$/im.test(body) ? 'correct' : 'add';
}

/** A problem for the person who filled in the form. */
export interface FormProblem {
	/** The form field's label, or a record field path when no form field matches. */
	field: string;
	message: string;
	hint: string;
}

export interface IssueResult {
	ok: boolean;
	form: FormName;
	/** Files to write, repository-relative path → content (only when ok, or a draft). */
	files: Map<string, string>;
	/** The record's id, e.g. ke/childline-kenya. */
	id?: string;
	problems: FormProblem[];
	/** A title for the pull request. */
	title: string;
}

export interface IssueOptions {
	/** Repository root (reference data). */
	root?: string;
	/** Where content/ is read from (defaults to POP_CONTENT_DIR or the root). */
	contentRoot?: string;
	/** The issue number, for provenance notes. */
	issue?: number;
	/**
	 * A draft for an editor to finish (`npm run intake`): the files are returned even when there are
	 * problems, and the problems are what is left to do. The only other difference: a channel with
	 * answers but no type is kept (with the answers it has) instead of dropped.
	 */
	draft?: boolean;
}

const list = (s: string | undefined) =>
	(s ?? '')
		.split(/[,;\n]+/)
		.map((x) => x.trim())
		.filter(Boolean);
/** The ids of dropdown answers: "Child helpline (child_helpline), Referral (referral)" → [child_helpline, referral]. */
export const choiceIds = (s: string | undefined): string[] =>
	[...(s ?? '').matchAll(/\(([a-z0-9_ ]+)\)(?=\s*(?:,|$))/g)].map((m) => m[1]!);
const choice = (s: string | undefined) => choiceIds(s)[0];
const bool = (s: string | undefined): boolean | 'unknown' | undefined => {
	const v = choice(s);
	return v === 'true' ? true : v === 'false' ? false : v === 'unknown' ? 'unknown' : undefined;
};

const labelOf = (form: FormName) => {
	const fields = fieldsOf(form);
	return (id: string) => fields.find((f) => f.id === id)?.label ?? id;
};

/** The form field a record path came from, for messages: channels[1].value → "Channel 2: number or address". */
export function formFieldFor(recordField: string, form: FormName): string {
	const label = labelOf(form);
	const ch = /^channels\[(\d+)\](?:\.(\w+))?/.exec(recordField);
	if (ch) {
		const n = Number(ch[1]) + 1;
		const key = ch[2] ?? 'type';
		const map: Record<string, string> = {
			type: 'type',
			value: 'value',
			url: 'url',
			platform: 'platform',
			cost: 'cost',
			hours: 'hours',
			languages: 'languages',
			anonymous: 'anonymous',
			human_responder: 'human',
			e164: 'value',
		};
		return n <= FORM_CHANNELS ? label(`channel${n}_${map[key] ?? 'type'}`) : `Channel ${n}`;
	}
	const top = recordField.replace(/[[.].*$/, '');
	const map: Record<string, string> = {
		countries: 'country',
		sources: 'source_url',
		verification: 'source_accessed',
		age: 'age_min',
		organization: 'organization',
	};
	if (recordField.startsWith('sources') && recordField.endsWith('accessed'))
		return label('source_accessed');
	const id = map[top] ?? top;
	const found = fieldsOf(form).some((f) => f.id === id);
	return found ? label(id) : recordField;
}

interface Context {
	root: string;
	contentRoot: string;
	form: FormName;
	values: Map<string, string>;
	problems: FormProblem[];
	label: (id: string) => string;
	draft: boolean;
}

const problem = (ctx: Context, id: string, message: string, hint: string) =>
	ctx.problems.push({ field: ctx.label(id), message, hint });

/** Reads one channel group of the form; undefined when the group is empty. */
function channelFrom(ctx: Context, n: number, base?: Channel): Channel | 'remove' | undefined {
	const v = (k: string) => ctx.values.get(`channel${n}_${k}`) ?? '';
	const keys = [
		'type',
		'value',
		'url',
		'platform',
		'cost',
		'hours',
		'languages',
		'anonymous',
		'human',
	];
	if (keys.every((k) => !v(k))) return undefined;
	const type = choice(v('type')) ?? base?.type;
	if (type === 'remove') return 'remove';
	if (!type) {
		problem(
			ctx,
			`channel${n}_type`,
			'this channel has details but no type',
			'choose the type of channel (phone call, web chat …)',
		);
		// A draft keeps the channel's answers (its "unknown"s) for the editor to complete.
		if (!ctx.draft) return undefined;
	}
	const c: Record<string, unknown> = base
		? { ...base }
		: {
				type,
				cost: 'unknown',
				hours: 'unknown',
				languages: [],
				anonymous: 'unknown',
				human_responder: 'unknown',
			};
	c.type = type;
	if (v('value')) c.value = v('value');
	if (v('url')) c.url = v('url');
	if (v('platform')) c.platform = v('platform').toLowerCase();
	if (choice(v('cost'))) c.cost = choice(v('cost'));
	if (v('hours')) {
		const parsed = parseHours(v('hours'), ctx.values.get('timezone') || undefined);
		if (parsed.ok) c.hours = parsed.hours;
		else
			problem(
				ctx,
				`channel${n}_hours`,
				parsed.error,
				parsed.error.includes('time zone')
					? `fill in "${ctx.label('timezone')}", e.g. Africa/Nairobi`
					: 'write 24/7, unknown, or days and times such as MO-FR 08:00-17:00',
			);
	}
	if (v('languages')) c.languages = list(v('languages'));
	if (bool(v('anonymous')) !== undefined) c.anonymous = bool(v('anonymous'));
	if (bool(v('human')) !== undefined) c.human_responder = bool(v('human'));
	// A changed number makes an old international form (e164) wrong; the editor can add it back.
	if (base && v('value') && base.value !== v('value')) delete c.e164;
	return orderChannel(c) as unknown as Channel;
}

const isoDate = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s.trim()) ? s.trim() : undefined);

/** Builds the record (add) or applies the changes to an existing one (correct), then validates. */
export function issueToRecord(body: string, opts: IssueOptions = {}): IssueResult {
	const root = opts.root ?? ROOT;
	const contentRoot =
		opts.contentRoot ??
		(process.env.POP_CONTENT_DIR ? path.resolve(root, process.env.POP_CONTENT_DIR) : root);
	const form = detectForm(body);
	const { values, unknown } = parseIssueBody(body, form);
	const ctx: Context = {
		root,
		contentRoot,
		form,
		values,
		problems: [],
		label: labelOf(form),
		draft: opts.draft ?? false,
	};
	const fail = (title = ''): IssueResult => ({
		ok: false,
		form,
		files: new Map(),
		problems: ctx.problems,
		title,
	});
	if (values.size === 0) {
		ctx.problems.push({
			field: '(issue)',
			message: 'this issue was not written with the "Add a service" or "Correct a record" form',
			hint: 'open a new issue and choose one of the forms',
		});
		return fail();
	}
	if (unknown.length)
		ctx.problems.push({
			field: '(issue)',
			message: `the issue has headings the form does not have: ${unknown.map((u) => `"${u}"`).join(', ')}`,
			hint: 'keep the headings as the form wrote them; answer under each one',
		});

	const inputs = collectFiles(root, contentRoot);
	const get = (id: string) => values.get(id) ?? '';

	// Required answers (GitHub enforces them in the form, but a body can be edited afterwards).
	for (const f of fieldsOf(form)) {
		const required = form === 'add' ? f.required : f.requiredInCorrect;
		if (required && f.type !== 'checkboxes' && !get(f.id))
			problem(ctx, f.id, 'this is required', f.description || 'fill it in');
	}
	const confirm = get('confirm');
	if ((confirm.match(/- \[[xX]\]/g) ?? []).length < 2)
		problem(
			ctx,
			'confirm',
			'both statements must be ticked',
			'tick them once they are true: every fact comes from the source, and there are no personal details',
		);

	const accessed = isoDate(get('source_accessed'));
	if (get('source_accessed') && !accessed)
		problem(
			ctx,
			'source_accessed',
			`"${get('source_accessed')}" is not a date written YYYY-MM-DD`,
			'write the date you read the source, e.g. 2026-11-29',
		);
	const method = choice(get('how_known'));
	const source: Record<string, unknown> = {
		url: get('source_url'),
		accessed: accessed ?? get('source_accessed'),
	};
	if (get('source_title')) source.title = get('source_title');
	const verification: Record<string, unknown> = contributorVerification(
		accessed ?? get('source_accessed'),
		method ?? 'desk_review',
	);

	let record: Record<string, unknown>;
	let logicalPath: string;
	// A correction edits the existing file in place (yaml-patch.ts): only changed lines change.
	let original: string | undefined;
	const files = new Map<string, string>();
	const extra: InputFile[] = [];

	if (form === 'correct') {
		const id = get('record')
			.trim()
			.replace(/^\/?resources\//, '')
			.replace(/\/$/, '');
		logicalPath = `content/resources/${id}.yaml`;
		const existing = inputs.find((f) => f.logicalPath === logicalPath);
		if (!existing) {
			problem(
				ctx,
				'record',
				`there is no record "${id}"`,
				'copy the end of the record page address, e.g. ke/childline-kenya',
			);
			return fail();
		}
		original = new TextDecoder().decode(existing.bytes);
		record = parseDocument(original, { version: '1.2' }).toJS() as Record<string, unknown>;
	} else {
		record = {};
		logicalPath = '';
	}

	// Simple fields: set when answered.
	const set = (key: string, value: unknown) => {
		if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
		record[key] = value;
	};
	set('name', get('name'));
	set('alternate_name', get('alternate_name'));
	set('scope', choice(get('scope')));
	if (get('country'))
		set(
			'countries',
			list(get('country')).map((c) => c.toUpperCase()),
		);
	else if (form === 'add') record.countries = [];
	set('regions', list(get('regions')));
	set(
		'subnational_areas',
		list(get('subnational_areas')).map((c) => c.toUpperCase()),
	);
	set('resource_type', choice(get('resource_type')));
	set('functions', choiceIds(get('functions')));
	set('status', choice(get('status')));
	set('description', get('description').replace(/\s*\n\s*/g, ' '));
	set('summary_child', get('summary_child'));
	set('url', get('url'));
	set('email', get('email'));
	set('harmonised_number', choice(get('harmonised_number')));
	set('audiences', choiceIds(get('audiences')));
	set('topics', choiceIds(get('topics')));
	set('languages', list(get('languages')));
	set('report_scope', choiceIds(get('report_scope')));
	set('memberships', choiceIds(get('memberships')));
	set('youth_participation', choice(get('youth_participation')));
	set('what_to_expect', get('what_to_expect').replace(/\s*\n\s*/g, ' '));
	for (const k of ['age_min', 'age_max'] as const) {
		const v = get(k);
		if (v && !/^\d{1,2}$/.test(v))
			problem(ctx, k, `"${v}" is not an age`, 'write a whole number such as 18, or leave it empty');
	}
	if (/^\d{1,2}$/.test(get('age_min')) || /^\d{1,2}$/.test(get('age_max'))) {
		const old = (record.age as { min: number | null; max: number | null } | undefined) ?? {
			min: null,
			max: null,
		};
		const age = {
			min: /^\d{1,2}$/.test(get('age_min')) ? Number(get('age_min')) : old.min,
			max: /^\d{1,2}$/.test(get('age_max')) ? Number(get('age_max')) : old.max,
		};
		record.age = age;
	}

	// Channels.
	const channels = [...((record.channels as Channel[] | undefined) ?? [])];
	const remove: number[] = [];
	for (let n = 1; n <= FORM_CHANNELS; n++) {
		const c = channelFrom(ctx, n, form === 'correct' ? channels[n - 1] : undefined);
		if (c === 'remove') remove.push(n - 1);
		else if (c) channels[n - 1] = c;
	}
	const kept = channels.filter((c, i) => c && !remove.includes(i));
	record.channels = kept;

	// Organisation: an existing one, or a new file.
	const orgs = inputs
		.filter((f) => /^content\/organizations\/[^/]+\.ya?ml$/.test(f.logicalPath))
		.flatMap((f) => {
			const o = listedOrganization(
				path.basename(f.logicalPath).replace(/\.ya?ml$/, ''),
				new TextDecoder().decode(f.bytes),
			);
			return o ? [o] : [];
		});
	// The language the names are written in, for their transliteration into a file name.
	const lang = ((record.languages as string[] | undefined) ?? [])[0];
	if (get('organization')) {
		const found = findOrganization(orgs, get('organization'), get('organization_url') || undefined);
		if (found) set('organization', found);
		else {
			const cc =
				((record.countries as string[] | undefined) ?? [])[0]?.toLowerCase() ??
				(record.scope === 'global' ? 'global' : 'regional');
			let orgId = `${cc}-${slugify(get('organization'), { max: 50, lang })}`.replace(/-$/, '');
			if (orgId === `${cc}`) orgId = `${cc}-organisation-${opts.issue ?? 'new'}`;
			const missing = ['organization_type', 'organization_url', 'organization_description'].filter(
				(k) => !get(k),
			);
			if (missing.length) {
				problem(
					ctx,
					'organization',
					`"${get('organization')}" is not in POP Atlas yet`,
					`fill in ${missing.map((k) => `"${ctx.label(k)}"`).join(', ')} so it can be added, or write the id of a listed organisation`,
				);
			} else {
				const org: Record<string, unknown> = {
					name: get('organization'),
					type: choice(get('organization_type')),
					countries: record.scope === 'global' ? [] : (record.countries ?? []),
					description: get('organization_description').replace(/\s*\n\s*/g, ' '),
					url: get('organization_url'),
					sources: [source],
				};
				const orgPath = `content/organizations/${orgId}.yaml`;
				const text = organizationYaml(org);
				files.set(orgPath, text);
				extra.push({ file: orgPath, logicalPath: orgPath, bytes: new TextEncoder().encode(text) });
				set('organization', orgId);
			}
		}
	}

	// Source, verification, provenance.
	const sources = [...((record.sources as Record<string, unknown>[] | undefined) ?? [])];
	if (get('source_url') && !sources.some((s) => s.url === get('source_url'))) sources.push(source);
	else if (get('source_url')) {
		const i = sources.findIndex((s) => s.url === get('source_url'));
		sources[i] = { ...sources[i], accessed: source.accessed };
	}
	record.sources = sources;
	// The contributor's check, as it is: a community contributor's, with low confidence. The record
	// never says an editor checked it; the editor who does sets their own role and date. The
	// earlier check is kept in the history.
	const previous = record.verification as Record<string, unknown> | undefined;
	if (previous?.last_verified) {
		const {
			history: oldHistory,
			note: _note,
			last_verified: date,
			method: m,
			verified_by_role: role,
			confidence,
		} = previous as Record<string, unknown> & { history?: unknown[] };
		verification.history = [
			{ date, method: m, verified_by_role: role, ...(confidence ? { confidence } : {}) },
			...(oldHistory ?? []),
		];
	}
	record.verification = verification;
	// What the contributor writes for the editors (the fields marked forEditors: "What is wrong",
	// "Notes for the editors") goes to the pull request, never into the public record.

	// Where the file goes (add): content/resources/<country|global|regional>/<slug>.yaml
	if (form === 'add') {
		const countries = (record.countries as string[]) ?? [];
		const folder =
			record.scope === 'global'
				? 'global'
				: record.scope === 'regional'
					? 'regional'
					: countries[0]?.toLowerCase();
		if (!folder || !/^[a-z]{2}$|^global$|^regional$/.test(folder)) {
			if (!ctx.problems.some((p) => p.field === ctx.label('country')))
				problem(
					ctx,
					'country',
					'a national or sub-national service needs its country',
					'write the two-letter country code, e.g. KE',
				);
		} else if (folder.length === 2 && !countryCodes().includes(folder.toUpperCase())) {
			problem(
				ctx,
				'country',
				`"${countries[0]}" is not a country code`,
				'use the two-letter ISO code, e.g. KE for Kenya or BR for Brazil',
			);
		}
		let slug =
			slugify(typeof record.name === 'string' ? record.name : '', { lang }) ||
			slugify(typeof record.alternate_name === 'string' ? record.alternate_name : '', { lang }) ||
			`service-${opts.issue ?? 'new'}`;
		const taken = new Set(inputs.map((f) => f.logicalPath));
		const base = slug;
		for (let i = 2; taken.has(`content/resources/${folder}/${slug}.yaml`); i++)
			slug = `${base}-${i}`;
		logicalPath = `content/resources/${folder ?? 'unknown'}/${slug}.yaml`;
	}

	const id = logicalPath.replace(/^content\/resources\//, '').replace(/\.yaml$/, '');
	const name = typeof record.name === 'string' ? record.name : id;
	const title = form === 'add' ? `Add ${name} (${id})` : `Correct ${name} (${id})`;

	const text = original !== undefined ? patchYaml(original, record) : resourceYaml(record);
	files.set(logicalPath, text);
	extra.push({ file: logicalPath, logicalPath, bytes: new TextEncoder().encode(text) });

	// The project validator, over the whole repository with these files added or replaced. Every
	// problem is reported at once; a field already named by the checks above is not named twice.
	const mine = new Set(extra.map((f) => f.logicalPath));
	const all = [...inputs.filter((f) => !mine.has(f.logicalPath)), ...extra].sort((a, b) =>
		a.file.localeCompare(b.file),
	);
	const result = validateFiles(all);
	const named = new Set(ctx.problems.map((p) => p.field));
	for (const p of result.problems.filter((x) => mine.has(x.file) && x.severity === 'error')) {
		const fp = fromValidator(p, form, logicalPath);
		if (named.has(fp.field) || (fp.field === '(file)' && ctx.problems.length)) continue;
		ctx.problems.push(fp);
	}
	if (ctx.problems.length) return opts.draft ? { ...fail(title), files, id } : fail(title);
	return { ok: true, form, files, id, problems: [], title };
}

function fromValidator(p: Problem, form: FormName, recordPath: string): FormProblem {
	const field =
		p.file === recordPath
			? formFieldFor(p.field, form)
			: p.file.startsWith('content/organizations/')
				? `Organisation (${p.field})`
				: p.field;
	return { field, message: p.message, hint: p.hint };
}

/** The problems as a plain list for a comment on the issue (shown in a code block: see `inert`). */
export function problemsMarkdown(problems: FormProblem[]): string {
	return problems.map((p) => `- ${p.field}: ${p.message} — ${p.hint}`).join('\n');
}

/**
 * Text a contributor wrote, made inert for a GitHub comment: a fenced code block, fenced with more
 * backticks than the text holds in a row, so mentions, images, links, HTML and checklists in it are
 * shown as written and do nothing.
 */
export function inert(text: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longest + 1);
	return `${fence}text\n${text.replace(/\r/g, '')}\n${fence}`;
}

/** Writes the files under `contentRoot` (content/...) and returns their absolute paths. */
export function writeFiles(files: Map<string, string>, contentRoot: string): string[] {
	return [...files].map(([rel, text]) => {
		const abs = path.resolve(contentRoot, rel);
		// Only record files, only under content/: an issue can never write a workflow or a script.
		const inside = path.relative(path.resolve(contentRoot, 'content'), abs);
		if (
			inside.startsWith('..') ||
			path.isAbsolute(inside) ||
			!/^(resources|organizations)\/[^/]+(\/[^/]+)?\.yaml$/.test(inside.split(path.sep).join('/'))
		)
			throw new Error(
				`refusing to write ${rel}: only content/resources/ and content/organizations/ YAML files are written`,
			);
		fs.mkdirSync(path.dirname(abs), { recursive: true });
		fs.writeFileSync(abs, text);
		return abs;
	});
}
