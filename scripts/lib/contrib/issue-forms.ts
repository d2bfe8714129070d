/**
 * The GitHub issue forms (.github/ISSUE_TEMPLATE/): "Add a service", "Correct a record",
 * "Report a site problem" and "Suggestion" (the site's suggest form, for people with an account). The first two ask for the record's fields, with the schema's own
 * descriptions and the taxonomy terms as choices, so the forms cannot drift from the contract;
 * `scripts/build-issue-forms.ts` writes them and a unit test fails when the committed files differ.
 * The same definitions tell `issue-to-record` how to read an issue body back.
 */
import YAML from 'yaml';
import { organizationSchema, ORG_TYPES } from '../../../src/schemas/organization';
import { taxonomies, type TaxonomyName } from '../../../src/schemas/reference';
import {
	channelSchema,
	COSTS,
	HARMONISED,
	MAX_CHANNELS,
	resourceSchema,
	SCOPES,
	STATUSES,
	YOUTH_PARTICIPATION,
} from '../../../src/schemas/resource';
import { sourceSchema } from '../../../src/schemas/common';
import {
	AGE_BANDS,
	SUGGESTION_FIELDS,
	SUGGESTION_HEADER,
	type SuggestionKey,
} from '../../../src/model/suggestion';
import { HOW_KNOWN } from './verification';

export type FormName = 'add' | 'correct';
export interface Choice {
	id: string;
	label: string;
}
export interface FormField {
	/** GitHub field id: also the URL parameter that pre-fills it (?country=KE, ?record=ke/x). */
	id: string;
	/** The heading GitHub writes above the answer in the issue body. */
	label: string;
	type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
	description: string;
	placeholder?: string;
	/** Required in the "add" form (the correction form requires only the record, the change and the source). */
	required?: boolean;
	requiredInCorrect?: boolean;
	choices?: Choice[];
	multiple?: boolean;
	/** Index of the preselected choice (add form only). */
	default?: number;
	/** Only in one of the two forms. */
	only?: FormName;
	/**
	 * Written for the editors: quoted in the pull request, never written into the record (the
	 * issue tests check it for every such field).
	 */
	forEditors?: boolean;
}

/** Number of channel groups in the forms: as many as a record may have. */
export const FORM_CHANNELS = MAX_CHANNELS;

/** The description a zod field carries (the same text as the JSON Schema and CONTRIBUTING.md). */
const d = (schema: { description?: string | undefined }): string => schema.description ?? '';
const terms = (name: TaxonomyName): Choice[] =>
	taxonomies()[name].terms.map((t) => ({ id: t.id, label: t.label }));
const words = (ids: readonly string[], labels: Record<string, string> = {}): Choice[] =>
	ids.map((id) => ({
		id,
		label: labels[id] ?? id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
	}));
const YES_NO: Choice[] = [
	{ id: 'true', label: 'Yes' },
	{ id: 'false', label: 'No' },
	{ id: 'unknown', label: 'Not known' },
];
const R = resourceSchema.shape;
const C = channelSchema.shape;

function channelFields(n: number): FormField[] {
	const p = `channel${n}`;
	const first = n === 1;
	return [
		{
			id: `${p}_type`,
			label: `Channel ${n}: type`,
			type: 'dropdown',
			description: `${first ? 'The main way to reach the service.' : 'Another way to reach it (optional).'} ${d(C.type)}`,
			choices: terms('channels'),
			required: first,
		},
		{
			id: `${p}_value`,
			label: `Channel ${n}: number or address`,
			type: 'input',
			description: d(C.value),
			placeholder: '116 111',
		},
		{
			id: `${p}_url`,
			label: `Channel ${n}: link`,
			type: 'input',
			description: d(C.url),
			placeholder: 'https://',
		},
		{
			id: `${p}_platform`,
			label: `Channel ${n}: app or platform`,
			type: 'input',
			description: d(C.platform),
			placeholder: 'telegram',
		},
		{
			id: `${p}_cost`,
			label: `Channel ${n}: cost`,
			type: 'dropdown',
			description: d(C.cost),
			choices: words(COSTS, { standard_rate: 'Normal call or message rate', unknown: 'Not known' }),
			required: first,
		},
		{
			id: `${p}_hours`,
			label: `Channel ${n}: hours`,
			type: 'input',
			description:
				'When it is open: 24/7, unknown, or days and times such as MO-FR 08:00-17:00; SA 09:00-13:00 (24-hour clock, local time).',
			placeholder: 'MO-FR 08:00-17:00',
			required: first,
		},
		{
			id: `${p}_languages`,
			label: `Channel ${n}: languages`,
			type: 'input',
			description: `${d(C.languages)} Separate them with commas.`,
			placeholder: 'en, sw',
		},
		{
			id: `${p}_anonymous`,
			label: `Channel ${n}: anonymous`,
			type: 'dropdown',
			description: d(C.anonymous),
			choices: YES_NO,
			required: first,
		},
		{
			id: `${p}_human`,
			label: `Channel ${n}: a person answers`,
			type: 'dropdown',
			description: d(C.human_responder),
			choices: YES_NO,
			required: first,
		},
	].map((f) => ({ ...f, type: f.type as FormField['type'] }));
}

