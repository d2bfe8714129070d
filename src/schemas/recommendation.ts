/** Frontmatter of a recommendation chapter (content/recommendations/*.mdx). */
import { z } from 'astro/zod';
import { isoDate, plainText } from './common';

export const STAKEHOLDERS = ['all', 'governments', 'technology_providers', 'child_protection', 'educators_parents', 'children_young_people'] as const;
export const CHAPTER_STATUSES = ['draft', 'consultation', 'final'] as const;

export const chapterSchema = z
	.object({
		title: plainText(160, 'Chapter title.'),
		audience: z.enum(STAKEHOLDERS).describe('The stakeholder the chapter speaks to.'),
		order: z.number().int().min(0).describe('Position in the report.'),
		status: z.enum(CHAPTER_STATUSES).describe('draft, consultation or final; shown prominently.'),
		version: z.string().regex(/^[0-9]+\.[0-9]+(?:\.[0-9]+)?$/).describe('Version, e.g. 0.1.'),
		published: isoDate('First published.'),
		updated: isoDate('Last changed.'),
		summary: plainText(600, 'A one-paragraph summary.'),
		summary_young: plainText(600, 'The same in plain words for young readers.').optional(),
	})
	.strict();
export type Chapter = z.infer<typeof chapterSchema>;
