/**
 * The questions of `npm run new` and the files their answers make. The same questions are asked on
 * the terminal or read from an answers file (ANSWER_KEYS documents the keys). Each answer is checked
 * as it comes, by the contract and in the validator's words; the organisation is chosen among those
 * already listed for the record's countries before a new one is asked for; file names are
 * transliterated by the project's one slug function; and the record says the check is the
 * contributor's own (never an editor's). Notes for the editors are returned for the pull request
 * and never written to a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { organizationSchema, ORG_TYPES } from '../../../src/schemas/organization';
import { countryCodes, taxonomies, type TaxonomyName } from '../../../src/schemas/reference';
import {
	COSTS,
	MAX_CHANNELS,
	resourceSchema,
	SCOPES,
	STATUSES,
	type Hours,
} from '../../../src/schemas/resource';
import { sourceSchema } from '../../../src/schemas/common';
import { today } from '../../../src/model/clock';
import { parseHours } from '../../../src/text/hours-text';
import { slugGaps, slugify } from '../../../src/text/slug';
import { fieldProblems } from '../../../src/validate/field-check';
import { languageProblem } from '../../../src/validate/rules/languages';
import type { SchemaName } from '../../../src/validate/schema-check';
import type { AnswersSpec } from './answers';
import { findOrganization, listOrganizations, organizationsIn } from './organizations';
import type { Answer, Asker, Question } from './prompt';
import { organizationYaml, resourceYaml } from './record-yaml';
import { contributorVerification, HOW_KNOWN } from './verification';

const R = resourceSchema.shape;
const C = R.channels.element.shape;
const O = organizationSchema.shape;
const d = (s: { description?: string | undefined }) => s.description ?? '';
const choices = (ids: readonly string[]) => ids.join(', ');

/** One key of an answers file, for --help and CONTRIBUTING.md. */
export interface AnswerKey {
	key: string;
	/** "yes", "" (optional) or when it is needed. */
	required: string;
	what: string;
}