/** Every field of the "add" and "correct" forms, in order. */
export function formFields(): FormField[] {
	return [
		{
			id: 'record',
			label: 'Record to correct',
			type: 'input',
			description:
				'The id of the record: the end of its page address, e.g. ke/childline-kenya for /resources/ke/childline-kenya/.',
			placeholder: 'ke/childline-kenya',
			only: 'correct',
			requiredInCorrect: true,
		},
		{
			id: 'what_is_wrong',
			label: 'What is wrong',
			type: 'textarea',
			description:
				'Say what is wrong or missing now. Below, fill in only the fields that change. This goes to the editors in the pull request; it is not published in the record.',
			only: 'correct',
			requiredInCorrect: true,
			forEditors: true,
		},
		{
			id: 'name',
			label: 'Name of the service',
			type: 'input',
			description: d(R.name),
			required: true,
		},
		{ id: 'alternate_name', label: 'Other name', type: 'input', description: d(R.alternate_name) },
		{
			id: 'scope',
			label: 'Where it serves',
			type: 'dropdown',
			description: d(R.scope),
			choices: words(SCOPES, {
				global: 'Every country',
				regional: 'Several countries or a region',
				national: 'One whole country',
				subnational: 'Part of a country',
			}),
			required: true,
			default: 2,
		},
		{
			id: 'country',
			label: 'Countries',
			type: 'input',
			description:
				'Two-letter ISO 3166-1 codes of the countries served, e.g. KE, separated by commas; leave empty for a service that works in every country.',
			placeholder: 'KE',
		},
		{
			id: 'regions',
			label: 'Regions',
			type: 'input',
			description: `${d(R.regions)} Separate them with commas.`,
			placeholder: '002',
		},
		{
			id: 'subnational_areas',
			label: 'Areas within the country',
			type: 'input',
			description: `${d(R.subnational_areas)} Separate them with commas.`,
			placeholder: 'KE-30',
		},
		{
			id: 'resource_type',
			label: 'Type of service',
			type: 'dropdown',
			description: d(R.resource_type),
			choices: terms('resource-types'),
			required: true,
		},
		{
			id: 'functions',
			label: 'What it does',
			type: 'dropdown',
			description: d(R.functions),
			choices: terms('functions'),
			multiple: true,
			required: true,
		},
		{
			id: 'status',
			label: 'Status',
			type: 'dropdown',
			description: d(R.status),
			choices: words(STATUSES),
			required: true,
			default: 0,
		},
		{
			id: 'description',
			label: 'Description',
			type: 'textarea',
			description: d(R.description),
			required: true,
		},
		{
			id: 'summary_child',
			label: 'One line for a child',
			type: 'input',
			description: `${d(R.summary_child)} Needed for services children contact.`,
		},
		{
			id: 'url',
			label: 'Website',
			type: 'input',
			description: d(R.url),
			placeholder: 'https://',
			required: true,
		},
		{ id: 'email', label: 'Email address', type: 'input', description: d(R.email) },
		{
			id: 'harmonised_number',
			label: 'EU harmonised number',
			type: 'dropdown',
			description: d(R.harmonised_number),
			choices: words(HARMONISED, {
				'116 111': '116 111, for children',
				'116 000': '116 000, for missing children',
				'116 123': '116 123, for emotional support',
			}),
		},
		...Array.from({ length: FORM_CHANNELS }, (_, i) => channelFields(i + 1)).flat(),
		{
			id: 'timezone',
			label: 'Time zone of the hours',
			type: 'input',
			description:
				'The IANA time zone the hours are given in, e.g. Africa/Nairobi or Europe/London. Needed when you give days and times.',
			placeholder: 'Africa/Nairobi',
		},
		{
			id: 'audiences',
			label: 'Who it is for',
			type: 'dropdown',
			description: d(R.audiences),
			choices: terms('audiences'),
			multiple: true,
			required: true,
		},
		{
			id: 'age_min',
			label: 'Youngest age served',
			type: 'input',
			description: 'The youngest age the service states it serves, if it says.',
			placeholder: '0',
		},
		{
			id: 'age_max',
			label: 'Oldest age served',
			type: 'input',
			description: 'The oldest age the service states it serves, if it says.',
			placeholder: '18',
		},
		{
			id: 'topics',
			label: 'What it helps with',
			type: 'dropdown',
			description: d(R.topics),
			choices: terms('topics'),
			multiple: true,
			required: true,
		},
		{
			id: 'languages',
			label: 'Languages',
			type: 'input',
			description: `${d(R.languages)} Separate them with commas.`,
			placeholder: 'en, sw',
			required: true,
		},
		{
			id: 'report_scope',
			label: 'Reports it accepts',
			type: 'dropdown',
			description: d(R.report_scope),
			choices: terms('report-scope'),
			multiple: true,
		},
		{
			id: 'memberships',
			label: 'Networks',
			type: 'dropdown',
			description: d(R.memberships),
			choices: terms('memberships'),
			multiple: true,
		},
		{
			id: 'youth_participation',
			label: 'Youth participation',
			type: 'dropdown',
			description: d(R.youth_participation),
			choices: words(YOUTH_PARTICIPATION, {
				youth_led: 'Led by young people',
				youth_co_designed: 'Designed with young people',
				youth_advisory: 'Young people advise it',
				none: 'No',
				unknown: 'Not known',
			}),
		},
		{
			id: 'what_to_expect',
			label: 'What to expect',
			type: 'textarea',
			description: d(R.what_to_expect),
		},
		{
			id: 'organization',
			label: 'Organisation',
			type: 'input',
			description: `The organisation that runs it: its name, or its POP Atlas id if it is already listed.`,
			required: true,
		},
		{
			id: 'organization_type',
			label: 'Organisation type',
			type: 'dropdown',
			description: `Only if the organisation is not in POP Atlas yet. ${d(organizationSchema.shape.type)}`,
			choices: words(ORG_TYPES, { ngo: 'NGO' }),
		},
		{
			id: 'organization_url',
			label: 'Organisation website',
			type: 'input',
			description: `Only if the organisation is not in POP Atlas yet. ${d(organizationSchema.shape.url)}`,
			placeholder: 'https://',
		},
		{
			id: 'organization_description',
			label: 'About the organisation',
			type: 'textarea',
			description: `Only if the organisation is not in POP Atlas yet. ${d(organizationSchema.shape.description)}`,
		},
		{
			id: 'source_url',
			label: 'Source',
			type: 'input',
			description: d(sourceSchema.shape.url),
			placeholder: 'https://',
			required: true,
			requiredInCorrect: true,
		},
		{
			id: 'source_accessed',
			label: 'Date you read the source',
			type: 'input',
			description: d(sourceSchema.shape.accessed),
			placeholder: 'YYYY-MM-DD',
			required: true,
			requiredInCorrect: true,
		},
		{
			id: 'source_title',
			label: 'Title of the source',
			type: 'input',
			description: d(sourceSchema.shape.title),
		},
		{
			id: 'how_known',
			label: 'How you know',
			type: 'dropdown',
			description:
				'How you checked the facts. The record will say that a contributor checked them, with low confidence, until an editor checks them against the source.',
			choices: [...HOW_KNOWN],
			required: true,
			requiredInCorrect: true,
		},
		{
			id: 'notes',
			label: 'Notes for the editors',
			type: 'textarea',
			description:
				'Anything the editors should know: what you could not confirm, a source that disagrees, how to reach you about it. It goes to the editors in the pull request; it is not published in the record.',
			forEditors: true,
		},
		{
			id: 'confirm',
			label: 'Before you send',
			type: 'checkboxes',
			description: '',
			choices: [
				{ id: 'sourced', label: 'Every fact above comes from the source I gave, not from memory.' },
				{
					id: 'no_personal',
					label: "I have not written anyone's personal details (a service's public contacts only).",
				},
			],
			required: true,
			requiredInCorrect: true,
		},
	];
}

