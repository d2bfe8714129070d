/** Assessment criteria (data/assessment-criteria.yaml) and the schema of that file. */
import fs from 'node:fs';
import { z } from 'astro/zod';
import YAML from 'yaml';
import { dataPath } from './reference';
import { plainText } from './common';

export const criterionSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9_]+$/)
			.describe('Stable id of the criterion.'),
		label: plainText(80, 'Short label.'),
		description: plainText(400, 'What the criterion means.'),
		core: z.boolean().describe('Core criteria are assessed for every support service.'),
		applies_to: z
			.array(z.enum(['support', 'reporting', 'all', 'org']))
			.min(1)
			.describe('Which kinds of service it applies to.'),
		derived_from: plainText(
			200,
			'The record fields it is computed from; absent when entered by hand.',
		).optional(),
		source: plainText(300, 'Where the criterion comes from.'),
	})
	.strict();

export const criteriaFileSchema = z
	.object({
		id: z.literal('assessment_criteria'),
		label: plainText(80, 'Label.'),
		description: plainText(600, 'Description.'),
		terms: z.array(criterionSchema).min(1),
	})
	.strict();
export type Criterion = z.infer<typeof criterionSchema>;

let cache: Criterion[] | undefined;
export function criteriaList(): Criterion[] {
	cache ??= criteriaFileSchema.parse(
		YAML.parse(fs.readFileSync(dataPath('assessment-criteria.yaml'), 'utf8')),
	).terms;
	return cache;
}
export const criteriaIds = () => criteriaList().map((c) => c.id) as [string, ...string[]];
