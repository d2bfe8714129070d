/** Sourced statements that something does NOT exist in a country (data/known-absent.yaml). */
import { z } from 'astro/zod';
import { countryCodes } from './reference';
import { plainText, sourcesSchema } from './common';

/** Indicators whose absence can be stated with a source. */
export const ABSENCE_INDICATORS = [
	'child_helpline',
	'reporting_hotline',
	'takedown_route',
	'youth_initiative',
	'text_channel',
	'available_24_7',
	'free',
	'anonymous',
] as const;

export const knownAbsentSchema = z
	.object({
		entries: z
			.array(
				z
					.object({
						country: z.enum(countryCodes()).describe('ISO 3166-1 alpha-2 code.'),
						indicator: z.enum(ABSENCE_INDICATORS).describe('What is known not to exist.'),
						note: plainText(500, 'What the source says, in a sentence.'),
						sources: sourcesSchema,
					})
					.strict(),
			)
			.describe(
				'Each entry says, with a source, that a country lacks something. Without an entry, a missing record means "not yet mapped", never "none".',
			),
	})
	.strict()
	.describe('Known absences, with sources.');
export type KnownAbsent = z.infer<typeof knownAbsentSchema>;
