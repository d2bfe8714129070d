/** An organisation that runs one or more services (content/organizations/<slug>.yaml). */
import { z } from 'astro/zod';
import { countryCodes, termIds } from './reference';
import { HTTPS_URL, plainText, sourcesSchema } from './common';

export const ORG_TYPES = [
	'ngo',
	'government',
	'intergovernmental',
	'company',
	'network',
	'academic',
	'other',
] as const;

export const organizationSchema = z
	.object({
		name: plainText(200, "The organisation's official name."),
		alternate_name: plainText(200, 'Another name or acronym.').optional(),
		type: z
			.enum(ORG_TYPES)
			.describe('ngo, government, intergovernmental, company, network, academic or other.'),
		countries: z
			.array(z.enum(countryCodes()))
			.describe('Where it is based or works; [] for international bodies.'),
		description: plainText(600, 'What the organisation is, in facts.'),
		url: z.string().regex(HTTPS_URL).describe('Its website (https:).'),
		memberships: z
			.array(z.enum(termIds('memberships')))
			.describe('Networks it belongs to.')
			.optional(),
		parent: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.describe('The parent organisation, by file name.')
			.optional(),
		sources: sourcesSchema,
		notes: plainText(1000, 'Provenance notes.').optional(),
	})
	.strict()
	.describe('A POP Atlas organisation: the body that runs one or more services.');
export type Organization = z.infer<typeof organizationSchema>;
