/**
 * The vocabularies records use: the taxonomy files in data/taxonomies/, the assessment criteria,
 * and the short fixed lists defined in the schema (cost, status, scope …), as JSON and CSV.
 */
import { criteriaList } from '../schemas/criteria';
import { taxonomies, TAXONOMY_FILES } from '../schemas/reference';
import {
	ASSESSMENT_STATUSES,
	CONFIDENCE,
	COSTS,
	RISK_DIMENSIONS,
	SCOPES,
	STATUSES,
	VERIFICATION_METHODS,
	YOUTH_PARTICIPATION,
} from '../schemas/resource';
import { ORG_TYPES } from '../schemas/organization';
import { toCsv } from './csv';
import { jsonHeader, type ExportMeta } from './meta';

export interface ExportTerm {
	id: string;
	label: string;
	description: string;
	broader?: string;
	[extra: string]: unknown;
}
export interface ExportTaxonomy {
	id: string;
	label: string;
	description: string;
	/** Where the list is defined in the repository. */
	defined_in: string;
	terms: ExportTerm[];
}

/** Fixed lists from the schema: ids only, described by their field. */
const ENUMS: [string, string, string, readonly string[]][] = [
	['status', 'Status', 'Whether a service is running.', STATUSES],
	['scope', 'Scope', 'Where a service serves.', SCOPES],
	['cost', 'Cost', 'What contact on a channel costs the child.', COSTS],
	[
		'youth_participation',
		'Youth participation',
		'How young people take part in running the service.',
		YOUTH_PARTICIPATION,
	],
	[
		'risk_dimensions',
		'Online risks (4C)',
		'The 4C classification of online risks.',
		RISK_DIMENSIONS,
	],
	[
		'verification_method',
		'Verification method',
		'How a record was last checked.',
		VERIFICATION_METHODS,
	],
	['confidence', 'Confidence', 'How sure the editors are of the contact facts.', CONFIDENCE],
	[
		'assessment_status',
		'Assessment status',
		'The result for one assessment criterion.',
		ASSESSMENT_STATUSES,
	],
	['organization_type', 'Organisation type', 'The kind of body that runs services.', ORG_TYPES],
];

const human = (id: string) => id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Every vocabulary, in a stable order. */
export function allTaxonomies(): ExportTaxonomy[] {
	const files = TAXONOMY_FILES.map((name) => {
		const t = taxonomies()[name];
		return {
			id: name,
			label: t.label,
			description: t.description,
			defined_in: `data/taxonomies/${name}.yaml`,
			terms: t.terms,
		};
	});
	const criteria: ExportTaxonomy = {
		id: 'assessment-criteria',
		label: 'Assessment criteria',
		description:
			'What the mapping assesses for each service; shown as a profile, never a single grade.',
		defined_in: 'data/assessment-criteria.yaml',
		terms: criteriaList().map((c) => ({ ...c })),
	};
	const enums = ENUMS.map(([id, label, description, values]) => ({
		id,
		label,
		description,
		defined_in: 'src/schemas/',
		terms: values.map((v) => ({ id: v, label: human(v), description: `${label}: ${v}.` })),
	}));
	return [...files, criteria, ...enums];
}

/** All vocabularies as JSON. */
export function taxonomiesJson(meta: ExportMeta): string {
	const list = allTaxonomies();
	return JSON.stringify({
		...jsonHeader(meta),
		count: list.length,
		terms: list.reduce((n, t) => n + t.terms.length, 0),
		taxonomies: list,
	});
}

/** All vocabulary terms as CSV, one row per term. */
export function taxonomiesCsv(meta: ExportMeta): string {
	const header = ['taxonomy', 'id', 'label', 'description', 'broader', 'licence', 'citation'];
	const rows = allTaxonomies().flatMap((t) =>
		t.terms.map((term) => [
			t.id,
			term.id,
			term.label,
			term.description,
			term.broader ?? '',
			meta.licence.id,
			meta.citation,
		]),
	);
	return toCsv(header, rows);
}