/** Every key of an answers file, in the order the questions are asked. */
export const ANSWER_KEYS: readonly AnswerKey[] = [
	{
		key: 'country',
		required: 'yes',
		what: 'The main country, as a two-letter code (KE); or global, or regional. It is the folder of the file.',
	},
	{ key: 'name', required: 'yes', what: d(R.name) },
	{ key: 'alternate_name', required: '', what: d(R.alternate_name) },
	{
		key: 'languages',
		required: 'yes',
		what: `${d(R.languages)} Write und when no source says which.`,
	},
	{
		key: 'file_name',
		required: '',
		what: 'The file name, without .yaml. Made from the name (transliterated into Latin letters) when left out.',
	},
	{ key: 'resource_type', required: 'yes', what: d(R.resource_type) },
	{ key: 'functions', required: 'yes', what: d(R.functions) },
	{ key: 'status', required: '', what: `${d(R.status)} Default: active.` },
	{
		key: 'scope',
		required: '',
		what: `${d(R.scope)} Default: global or regional for those folders, otherwise national.`,
	},
	{
		key: 'countries',
		required: 'unless global',
		what: `${d(R.countries)} Default: the main country.`,
	},
	{ key: 'description', required: 'yes', what: d(R.description) },
	{
		key: 'summary_child',
		required: 'for services children contact',
		what: d(R.summary_child),
	},
	{ key: 'url', required: 'yes', what: d(R.url) },
	{
		key: 'channels',
		required: 'yes',
		what: `${d(R.channels)} A list: one entry per channel, with the keys below.`,
	},
	{ key: 'channels[].type', required: 'yes', what: d(C.type) },
	{
		key: 'channels[].value',
		required: 'when the type needs a number or address',
		what: d(C.value),
	},
	{ key: 'channels[].url', required: 'when the type needs a link', what: d(C.url) },
	{
		key: 'channels[].platform',
		required: 'for messaging_app_other and social_dm',
		what: d(C.platform),
	},
	{ key: 'channels[].cost', required: '', what: `${d(C.cost)} Default: unknown.` },
	{
		key: 'channels[].hours',
		required: '',
		what: 'When it is open: 24/7, unknown (the default), or a time zone and days and times, e.g. "Africa/Nairobi: MO-FR 08:00-17:00; SA 09:00-13:00".',
	},
	{
		key: 'channels[].languages',
		required: '',
		what: `${d(C.languages)} Default: the languages of the service.`,
	},
	{
		key: 'channels[].anonymous',
		required: '',
		what: `${d(C.anonymous)} yes, no or unknown (the default).`,
	},
	{
		key: 'channels[].human_responder',
		required: '',
		what: `${d(C.human_responder)} yes, no or unknown (the default; no for a chatbot).`,
	},
	{ key: 'audiences', required: 'yes', what: d(R.audiences) },
	{ key: 'topics', required: 'yes', what: d(R.topics) },
	{ key: 'report_scope', required: 'when functions include reporting', what: d(R.report_scope) },
	{
		key: 'source',
		required: 'yes',
		what: 'The page where you read these facts, with the keys below.',
	},
	{ key: 'source.url', required: 'yes', what: d(sourceSchema.shape.url) },
	{
		key: 'source.accessed',
		required: '',
		what: `${d(sourceSchema.shape.accessed)} Default: today.`,
	},
	{ key: 'source.title', required: '', what: d(sourceSchema.shape.title) },
	{
		key: 'how_known',
		required: 'yes',
		what: `How you checked the facts: ${HOW_KNOWN.map((h) => `${h.id} (${h.label.replace(/^I /, 'you ')})`).join(', ')}. The record then says a contributor checked them, with low confidence, until an editor does.`,
	},
	{
		key: 'organization',
		required: 'yes, or new_organization',
		what: 'The organisation that runs the service, if it is already listed: its id (the file name in content/organizations/), or its name.',
	},
	{
		key: 'new_organization',
		required: 'when organization is not given',
		what: 'An organisation that is not listed yet, with the keys below: content/organizations/<id>.yaml is written too.',
	},
	{ key: 'new_organization.name', required: 'yes', what: d(O.name) },
	{
		key: 'new_organization.alternate_name',
		required: '',
		what: `${d(O.alternate_name)} E.g. its name in Latin letters.`,
	},
	{
		key: 'new_organization.id',
		required: '',
		what: 'Its file name: the main country, a hyphen and its name (ke-example-foundation). Made from the name when left out.',
	},
	{ key: 'new_organization.type', required: 'yes', what: d(O.type) },
	{ key: 'new_organization.description', required: 'yes', what: d(O.description) },
	{
		key: 'new_organization.url',
		required: '',
		what: `${d(O.url)} Default: the website of the service.`,
	},
	{
		key: 'notes_for_editors',
		required: '',
		what: 'Anything the editors should know. It is printed for the description of your pull request and never written into the record.',
	},
];

/** How an answers file is read: its keys, the lists it must have, hints for likely mistakes. */
export const ANSWERS_SPEC: AnswersSpec = {
	keys: ANSWER_KEYS.map((k) => k.key),
	requiredLists: {
		channels:
			'add channels: a list with one entry for each way to reach the service, each with at least its type, e.g. - type: voice_call',
	},
	unknownHints: {
		notes:
			"notes for the editors go under notes_for_editors (they stay out of the record); the record's own notes field, for provenance, can be added to the file afterwards",
		confidence:
			'not asked: the record says a contributor checked it, with low confidence, until an editor checks it',
		verified_by_role:
			'not asked: the record says a contributor checked it (community-contributor) until an editor checks it',
		method: 'write how_known instead',
		organisation: 'write organization (with a z), as in the record',
	},
};