/** The fields of one form. */
export const fieldsOf = (form: FormName): FormField[] =>
	formFields().filter((f) => !f.only || f.only === form);

/** How a choice is written in the form, and so in the issue body: "Child helpline (child_helpline)". */
export const choiceText = (c: Choice): string => `${c.label} (${c.id})`;

const INTRO: Record<FormName, string> = {
	add: [
		'Thank you for helping children and young people find help. **Every fact needs a source** you can point to, such as the service\'s own website or a government page. Write only what the source says; choose "Not known" rather than guess.',
		'',
		'When you send the form, a robot checks it. If something is missing or wrong it says what in a comment, and you can edit the issue to fix it. If all is well it opens a pull request with the new record, and an editor checks it against the source.',
		'',
		"Do not write anyone's personal details. If you need help now, go to the [country pages](https://pop-atlas.org/countries/).",
	].join('\n'),
	correct: [
		'Thank you for keeping the mapping right. Give the record to correct, say what is wrong, and then **fill in only the fields that change**; leave the others empty. A list you fill in (languages, topics …) replaces the whole list.',
		'',
		`Channels are numbered as on the record page; a record can have up to ${FORM_CHANNELS}. To change one, fill in only what changes in that channel; to remove it, choose "Remove this channel" as its type; to add one, use the next number.`,
		'',
		'Every correction needs a source. A robot checks the form, comments if something is wrong, and otherwise opens a pull request for an editor to review.',
	].join('\n'),
};

