/** Building blocks shared by every schema. Each carries a description: it becomes the JSON
 * Schema's description, the editor's hover text and the field reference in CONTRIBUTING.md. */
import { z } from 'astro/zod';

/** Rejects text that looks like HTML or script: `<` followed by a letter, `/`, `!` or `?`. */
export const NO_HTML = /^(?![\s\S]*<[A-Za-z/!?])[\s\S]*$/;
/** Slugs: lower-case letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The only URL schemes a record may link to. */
export const CONTACT_URL = /^(?:https:\/\/[^\s<>"'`]+|tel:\+?[0-9][0-9\s-]*|sms:\+?[0-9][0-9\s-]*|mailto:[^\s<>"'`@]+@[^\s<>"'`]+)$/;
export const HTTPS_URL = /^https:\/\/[^\s<>"'`]+$/;
/** Sources may be old government pages that never moved to https, so http: is allowed here only. */
export const SOURCE_URL = /^https?:\/\/[^\s<>"'`]+$/;
export const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;
export const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;
export const EMAIL = /^[^\s<>"'`@]+@[^\s<>"'`@]+\.[^\s<>"'`@]+$/;
export const TIMEZONE = /^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2}|UTC)$/;

export const plainText = (max: number, what: string) =>
	z.string().min(1).max(max).regex(NO_HTML).describe(`${what} Plain text, at most ${max} characters; no HTML.`);

export const isoDate = (what: string) =>
	z.string().date().describe(`${what} A date written YYYY-MM-DD, not in the future.`);

export const boolOrUnknown = (what: string) =>
	z.union([z.boolean(), z.literal('unknown')]).describe(`${what} true, false, or unknown when no source says.`);

export const slug = (what: string) => z.string().regex(SLUG).max(80).describe(what);

export const sourceSchema = z
	.object({
		url: z.string().regex(SOURCE_URL).describe('The address of the page or document read (https:, or http: for old pages).'),
		accessed: isoDate('The date the source was read.'),
		title: plainText(300, 'The title of the page or document.').optional(),
		publisher: plainText(200, 'Who published the source.').optional(),
		published: isoDate('When the source itself was published or last updated, if it says.').optional(),
		supports: z
			.array(z.string().regex(/^[a-z_.[\]0-9]+$/))
			.optional()
			.describe('Which fields this source backs, e.g. [channels, hours].'),
		note: plainText(500, 'Anything a reader should know about this source (old, partial, translated …).').optional(),
	})
	.strict()
	.describe('A source read for this record: its address and the date it was read.');

export const sourcesSchema = z
	.array(sourceSchema)
	.min(1)
	.describe('Every source the facts come from; at least one. Each number and URL must come from one of them.');
