/** National emergency numbers (data/emergency-numbers/<cc>.yaml). */
import { z } from 'astro/zod';
import { countryCodes } from './reference';
import { plainText, sourcesSchema } from './common';

export const EMERGENCY_KINDS = [
	'general',
	'police',
	'ambulance',
	'fire',
	'child_protection',
] as const;

export const emergencyNumbersSchema = z
	.object({
		country: z.enum(countryCodes()).describe('ISO 3166-1 alpha-2 code; must match the file name.'),
		numbers: z
			.array(
				z
					.object({
						value: z
							.string()
							.regex(/^[0-9]{2,6}(?: [0-9]{2,4})*$/)
							.describe('The number as dialled, e.g. "112" or "999".'),
						for: z
							.array(z.enum(EMERGENCY_KINDS))
							.min(1)
							.describe('general, police, ambulance, fire, child_protection.'),
						note: plainText(200, 'Anything to add.').optional(),
					})
					.strict(),
			)
			.min(1),
		sources: sourcesSchema,
		notes: plainText(600, 'Where sources disagree, or how current they are.').optional(),
	})
	.strict()
	.describe('The emergency numbers of one country, with sources.');
export type EmergencyNumbers = z.infer<typeof emergencyNumbersSchema>;