/** A form as GitHub issue-form YAML. */
export function issueFormYaml(form: FormName): string {
	const body: unknown[] = [{ type: 'markdown', attributes: { value: INTRO[form] } }];
	for (const f of fieldsOf(form)) {
		const required = form === 'add' ? !!f.required : !!f.requiredInCorrect;
		const attributes: Record<string, unknown> = { label: f.label };
		if (f.description) attributes.description = f.description;
		if (f.type === 'dropdown') {
			const choices =
				form === 'correct' && f.id.endsWith('_type') && f.id.startsWith('channel')
					? [...f.choices!, { id: 'remove', label: 'Remove this channel' }]
					: f.choices!;
			attributes.multiple = !!f.multiple;
			attributes.options = choices.map(choiceText);
			if (form === 'add' && f.default !== undefined) attributes.default = f.default;
		} else if (f.type === 'checkboxes') {
			attributes.options = f.choices!.map((c) => ({ label: c.label, required }));
		} else if (f.placeholder) attributes.placeholder = f.placeholder;
		const field: Record<string, unknown> = { type: f.type, id: f.id, attributes };
		if (f.type !== 'checkboxes') field.validations = { required };
		body.push(field);
	}
	const head =
		form === 'add'
			? {
					name: 'Add a service',
					description:
						'Tell us about a helpline, hotline or other service for children and young people that is missing.',
					title: 'Add: ',
					labels: ['add-a-service'],
				}
			: {
					name: 'Correct a record',
					description:
						'Something about a service is wrong or out of date: a number, hours, a link.',
					title: 'Correction: ',
					labels: ['correction'],
				};
	return `# Generated by scripts/build-issue-forms.ts from src/schemas/ and data/taxonomies/. Do not edit by hand.\n${YAML.stringify({ ...head, body }, { lineWidth: 0 })}`;
}

/** The form for problems with the site itself (not with a record). */
export function siteProblemYaml(): string {
	const form = {
		name: 'Report a site problem',
		description:
			'Something on the site does not work: a broken page or link, something hard to read or use, a problem with a screen reader or keyboard.',
		title: 'Site problem: ',
		labels: ['site-problem'],
		body: [
			{
				type: 'markdown',
				attributes: {
					value:
						'Thank you. If the problem is a wrong number or detail of a service, use **Correct a record** instead. Do not write personal details.',
				},
			},
			{
				type: 'input',
				id: 'page',
				attributes: {
					label: 'Page address',
					description: 'The address of the page, e.g. https://pop-atlas.org/countries/ke/',
					placeholder: 'https://',
				},
				validations: { required: true },
			},
			{
				type: 'textarea',
				id: 'problem',
				attributes: {
					label: 'What happened',
					description: 'What you did, what you expected, and what happened instead.',
				},
				validations: { required: true },
			},
			{
				type: 'input',
				id: 'device',
				attributes: {
					label: 'Device and browser',
					description: 'For example: Android phone, Chrome; or Windows laptop, Firefox with NVDA.',
				},
				validations: { required: false },
			},
		],
	};
	return `# Generated by scripts/build-issue-forms.ts. Do not edit by hand.\n${YAML.stringify(form, { lineWidth: 0 })}`;
}