/** What a run of the questions makes. */
export interface NewRecord {
	/** Repository-relative path → file text: the record, and the organisation when it is new. */
	files: Map<string, string>;
	recordPath: string;
	id: string;
	name: string;
	source: { url: string; accessed: string };
	/** For the pull request, never for a file. */
	notesForEditors?: string | undefined;
	/** Things to check in what was written (a file name transliterated roughly). */
	notes: string[];
}

const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const bad = <T>(problem: string, fix: string): Answer<T> => ({ ok: false, problem, fix });
/** The value, or the first problem the validator finds with it. */
const checked = <T>(value: T, problems: { message: string; hint: string }[]): Answer<T> =>
	problems.length ? bad(problems[0]!.message, problems[0]!.hint) : ok(value);
const split = (a: string) => a.split(/[,\s]+/).filter(Boolean);

/** Text checked as the field at `path` of a `schema` file. */
function text(
	key: string,
	question: string,
	path: (string | number)[],
	opts: {
		schema?: SchemaName;
		optional?: boolean;
		default?: string | undefined;
		missing?: string;
	} = {},
): Question<string | undefined> {
	return {
		key,
		question,
		default: opts.default,
		optional: opts.optional,
		missing: opts.missing,
		empty: undefined,
		parse: (a) =>
			a === '' && opts.optional
				? ok(undefined)
				: checked<string | undefined>(a, fieldProblems(opts.schema ?? 'resource', path, a)),
	};
}

/** One or several of a list of ids, by id or by number in the list shown. */
function pick(
	key: string,
	question: string,
	ids: readonly string[],
	opts: {
		multiple?: boolean;
		default?: string;
		missing?: string | undefined;
		check: (ids: string[]) => { message: string; hint: string }[];
	},
): Question<string[]> {
	return {
		key,
		question,
		default: opts.default,
		missing: opts.missing,
		empty: [],
		parse: (a) => {
			if (!opts.multiple && a.includes(','))
				return bad(`"${a}" is more than one answer`, 'choose one');
			const parts = opts.multiple ? split(a) : [a.trim()];
			const out = [...new Set(parts.map((p) => (/^\d+$/.test(p) ? (ids[Number(p) - 1] ?? p) : p)))];
			return checked(out, opts.check(out));
		},
	};
}

const terms = (name: TaxonomyName) => taxonomies()[name].terms;
const termList = (name: TaxonomyName) =>
	terms(name)
		.map((t, i) => `  ${String(i + 1).padStart(2)}. ${t.id} — ${t.label}`)
		.join('\n');

/** A taxonomy field of the record: ids checked by the contract. */
const termQuestion = (
	key: string,
	question: string,
	tax: TaxonomyName,
	path: (string | number)[],
	multiple: boolean,
	missing: string,
) =>
	pick(
		key,
		question,
		terms(tax).map((t) => t.id),
		{
			multiple,
			missing,
			check: (v) => fieldProblems('resource', path, multiple ? v : v[0]),
		},
	);

const yesNoUnknown = (
	key: string,
	question: string,
	def: string,
): Question<boolean | 'unknown'> => ({
	key,
	question,
	default: def,
	empty: 'unknown',
	parse: (a) =>
		/^(y|yes|true)$/i.test(a)
			? ok(true)
			: /^(n|no|false)$/i.test(a)
				? ok(false)
				: /^(unknown|u|\?)$/i.test(a)
					? ok('unknown')
					: bad(`"${a}" is not an answer here`, 'answer yes, no or unknown'),
});

