/** The resource record: one service a child or young person can reach (content/resources/). */
import { z } from 'astro/zod';
import { criteriaIds } from './criteria';
import { countryCodes, regionList, termIds } from './reference';
import {
	boolOrUnknown,
	CONTACT_URL,
	EMAIL,
	HTTPS_URL,
	isoDate,
	LANGUAGE,
	plainText,
	slug,
	SOURCE_URL,
	sourceDate,
	youthReviewSchema,
	sourcesSchema,
	TIME,
	TIMEZONE,
} from './common';

export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const COSTS = [
	'free',
	'free_from_some_networks',
	'standard_rate',
	'paid',
	'unknown',
] as const;
export const STATUSES = ['active', 'inactive', 'defunct', 'temporarily_closed'] as const;
export const SCOPES = ['global', 'regional', 'national', 'subnational'] as const;
export const HARMONISED = ['116 111', '116 000', '116 123'] as const;
export const YOUTH_PARTICIPATION = [
	'youth_led',
	'youth_co_designed',
	'youth_advisory',
	'none',
	'unknown',
] as const;
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const YOUTH_ROLES = [
	'lead',
	'answer',
	'moderate',
	'design',
	'advise',
	'create',
	'research',
] as const;
export const VERIFICATION_METHODS = [
	'desk_review',
	'website_check',
	'contacted',
	'self_reported',
	'youth_review',
] as const;
export const ASSESSMENT_STATUSES = [
	'met',
	'partially_met',
	'not_met',
	'unknown',
	'not_applicable',
] as const;
export const RISK_DIMENSIONS = ['content', 'contact', 'conduct', 'contract'] as const;
/** The most channels one record lists; the issue forms offer this many channel groups. */
export const MAX_CHANNELS = 8;
/** How far a translation of a record's text has been checked (see translations). */
export const TRANSLATION_STATUS = ['awaiting_review', 'reviewed', 'operator'] as const;
/** verified_by_role of an editor's check. */
export const EDITOR_ROLE = 'pop-data-editor';
/**
 * verified_by_role of a contributor's own check (a record sent with `npm run new` or an issue
 * form): the record says so, with low confidence, until an editor checks it and writes their role.
 */
export const CONTRIBUTOR_ROLE = 'community-contributor';

const language = z
	.string()
	.regex(LANGUAGE)
	.describe('A BCP-47 language tag such as en, fr, sw, pt-BR or zh-Hant.');

export const scheduleSchema = z
	.object({
		days: z.array(z.enum(DAYS)).min(1).describe('Days of the week: MO TU WE TH FR SA SU.'),
		opens: z
			.string()
			.regex(TIME)
			.describe('Opening time, 24-hour HH:MM, in the channel time zone.'),
		closes: z
			.string()
			.regex(TIME)
			.describe(
				'Closing time, 24-hour HH:MM; 24:00 for midnight. Earlier than opens means it closes after midnight.',
			),
	})
	.strict()
	.describe('Opening hours on some days of the week.');

export const hoursSchema = z
	.union([
		z.literal('unknown'),
		z
			.object({
				always_open: z.literal(true).describe('true: open 24 hours a day, 7 days a week.'),
				note: plainText(200, 'Anything to add, e.g. "except public holidays".').optional(),
			})
			.strict(),
		z
			.object({
				timezone: z
					.string()
					.regex(TIMEZONE)
					.describe('IANA time zone of the schedule, e.g. Africa/Nairobi.'),
				schedule: z.array(scheduleSchema).min(1),
				note: plainText(200, 'Anything to add, e.g. "closed on public holidays".').optional(),
			})
			.strict(),
	])
	.describe('When the channel is open: unknown, { always_open: true }, or { timezone, schedule }.');