/** What each field of the suggestion form asks (its id and label come from src/model/suggestion.ts). */
const SUGGESTION_ASKS: Partial<
	Record<SuggestionKey, { description: string; placeholder?: string }>
> = {
	record: {
		description:
			'If it is about a service on POP Atlas: the end of its page address, e.g. ke/childline-kenya. Leave it empty if you do not know.',
		placeholder: 'ke/childline-kenya',
	},
	service: { description: 'The name of the service, as you saw it.' },
	// No placeholder "yes": GitHub reads its YAML as YAML 1.1, where a bare yes is a boolean.
	missing: { description: 'Write yes if the service is not on POP Atlas yet.' },
	country: {
		description: 'The two-letter code of the country, e.g. KE for Kenya.',
		placeholder: 'KE',
	},
	where: {
		description:
			'A link to the page, or a place such as "a poster at my school". Leave it empty if you do not know.',
		placeholder: 'https://',
	},
	age: {
		description: `Optional: ${AGE_BANDS.join(', ')}.`,
		placeholder: AGE_BANDS[0],
	},
	what: {
		description:
			'What is wrong or missing: a number that does not work, a service that has closed, a helpline we do not list.',
	},
};

/**
 * The suggestion form: the fields of the site's suggest form (/suggest/), with the same ids and
 * labels, so the site can fill it in from a link and `npm run intake` reads the issue like an
 * e-mailed suggestion. No robot turns it into a record: an editor runs the intake.
 */
export function suggestionYaml(): string {
	const body: unknown[] = [
		{
			type: 'markdown',
			attributes: {
				value: [
					'Thank you. The POP Atlas editors read this — volunteers who check the records. **This is not a helpline**: nobody reads it quickly, and nobody can answer for a service. If you are in danger or need to talk to someone, go to the [country pages](https://pop-atlas.org/countries/) and contact a helpline now.',
					'',
					"**We do not need to know who you are.** Please do not write your name, address, phone number or anyone else's details. An issue here is public. To write without an account, use https://pop-atlas.org/suggest/ instead.",
				].join('\n'),
			},
		},
	];
	for (const f of SUGGESTION_FIELDS) {
		if (!f.onIssueForm) continue;
		const ask = SUGGESTION_ASKS[f.key]!;
		const attributes: Record<string, unknown> = { label: f.label, description: ask.description };
		if (ask.placeholder) attributes.placeholder = ask.placeholder;
		body.push({
			type: f.key === 'what' ? 'textarea' : 'input',
			id: f.key,
			attributes,
			validations: { required: f.key === 'what' },
		});
	}
	const form = {
		name: 'Suggestion',
		description:
			'Tell the editors about a service that is missing or a detail that is wrong, in your own words.',
		title: `${SUGGESTION_HEADER}: `,
		labels: ['suggestion'],
		body,
	};
	return `# Generated by scripts/build-issue-forms.ts from src/model/suggestion.ts. Do not edit by hand.\n${YAML.stringify(form, { lineWidth: 0 })}`;
}

/** .github/ISSUE_TEMPLATE/config.yml: no blank issues; the country pages for anyone who needs help now. */
export function issueConfigYaml(site = 'https://pop-atlas.org'): string {
	return `# Generated by scripts/build-issue-forms.ts. Do not edit by hand.\n${YAML.stringify(
		{
			blank_issues_enabled: false,
			contact_links: [
				{
					name: 'I need help now',
					url: `${site}/countries/`,
					about:
						'Find a child helpline and other help in your country. Issues here are read by the people who keep the map, not by counsellors.',
				},
			],
		},
		{ lineWidth: 0 },
	)}`;
}

/** Every generated file under .github/ISSUE_TEMPLATE/, by file name. */
export function issueTemplateFiles(): Record<string, string> {
	return {
		'add-a-service.yml': issueFormYaml('add'),
		'correct-a-record.yml': issueFormYaml('correct'),
		'report-a-site-problem.yml': siteProblemYaml(),
		'suggestion.yml': suggestionYaml(),
		'config.yml': issueConfigYaml(),
	};
}