/** Language tags: the contract's pattern, then the validator's list of known languages. */
function languages(a: string, path: (string | number)[]): Answer<string[]> {
	const list = split(a);
	const problems = fieldProblems('resource', path, list);
	if (problems.length) return checked(list, problems);
	for (const l of list) {
		const p = languageProblem(l);
		if (p) return bad(p.message, `${p.hint}; und when no source says`);
	}
	return ok(list);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Asks every question and returns the files to write (nothing is written here). */
export async function askNewRecord(a: Asker, opts: { contentRoot: string }): Promise<NewRecord> {
	const notes: string[] = [];
	a.say(
		'New POP Atlas record. Press Enter to take the [default]. Every fact needs a source: have its page open.\n',
	);

	const where = await a.ask<string>({
		key: 'country',
		question: 'Main country (a two-letter code such as KE), or global, or regional',
		missing: 'write the two-letter code of the main country, e.g. KE, or global, or regional',
		empty: '',
		parse: (x) => {
			const v = x.toLowerCase();
			if (v === 'global' || v === 'regional' || countryCodes().includes(v.toUpperCase()))
				return /^[a-z]{2}$|^global$|^regional$/.test(v)
					? ok(v)
					: bad(`"${x}" is not a country code`, 'write two letters, e.g. KE');
			return bad(
				`"${x}" is not a country code`,
				'write a two-letter code such as KE (the list is data/countries.yaml), or global, or regional',
			);
		},
	});
	const name =
		(await a.ask(
			text('name', 'Name of the service, as the operator writes it', ['name'], {
				missing: 'write the official public name of the service',
			}),
		)) ?? '';
	const alternateName = await a.ask(
		text(
			'alternate_name',
			'Another name it is known by (an acronym, or the name in Latin letters); Enter to skip',
			['alternate_name'],
			{ optional: true },
		),
	);
	const langs = await a.ask<string[]>({
		key: 'languages',
		question: 'Languages the service works in (codes such as en, sw; und if no source says)',
		missing: 'write the languages as codes, e.g. en, sw; und when no source says which',
		empty: [],
		parse: (x) => languages(x, ['languages']),
	});

	// The file name: the name transliterated, which the contributor confirms or replaces.
	const lang = langs[0];
	const fromName = slugify(name, { lang });
	const suggested = fromName || (alternateName ? slugify(alternateName, { lang }) : '');
	const gaps = slugGaps(fromName || !alternateName ? name : alternateName, lang);
	const check: string[] = [];
	if (suggested && gaps.rough)
		check.push(
			`the file name ${suggested} was made from Arabic letters without their vowels: check it, or give a better one in Latin letters (the service's own spelling, if it has one)`,
		);
	if (suggested && gaps.dropped)
		check.push(
			`the letters ${gaps.dropped} have no transliteration here and were left out of the file name ${suggested}`,
		);
	for (const c of check) a.say(`Note: ${c}.`);
	const slug = await a.ask<string>({
		key: 'file_name',
		question: 'File name (lower-case letters, digits, hyphens)',
		default: suggested,
		// Without a name (already reported), there is nothing to make a file name from.
		optional: !name && !a.interactive,
		missing: suggested
			? 'write a file name'
			: `the name has no letters that can be written in Latin letters${gaps.dropped ? ` (${gaps.dropped})` : ''}: write a file name, e.g. from the service's own name in Latin letters, or give alternate_name`,
		empty: '',
		parse: (x) => {
			if (x === '') return ok('');
			if (!SLUG.test(x))
				return bad(
					`"${x}" is not a valid file name`,
					'use lower-case letters, digits and single hyphens, e.g. childline-kenya',
				);
			const rel = `content/resources/${where}/${x}.yaml`;
			if (where && fs.existsSync(path.join(opts.contentRoot, rel)))
				return bad(
					`${rel} already exists`,
					'choose another file name, or edit that file (to correct a record, see CONTRIBUTING.md)',
				);
			return ok(x);
		},
	});
	if (!a.interactive && slug === suggested) notes.push(...check);

	a.say(`\nType of service:\n${termList('resource-types')}`);
	const [resourceType] = await a.ask(
		termQuestion(
			'resource_type',
			'Type (number or id)',
			'resource-types',
			['resource_type'],
			false,
			`choose the type of service, e.g. child_helpline (data/taxonomies/resource-types.yaml)`,
		),
	);
	a.say(`\nWhat it does:\n${termList('functions')}`);
	const functions = await a.ask(
		termQuestion(
			'functions',
			'Functions (numbers or ids, separated by commas)',
			'functions',
			['functions'],
			true,
			'choose what the service does, e.g. counselling, referral (data/taxonomies/functions.yaml)',
		),
	);
	const status = await a.ask(
		pick('status', `Status (${choices(STATUSES)})`, STATUSES, {
			default: 'active',
			check: (v) => fieldProblems('resource', ['status'], v[0]),
		}),
	);
	const scope =
		(
			await a.ask(
				pick('scope', `Where it serves (${choices(SCOPES)})`, SCOPES, {
					default: where === 'global' || where === 'regional' ? where : 'national',
					check: (v) => fieldProblems('resource', ['scope'], v[0]),
				}),
			)
		)[0] ?? 'national';
	const countries =
		scope === 'global'
			? []
			: await a.ask<string[]>({
					key: 'countries',
					question: 'Countries served (codes separated by commas)',
					default: where.length === 2 ? where.toUpperCase() : undefined,
					missing: 'write the two-letter codes of the countries served, e.g. KE, UG, TZ',
					empty: [],
					parse: (x) => {
						const list = split(x).map((c) => c.toUpperCase());
						return checked(list, fieldProblems('resource', ['countries'], list));
					},
				});
	const description = await a.ask(
		text(
			'description',
			'Description: what the service is and does, in facts (at most 600 characters)',
			['description'],
			{ missing: 'write what the service is and does, in facts, in at most 600 characters' },
		),
	);
	const childFacing = terms('resource-types').find((t) => t.id === resourceType)?.child_facing;
	const summaryChild = await a.ask(
		text(
			'summary_child',
			`One plain line for a child (at most 140 characters)${childFacing ? '' : '; Enter to skip'}`,
			['summary_child'],
			{
				optional: !childFacing,
				missing:
					'write one plain line for a child, at most 140 characters: children contact this service',
			},
		),
	);
	const url = await a.ask(
		text('url', 'Website of the service (https://)', ['url'], {
			missing: "write the service's web page, starting with https://",
		}),
	);

	// Channels.
	const channels: Record<string, unknown>[] = [];
	const channelTerms = terms('channels');
	a.say(`\nChannels: every way to reach the service.\n${termList('channels')}`);
	for (let i = 0; ; i++) {
		const n = i + 1;
		const k = `channels[${i}]`;
		const [type] = await a.ask(
			termQuestion(
				`${k}.type`,
				`Channel ${n}: type (number or id)`,
				'channels',
				['channels', 0, 'type'],
				false,
				'choose how to reach the service, e.g. voice_call, sms, web_chat (data/taxonomies/channels.yaml)',
			),
		);
		const needs = channelTerms.find((t) => t.id === type)?.needs;
		const c: Record<string, unknown> = { type };
		if (needs === 'value' || needs === 'url_or_value') {
			const v = await a.ask(
				text(
					`${k}.value`,
					`Channel ${n}: number or address, as the source writes it${needs === 'url_or_value' ? ' (Enter to give a link instead)' : ''}`,
					['channels', 0, 'value'],
					{
						optional: needs === 'url_or_value',
						missing: `write the ${type === 'email' ? 'address' : 'number'} as the source writes it, in quotes, e.g. value: "116 111"`,
					},
				),
			);
			if (v) c.value = v;
		}
		if (needs === 'url' || (needs === 'url_or_value' && !c.value)) {
			c.url = await a.ask(
				text(`${k}.url`, `Channel ${n}: link (https://)`, ['channels', 0, 'url'], {
					missing:
						needs === 'url'
							? 'write the link where the child starts, e.g. https://example.org/chat'
							: 'write the number (value) or the link (url) of this channel',
				}),
			);
		}
		if (type === 'messaging_app_other' || type === 'social_dm')
			c.platform = await a.ask(
				text(
					`${k}.platform`,
					`Channel ${n}: platform (telegram, viber, messenger, instagram …)`,
					['channels', 0, 'platform'],
					{ missing: 'name the platform in one lower-case word, e.g. telegram' },
				),
			);
		c.cost = (
			await a.ask(
				pick(`${k}.cost`, `Channel ${n}: cost (${choices(COSTS)})`, COSTS, {
					default: 'unknown',
					check: (v) => fieldProblems('resource', ['channels', 0, 'cost'], v[0]),
				}),
			)
		)[0];
		c.hours = await a.ask<Hours>({
			key: `${k}.hours`,
			question: `Channel ${n}: hours (24/7, unknown, or e.g. Africa/Nairobi: MO-FR 08:00-17:00)`,
			default: 'unknown',
			empty: 'unknown',
			parse: (x) => {
				const h = parseHours(x);
				return h.ok
					? ok(h.hours)
					: bad(
							h.error,
							h.error.includes('e.g.')
								? 'or write 24/7, or unknown'
								: 'write 24/7, unknown, or a time zone then days and times, e.g. Africa/Nairobi: MO-FR 08:00-17:00; SA 09:00-13:00',
						);
			},
			fromMapping: (v) =>
				checked(v as unknown as Hours, fieldProblems('resource', ['channels', 0, 'hours'], v)),
		});
		c.languages = await a.ask<string[]>({
			key: `${k}.languages`,
			question: `Channel ${n}: languages (Enter for ${langs.join(', ')}; "none" if not known)`,
			// (No languages means the service's answer was wrong, already reported: none, not a second problem.)
			default: langs.length ? langs.join(', ') : 'none',
			noneAnswer: 'none',
			empty: [],
			parse: (x) => (x === 'none' ? ok([]) : languages(x, ['channels', 0, 'languages'])),
		});
		c.anonymous = await a.ask(
			yesNoUnknown(
				`${k}.anonymous`,
				`Channel ${n}: can a child stay anonymous? (yes, no, unknown)`,
				'unknown',
			),
		);
		c.human_responder = await a.ask(
			yesNoUnknown(
				`${k}.human_responder`,
				`Channel ${n}: does a person answer? (yes, no, unknown)`,
				type === 'chatbot' ? 'no' : 'unknown',
			),
		);
		channels.push(c);
		if (a.interactive && n >= MAX_CHANNELS) {
			a.say(`That is the most channels a record can have (${MAX_CHANNELS}).`);
			break;
		}
		if (!(await a.another('channels', n, 'Add another channel? (yes, no)'))) break;
	}

	a.say(`\nWho it is for:\n${termList('audiences')}`);
	const audiences = await a.ask(
		termQuestion(
			'audiences',
			'Audiences (numbers or ids, separated by commas)',
			'audiences',
			['audiences'],
			true,
			'choose who it is for, e.g. children, adolescents (data/taxonomies/audiences.yaml)',
		),
	);
	a.say(`\nWhat it helps with:\n${termList('topics')}`);
	const topics = await a.ask(
		termQuestion(
			'topics',
			'Topics (numbers or ids, separated by commas)',
			'topics',
			['topics'],
			true,
			'choose what it helps with, e.g. mental_health, cyberbullying (data/taxonomies/topics.yaml)',
		),
	);
	let reportScope: string[] | undefined;
	if (functions.includes('reporting')) {
		a.say(`\nWhat reports it accepts:\n${termList('report-scope')}`);
		reportScope = await a.ask(
			termQuestion(
				'report_scope',
				'Report scope (numbers or ids, separated by commas)',
				'report-scope',
				['report_scope'],
				true,
				'a reporting service says what it accepts, e.g. csam (data/taxonomies/report-scope.yaml)',
			),
		);
	}

	a.say('\nThe source: the page where you read these facts.');
	const sourceUrl =
		(await a.ask(
			text('source.url', 'Address of the source', ['sources', 0, 'url'], {
				missing: 'write the address of the page where you read the facts',
			}),
		)) ?? '';
	const accessed = await a.ask<string>({
		key: 'source.accessed',
		question: 'Date you read it (YYYY-MM-DD)',
		default: today(),
		empty: '',
		parse: (x) => {
			const problems = fieldProblems('resource', ['sources', 0, 'accessed'], x);
			if (problems.length) return checked(x, problems);
			return x <= today()
				? ok(x)
				: bad(`${x} is after today (${today()})`, 'write the day you read the source');
		},
	});
	const sourceTitle = await a.ask(
		text('source.title', 'Title of the source (Enter to skip)', ['sources', 0, 'title'], {
			optional: true,
		}),
	);
	a.say(
		`\nHow do you know?\n${HOW_KNOWN.map((h, i) => `  ${i + 1}. ${h.id} — ${h.label}`).join('\n')}\nThe record will say that a contributor checked the facts, with low confidence, until an editor checks them.`,
	);
	const [method] = await a.ask(
		pick(
			'how_known',
			'How you know (number or id)',
			HOW_KNOWN.map((h) => h.id),
			{
				missing: `say how you checked the facts: ${choices(HOW_KNOWN.map((h) => h.id))}`,
				check: (v) =>
					v[0] && HOW_KNOWN.some((h) => h.id === v[0])
						? []
						: [
								{
									message: `"${v[0] ?? ''}" is not one of the choices`,
									hint: `use one of ${choices(HOW_KNOWN.map((h) => h.id))}`,
								},
							],
			},
		),
	);
	const source: Record<string, unknown> = { url: sourceUrl, accessed };
	if (sourceTitle) source.title = sourceTitle;

	// The organisation: one already listed for the record's countries, or a new one.
	const orgs = listOrganizations(opts.contentRoot);
	const here = organizationsIn(orgs, scope === 'global' ? [] : countries);
	const place = scope === 'global' ? 'international bodies' : countries.join(', ');
	a.say(
		here.length
			? `\nOrganisations already listed for ${place}:\n${here.map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.id} — ${o.name}`).join('\n')}`
			: `\nNo organisation is listed for ${place} yet.`,
	);
	const listed = here.map((o) => o.id);
	let organization = await a.ask<string | undefined>({
		key: 'organization',
		question: `Organisation that runs it: ${here.length ? 'a number from the list, or ' : ''}the id or name of a listed organisation; Enter to add a new one`,
		optional: true,
		empty: undefined,
		parse: (x) => {
			if (x === '') return ok(undefined);
			const byNumber = /^\d+$/.test(x) ? here[Number(x) - 1]?.id : undefined;
			const found = byNumber ?? findOrganization(orgs, x);
			if (found) return ok(found);
			return bad(
				`"${x}" is not a listed organisation`,
				`${listed.length ? `choose one of ${listed.slice(0, 12).join(', ')}${listed.length > 12 ? ' …' : ''}, or ` : ''}${a.interactive ? 'press Enter to add it as a new one' : 'describe it under new_organization'}`,
			);
		},
	});
	const files = new Map<string, string>();
	let orgName = '';
	if (!organization) {
		a.say(
			'\nA new organisation: its file is written too. Write its official name as it writes it; a transliteration or an acronym goes in the other name.',
		);
		orgName =
			(await a.ask(
				text('new_organization.name', 'Its official name', ['name'], {
					schema: 'organization',
					missing: `say which organisation runs the service: organization: <the id of a listed one>${listed.length ? ` (listed for ${place}: ${listed.slice(0, 6).join(', ')}${listed.length > 6 ? ' …' : ''})` : ''}, or new_organization: with its name, type and description`,
				}),
			)) ?? '';
		const already = orgName ? findOrganization(orgs, orgName) : undefined;
		if (already && a.interactive) {
			a.say(`That is ${already}, already listed: the record will use it.`);
			organization = already;
		} else if (already) {
			organization = already;
			a.skip('new_organization');
			a.report({
				field: 'new_organization.name',
				message: `"${orgName}" is already listed as ${already}`,
				hint: `write organization: ${already} instead of new_organization`,
				severity: 'error',
			});
		}
	}
	// The rest of a new organisation, when its name was given (a missing name is reported once).
	if (!organization && (orgName || a.interactive)) {
		const O_ = 'new_organization';
		const orgAlt = await a.ask(
			text(
				`${O_}.alternate_name`,
				'Its other name or acronym, e.g. its name in Latin letters (Enter to skip)',
				['alternate_name'],
				{ schema: 'organization', optional: true },
			),
		);
		const prefix = where || 'xx';
		const base =
			slugify(orgName, { lang, max: 50 }) || (orgAlt ? slugify(orgAlt, { lang, max: 50 }) : '');
		const id = await a.ask<string>({
			key: `${O_}.id`,
			question: 'Its file name (lower-case letters, digits, hyphens)',
			default: base ? `${prefix}-${base}` : undefined,
			missing:
				"the name has no letters that can be written in Latin letters: write a file name such as ke-example-foundation, or give the organisation's other name",
			empty: '',
			parse: (x) =>
				!SLUG.test(x)
					? bad(
							`"${x}" is not a valid file name`,
							'use lower-case letters, digits and single hyphens, e.g. ke-example-foundation',
						)
					: orgs.some((o) => o.id === x)
						? bad(
								`content/organizations/${x}.yaml already exists`,
								`write organization: ${x} to use it, or choose another file name`,
							)
						: ok(x),
		});
		const type = await a.ask(
			pick(`${O_}.type`, `Its type (${choices(ORG_TYPES)})`, ORG_TYPES, {
				missing: `say what kind of organisation it is: ${choices(ORG_TYPES)}`,
				check: (v) => fieldProblems('organization', ['type'], v[0]),
			}),
		);
		const orgDescription = await a.ask(
			text(`${O_}.description`, 'What it is, in facts (at most 600 characters)', ['description'], {
				schema: 'organization',
				missing: 'write what the organisation is, in facts, in at most 600 characters',
			}),
		);
		const orgUrl = await a.ask(
			text(`${O_}.url`, 'Its website (https://)', ['url'], {
				schema: 'organization',
				default: url,
				optional: !url && !a.interactive,
				missing: "write the organisation's website, starting with https://",
			}),
		);
		const org: Record<string, unknown> = {
			name: orgName,
			alternate_name: orgAlt,
			type: type[0],
			countries: scope === 'global' ? [] : countries,
			description: orgDescription,
			url: orgUrl,
			sources: [source],
		};
		if (id) files.set(`content/organizations/${id}.yaml`, organizationYaml(org));
		organization = id;
	}

	const notesForEditors = await a.ask(
		text(
			'notes_for_editors',
			'Notes for the editors: anything they should know (Enter to skip). They go in your pull request, never in the record',
			['notes'],
			{ optional: true },
		),
	);

	const record: Record<string, unknown> = {
		name,
		alternate_name: alternateName,
		organization,
		resource_type: resourceType,
		functions,
		status: status[0],
		scope,
		countries,
		description,
		summary_child: summaryChild,
		url,
		channels,
		audiences,
		topics,
		languages: langs,
		report_scope: reportScope,
		verification: contributorVerification(accessed, method ?? ''),
		sources: [source],
	};
	const recordPath = `content/resources/${where}/${slug}.yaml`;
	files.set(recordPath, resourceYaml(record));
	return {
		files,
		recordPath,
		id: `${where}/${slug}`,
		name,
		source: { url: sourceUrl, accessed },
		notesForEditors,
		notes,
	};
}
