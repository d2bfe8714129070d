/**
 * The shape of a validation rule. Each rule lives in a file of its own under rules/ (as in
 * mdn/browser-compat-data's linter): its name, what it checks, and a check that reports problems
 * at a field's position. The validator (index.ts) runs them in the order of rules/index.ts.
 */
import type { Resource } from '../schemas/resource';
import type { Term } from '../schemas/reference';
import type { ParsedYaml } from './yaml-file';

export interface Report {
	(
		path: (string | number)[],
		rule: string,
		message: string,
		hint: string,
		severity?: 'error' | 'warning',
		mode?: 'value' | 'key',
	): void;
}

export interface RecordContext {
	parsed: ParsedYaml;
	/** Where the file sits in the repository, e.g. content/resources/ke/childline.yaml. */
	logicalPath: string;
	/** The folder (ke, global, regional), when the path is a record path. */
	folder: string | undefined;
	/** The country that reads national numbers: the folder's country, or the only country. */
	mainCountry: string | undefined;
	/** The channel types of data/taxonomies/channels.yaml. */
	channelTypes: readonly Term[];
}

/** A rule on one resource record. */
export interface RecordRule {
	name: string;
	description: string;
	check: (r: Resource, ctx: RecordContext, report: Report) => void;
}