export const channelSchema = z
	.object({
		type: z
			.enum(termIds('channels'))
			.describe('How to reach the service (data/taxonomies/channels.yaml).'),
		value: plainText(
			120,
			'The number, short code or address as people write it in the country, e.g. "116 111".',
		).optional(),
		e164: z
			.string()
			.regex(/^\+[1-9][0-9]{6,14}$/)
			.describe(
				'The full international number, +country code and digits only, where one exists (not for short codes).',
			)
			.optional(),
		url: z
			.string()
			.regex(CONTACT_URL)
			.describe('The link for this channel: https:, tel:, sms: or mailto: only.')
			.optional(),
		platform: z
			.string()
			.regex(/^[a-z0-9_]+$/)
			.nullable()
			.describe(
				'For messaging apps and social media: the platform (telegram, viber, line, messenger, instagram …).',
			)
			.optional(),
		label: plainText(
			80,
			'A short label for the channel when the type alone is not enough.',
		).optional(),
		cost: z
			.enum(COSTS)
			.describe(
				'What contact costs the child: free, free_from_some_networks, standard_rate, paid or unknown.',
			),
		hours: hoursSchema,
		languages: z.array(language).describe('Languages offered on this channel; [] when not known.'),
		anonymous: boolOrUnknown('Can a child use this channel without giving their name?'),
		human_responder: boolOrUnknown('Does a person (not a bot) answer?'),
		requires_account: boolOrUnknown('Does the child need to register or sign in first?').optional(),
		note: plainText(300, 'Anything a child should know about this channel.').optional(),
		number_country: z
			.enum(countryCodes())
			.describe(
				'The country whose numbering plan the number belongs to, only when it is not a country the record serves (e.g. a line reached from abroad).',
			)
			.optional(),
		phone_check_exception: plainText(
			200,
			'Why this number is right although the phone-number library rejects it (e.g. a new range); with a source.',
		).optional(),
	})
	.strict()
	.describe('One way to reach the service, with its own hours, cost, languages and anonymity.');

export const assessmentEntrySchema = z
	.object({
		status: z
			.enum(ASSESSMENT_STATUSES)
			.describe('met, partially_met, not_met, unknown or not_applicable.'),
		evidence: z.string().regex(SOURCE_URL).describe('The page that shows it.'),
		assessed_on: isoDate('When it was assessed.'),
		method: z
			.enum(['self_reported', 'desk_review', 'contacted', 'youth_review'])
			.describe('How it was assessed.'),
		note: plainText(300, 'What was found.').optional(),
	})
	.strict();

