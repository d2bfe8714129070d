/** The shape of a taxonomy file in data/taxonomies/. */
import { z } from 'astro/zod';
import { plainText } from './common';

export const termSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9_]+$/)
			.describe('Stable id; never reuse or rename one that records use.'),
		label: plainText(80, 'Label shown on the site.'),
		description: plainText(400, 'What the term means.'),
		group: z
			.string()
			.regex(/^[a-z_]+$/)
			.optional(),
		groups: z
			.array(z.string().regex(/^[a-z_]+$/))
			.describe(
				'For resource types: the groups the site treats alike (helpline, support, help_path).',
			)
			.optional(),
		child_facing: z.boolean().optional(),
		text_based: z.boolean().optional(),
		needs: z.enum(['value', 'url', 'url_or_value', 'none']).optional(),
		min: z.number().int().optional(),
		max: z.number().int().optional(),
		broader: z
			.string()
			.regex(/^[a-z0-9_]+$/)
			.optional(),
		kind: z
			.string()
			.regex(/^[a-z_]+$/)
			.describe(
				'For channel types: the channel kind counted in the census (data/taxonomies/channel-kinds.yaml).',
			)
			.optional(),
		domains: z
			.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))
			.describe("For channel types: the platforms' web domains a channel of this type may link to.")
			.optional(),
	})
	.strict();
export const taxonomyFileSchema = z
	.object({
		id: z.string().regex(/^[a-z_]+$/),
		label: plainText(80, 'Label.'),
		description: plainText(600, 'Description.'),
		terms: z.array(termSchema).min(1),
	})
	.strict();
