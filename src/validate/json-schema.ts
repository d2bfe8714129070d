/** Derives the published JSON Schemas from the zod contract (draft-07, for ajv and editors). */
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { ZodTypeAny } from 'astro/zod';
import {
	chapterSchema,
	criteriaFileSchema,
	emergencyNumbersSchema,
	externalFiguresFileSchema,
	figureFileSchema,
	policyProfileSchema,
	practiceSchema,
	voiceFileSchema,
	knownAbsentSchema,
	organizationSchema,
	recommendationsFileSchema,
	referencesFileSchema,
	reportSchema,
	resourceSchema,
	taxonomyFileSchema,
	vocabularySchema,
} from '../schemas/index';

export const SCHEMA_BASE = 'https://pop-atlas.org/schemas/';

/** File name (without .schema.json) → zod schema. */
export const PUBLISHED_SCHEMAS: Record<string, ZodTypeAny> = {
	resource: resourceSchema,
	organization: organizationSchema,
	'emergency-numbers': emergencyNumbersSchema,
	taxonomy: taxonomyFileSchema,
	'assessment-criteria': criteriaFileSchema,
	'recommendation-chapter': chapterSchema,
	'known-absent': knownAbsentSchema,
	recommendations: recommendationsFileSchema,
	'recommendation-vocabulary': vocabularySchema,
	'recommendation-report': reportSchema,
	references: referencesFileSchema,
	'external-figures': externalFiguresFileSchema,
	figures: figureFileSchema,
	'policy-profile': policyProfileSchema,
	voices: voiceFileSchema,
	practice: practiceSchema,
};

export function toJsonSchema(name: string): Record<string, unknown> {
	const zod = PUBLISHED_SCHEMAS[name];
	if (!zod) throw new Error(`no schema named ${name}`);
	const out = zodToJsonSchema(zod as unknown as Parameters<typeof zodToJsonSchema>[0], {
		target: 'jsonSchema7',
		$refStrategy: 'none',
		errorMessages: false,
	}) as Record<string, unknown>;
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		$id: `${SCHEMA_BASE}${name}.schema.json`,
		title: `POP Atlas ${name.replace(/-/g, ' ')}`,
		...Object.fromEntries(Object.entries(out).filter(([k]) => k !== '$schema')),
	};
}

export function renderJsonSchema(name: string): string {
	return `${JSON.stringify(toJsonSchema(name), null, '\t')}\n`;
}