export const resourceSchema = z
	.object({
		name: plainText(160, 'The official public name of the service.'),
		alternate_name: plainText(160, 'Another name the service is known by.').optional(),
		organization: slug(
			'The organisation that runs it: the file name (without .yaml) in content/organizations/.',
		),
		resource_type: z
			.enum(termIds('resource-types'))
			.describe('What kind of service this is (data/taxonomies/resource-types.yaml).'),
		functions: z
			.array(z.enum(termIds('functions')))
			.min(1)
			.describe('What the service does (data/taxonomies/functions.yaml).'),
		status: z.enum(STATUSES).describe('active, inactive, defunct or temporarily_closed.'),
		scope: z.enum(SCOPES).describe('Where it serves: global, regional, national or subnational.'),
		countries: z
			.array(z.enum(countryCodes()))
			.describe(
				'ISO 3166-1 alpha-2 codes (upper case) of the countries served; [] for a global service.',
			),
		regions: z
			.array(
				z.enum(
					regionList().flatMap((r) => [r.code, ...r.subregions.map((s) => s.code)]) as [
						string,
						...string[],
					],
				),
			)
			.describe('For a regional service: UN M49 region or sub-region codes (data/regions.yaml).')
			.optional(),
		subnational_areas: z
			.array(z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))
			.describe('ISO 3166-2 codes of the areas served, for a subnational service.')
			.optional(),
		description: plainText(600, 'What the service is and does, in facts (no marketing).'),
		summary_child: plainText(140, 'One line for a child, in plain words.').optional(),
		url: z.string().regex(HTTPS_URL).describe("The service's web page (https:)."),
		email: z.string().regex(EMAIL).describe('A general contact email address.').optional(),
		harmonised_number: z
			.enum(HARMONISED)
			.describe('An EU harmonised number the service answers: "116 111", "116 000" or "116 123".')
			.optional(),
		channels: z
			.array(channelSchema)
			.min(1)
			.max(MAX_CHANNELS)
			.describe(`Every way to reach the service; at least one, at most ${MAX_CHANNELS}.`),
		audiences: z
			.array(z.enum(termIds('audiences')))
			.min(1)
			.describe('Who it is for (data/taxonomies/audiences.yaml).'),
		age: z
			.object({
				min: z.number().int().min(0).max(30).nullable().describe('Youngest age served, or null.'),
				max: z.number().int().min(0).max(30).nullable().describe('Oldest age served, or null.'),
			})
			.strict()
			.describe('The ages served, where the service states them.')
			.optional(),
		topics: z
			.array(z.enum(termIds('topics')))
			.min(1)
			.describe('What it helps with (data/taxonomies/topics.yaml).'),
		risk_dimensions: z
			.array(z.enum(RISK_DIMENSIONS))
			.describe('The 4C online risks it covers: content, contact, conduct, contract.')
			.optional(),
		languages: z.array(language).min(1).describe('Every language the service works in.'),
		accessibility: z
			.object({
				statement_url: z
					.string()
					.regex(HTTPS_URL)
					.nullable()
					.optional()
					.describe('Its accessibility statement.'),
				sign_language: boolOrUnknown('Contact in a sign language.').optional(),
				relay_text: boolOrUnknown('Text relay or textphone.').optional(),
				easy_read: boolOrUnknown('Easy-read information.').optional(),
				low_bandwidth: boolOrUnknown('Usable on a slow connection.').optional(),
			})
			.strict()
			.describe('Accessibility features, where known.')
			.optional(),
		what_to_expect: plainText(
			800,
			'What happens when a child makes contact, and the limits of confidentiality.',
		).optional(),
		site_safety: z
			.object({
				quick_exit: boolOrUnknown("The service's site has a quick-exit button.").optional(),
				no_login_to_view: boolOrUnknown('Information can be read without signing in.').optional(),
			})
			.strict()
			.optional()
			.describe("Safety of the service's own website."),
		youth_roles: z
			.array(z.enum(YOUTH_ROLES))
			.describe(
				'What young people do in the service, as a source says: lead, answer (peer supporters), moderate, design, advise, create (content, campaigns), research.',
			)
			.optional(),
		applies_in: z
			.array(z.enum(countryCodes()))
			.describe(
				'For a global service that works only in some countries (a platform feature, a tool launched country by country): the countries where a source says it applies.',
			)
			.optional(),
		youth_participation: z
			.enum(YOUTH_PARTICIPATION)
			.describe(
				'How young people take part: youth_led, youth_co_designed, youth_advisory, none or unknown.',
			)
			.optional(),
		memberships: z
			.array(z.enum(termIds('memberships')))
			.describe('Networks it belongs to (data/taxonomies/memberships.yaml).')
			.optional(),
		report_scope: z
			.array(z.enum(termIds('report-scope')))
			.describe(
				'For reporting services: what reports it accepts. Required when functions include reporting.',
			)
			.optional(),
		related: z
			.array(z.string().regex(/^(?:[a-z]{2}|global|regional)\/[a-z0-9]+(?:-[a-z0-9]+)*$/))
			.describe('Ids of other records on the same help-and-report path, e.g. global/take-it-down.')
			.optional(),
		assessment: z
			.record(z.enum(criteriaIds()), assessmentEntrySchema)
			.describe(
				'Assessment facts that cannot be derived from the record, each with evidence and date (data/assessment-criteria.yaml).',
			)
			.optional(),
		verification: z
			.object({
				last_verified: isoDate('When the facts were last checked against the sources.'),
				method: z
					.enum(VERIFICATION_METHODS)
					.describe(
						'How the facts were checked: desk_review (pages or documents about the service read), website_check (its own website read), contacted (the service asked), self_reported (the service gave them) or youth_review (young reviewers checked them).',
					),
				verified_by_role: z
					.string()
					.regex(/^[a-z][a-z0-9-]{1,60}$/)
					.describe(
						`Who checked, as a role, never a person's name: ${EDITOR_ROLE} only when an editor checked the facts; ${CONTRIBUTOR_ROLE} for a contributor's own check (npm run new, the issue forms), with confidence low, until an editor checks it.`,
					),
				confidence: z
					.enum(CONFIDENCE)
					.describe(
						'How sure we are of the contact facts: high (operator or government page, current), medium, low.',
					),
				note: plainText(
					400,
					'Why this confidence: what was and was not found, e.g. "no source after 2019 shows the number".',
				).optional(),
				history: z
					.array(
						z
							.object({
								date: isoDate('When this earlier check was done.'),
								method: z.enum(VERIFICATION_METHODS).describe('How it was checked.'),
								verified_by_role: z
									.string()
									.regex(/^[a-z][a-z0-9-]{1,60}$/)
									.describe("A role, never a person's name."),
								confidence: z.enum(CONFIDENCE).describe('The confidence it gave.').optional(),
								note: plainText(300, 'What was checked or changed.').optional(),
							})
							.strict(),
					)
					.describe(
						'Earlier checks of this record, newest first; the current one is last_verified.',
					)
					.optional(),
			})
			.strict()
			.describe('When and how the record was last checked.'),
		sources: sourcesSchema,
		notes: plainText(
			1500,
			'Provenance notes: old sources, caveats, what could not be confirmed.',
		).optional(),
		conflicts: z
			.array(
				z
					.object({
						field: z
							.string()
							.regex(/^[a-z_.[\]0-9]+$/)
							.describe('The field concerned.'),
						description: plainText(
							500,
							'What the sources disagree on and which one the record follows.',
						),
					})
					.strict(),
			)
			.describe('Where sources disagree.')
			.optional(),
		previous_numbers: z
			.array(
				z
					.object({
						value: plainText(120, 'The old number or address.'),
						type: z
							.enum(termIds('channels'))
							.describe(
								'The kind of channel it was, when the same number now serves another kind (e.g. a phone line that became a WhatsApp number).',
							)
							.optional(),
						replaced_by: plainText(120, 'What replaced it.').optional(),
						until: isoDate('When it stopped working, if known.').optional(),
						note: plainText(300, 'Context.').optional(),
					})
					.strict(),
			)
			.describe(
				'Numbers or addresses that were replaced, so readers with an old leaflet are not confused.',
			)
			.optional(),
		shared_contacts: z
			.array(
				z
					.object({
						value: plainText(300, 'The number or URL this record shares with another record.'),
						reason: plainText(
							300,
							'Why two records share it (e.g. one line answers for both services).',
						),
					})
					.strict(),
			)
			.describe('Contact points this record knowingly shares with another record.')
			.optional(),
		channel_census: z
			.object({
				checked: isoDate(
					"When the service's channels were last checked against its own list of them.",
				),
				source: z
					.string()
					.regex(SOURCE_URL)
					.describe('The page that lists how to reach the service (it must also be in sources).'),
				not_offered: z
					.array(z.enum(termIds('channel-kinds')))
					.describe(
						'Channel kinds the service does not offer: its list of channels, read on the source, does not include them (data/taxonomies/channel-kinds.yaml).',
					)
					.optional(),
				offered_unlisted: z
					.array(z.enum(termIds('channel-kinds')))
					.describe(
						"Channel kinds the source lists among the service's ways to reach it that the record does not list as channels: the source shows no address for them (no number, chat link or app link), or only a source too old to put a number before a child shows it. They count as offered in the census; say in the note what the source shows and why no channel is listed.",
					)
					.optional(),
				discontinued: z
					.array(
						z
							.object({
								kind: z.enum(termIds('channel-kinds')).describe('The channel kind that closed.'),
								until: sourceDate('When it closed, as precisely as the source says.').optional(),
								note: plainText(300, 'What the source says about it.'),
							})
							.strict(),
					)
					.describe('Channel kinds the service offered and stopped, with what the source says.')
					.optional(),
				note: plainText(400, 'How the list was read, and anything uncertain.').optional(),
			})
			.strict()
			.describe(
				'Which kinds of channel the service does not offer, has stopped, or offers at an address the source does not show. Kinds that are neither in channels nor here are "not checked".',
			)
			.optional(),
		declared_domains: z
			.array(
				z
					.object({
						domain: z
							.string()
							.min(3)
							.max(253)
							.describe('A registrable domain or host, e.g. chat-provider.example or xn--….'),
						reason: plainText(300, 'Why the service uses it, with the page that shows it.'),
					})
					.strict(),
			)
			.describe(
				"Web domains the record links to that are not the service's or its organisation's own (a chat provider, an internationalised name).",
			)
			.optional(),
		alert: plainText(300, 'A temporary notice: closure, number change.').optional(),
		external_ids: z
			.object({
				wikidata: z
					.string()
					.regex(/^Q[0-9]+$/)
					.nullable()
					.optional()
					.describe('Wikidata item, e.g. Q1234.'),
				chi_member: z
					.string()
					.max(80)
					.nullable()
					.optional()
					.describe('Child Helpline International member name or id.'),
				inhope_member: z
					.string()
					.max(80)
					.nullable()
					.optional()
					.describe('INHOPE member hotline name or id.'),
			})
			.strict()
			.describe('Identifiers in other registries.')
			.optional(),
		youth_review: youthReviewSchema.optional(),
		translations: z
			.record(
				z.string().regex(LANGUAGE),
				z
					.object({
						name: plainText(160, 'The name in this language.').optional(),
						description: plainText(720, 'The description in this language.').optional(),
						summary_child: plainText(
							180,
							'The child summary in this language (languages run longer than English: up to 180 characters).',
						).optional(),
						status: z
							.enum(TRANSLATION_STATUS)
							.describe(
								'awaiting_review: translated, not yet checked by a native speaker (pages say so); reviewed: a native speaker checked it; operator: the operator publishes this wording itself (give source).',
							),
						translated: isoDate('The day the text was translated or checked.'),
						source: z
							.string()
							.regex(SOURCE_URL, 'a whole address: https://…')
							.optional()
							.describe('With status operator: the operator page that shows this wording.'),
					})
					.strict(),
			)
			.describe(
				'Text in other languages, keyed by BCP-47 tag. Numbers, codes and addresses stay exactly as in the English text (the validator compares their digits).',
			)
			.optional(),
	})
	.strict()
	.describe(
		'A POP Atlas resource record: one service children and young people can reach for help or protection.',
	);

export type Resource = z.infer<typeof resourceSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Hours = z.infer<typeof hoursSchema>;
