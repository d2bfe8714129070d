/** Building blocks shared by every schema. Each carries a description: it becomes the JSON
 * Schema's description, the editor's hover text and the field reference in CONTRIBUTING.md. */
import { z } from 'astro/zod';

/**
 * Plain text: rejects what looks like HTML or script (`<` followed by a letter, `/`, `!` or `?`)
 * and the invisible and control characters of FORBIDDEN_CHARS (below; joiners, which some scripts
 * need between letters, are left to the validator's finer rule).
 */
export const NO_HTML =
	// eslint-disable-next-line no-control-regex -- the pattern exists to refuse control characters
	/^(?![\s\S]*<[A-Za-z/!?])[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]*$/;
/** Slugs: lower-case letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The only URL schemes a record may link to. */
export const CONTACT_URL =
	/^(?:https:\/\/[^\s<>"'`]+|tel:\+?[0-9][0-9\s-]*|sms:\+?[0-9][0-9\s-]*|mailto:[^\s<>"'`@]+@[^\s<>"'`]+)$/;
export const HTTPS_URL = /^https:\/\/[^\s<>"'`]+$/;
/** Sources may be old government pages that never moved to https, so http: is allowed here only. */
export const SOURCE_URL = /^https?:\/\/[^\s<>"'`]+$/;
export const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;
export const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;
export const EMAIL = /^[^\s<>"'`@]+@[^\s<>"'`@]+\.[^\s<>"'`@]+$/;
export const TIMEZONE = /^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2}|UTC)$/;
/** A date only as precise as its source shows it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE = /^[12][0-9]{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;
/**
 * Characters no text field may hold: C0 and C1 controls (NUL, ESC …, but not tab and line breaks),
 * bidirectional controls (U+202E would display a name reversed), zero-width and invisible
 * characters, line and paragraph separators, and non-characters. The validator reports each one
 * with its code point (src/validate/text-rules.ts); the JSON Schema carries the same rule for
 * editors. Zero-width joiners between letters or emoji, as Persian and Indic scripts need, are
 * allowed by the validator.
 */
export const FORBIDDEN_CHARS =
	// eslint-disable-next-line no-control-regex -- the pattern exists to find control characters
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]/;

export const plainText = (max: number, what: string) =>
	z
		.string()
		.min(1)
		.max(max)
		.regex(NO_HTML)
		.describe(`${what} Plain text, at most ${max} characters; no HTML.`);

/** A date a source carries: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source shows. */
export const sourceDate = (what: string) =>
	z
		.string()
		.regex(PARTIAL_DATE)
		.describe(
			`${what} Written YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source shows it, never in the future.`,
		);

export const isoDate = (what: string) =>
	z.string().date().describe(`${what} A date written YYYY-MM-DD, not in the future.`);

export const boolOrUnknown = (what: string) =>
	z
		.union([z.boolean(), z.literal('unknown')])
		.describe(`${what} true, false, or unknown when no source says.`);

export const slug = (what: string) => z.string().regex(SLUG).max(80).describe(what);

export const sourceSchema = z
	.object({
		url: z
			.string()
			.regex(SOURCE_URL)
			.describe('The address of the page or document read (https:, or http: for old pages).'),
		accessed: isoDate(
			'The date we read the source (not a date the source carries: that is published or updated).',
		),
		title: plainText(300, 'The title of the page or document.').optional(),
		publisher: plainText(200, 'Who published the source.').optional(),
		published: sourceDate(
			'The date the source itself carries as its publication date, if it shows one.',
		).optional(),
		updated: sourceDate(
			'The date the source itself shows as last updated (or, weakest, its copyright year; say so in note).',
		).optional(),
		supports: z
			.array(z.string().regex(/^[a-z_.[\]0-9]+$/))
			.optional()
			.describe('Which fields this source backs, e.g. [channels, hours].'),
		note: plainText(
			500,
			'Anything a reader should know about this source (old, partial, translated …).',
		).optional(),
	})
	.strict()
	.describe('A source read for this record: its address and the date it was read.');

export const sourcesSchema = z
	.array(sourceSchema)
	.min(1)
	.describe(
		'Every source the facts come from; at least one. Each number and URL must come from one of them.',
	);

/** Reviews by children or young people of a record, a figure file or a page: shown as such. */
export const youthReviewSchema = z
	.array(
		z
			.object({
				date: isoDate('When the young people reviewed it.'),
				panel: plainText(
					200,
					'The panel or group that reviewed it, e.g. "Youth panel of the Example Safer Internet Centre".',
				),
				organisation: plainText(200, 'The organisation that ran the review.'),
				checked: plainText(
					400,
					'What they checked: the wording, the numbers, whether a 13-year-old would understand it …',
				),
				outcome: plainText(400, 'What changed after the review.').optional(),
				url: z
					.string()
					.regex(SOURCE_URL)
					.describe('Where the review is documented, if anywhere public.')
					.optional(),
			})
			.strict(),
	)
	.min(1)
	.describe('Reviews by children or young people: when, by whom and what they checked.');
