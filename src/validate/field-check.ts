/**
 * One answer checked on its own, in the validator's words (`field: problem — fix`), for tools that
 * build a record one field at a time (`npm run new`). The value is placed at its path in an
 * otherwise empty file and checked by the JSON Schema and the text rules, as `npm run validate`
 * checks a file; only the problems of that field are kept (the empty rest of the file would fail
 * "required").
 */
import { fieldName, type Problem } from './problem';
import { textProblems } from './rules/text';
import { schemaProblems, type SchemaName } from './schema-check';
import type { ParsedYaml } from './yaml-file';

/** The problems of `value` as the field at `path` of a `schema` file, e.g. ('resource', ['channels', 0, 'url'], 'http://x'). */
export function fieldProblems(
	schema: SchemaName,
	path: (string | number)[],
	value: unknown,
): Problem[] {
	let data: unknown = value;
	for (let i = path.length - 1; i >= 0; i--) {
		const seg = path[i]!;
		data =
			typeof seg === 'number'
				? [...Array.from({ length: seg }, () => ({})), data]
				: { [seg]: data };
	}
	const parsed: ParsedYaml = { file: '', data, problems: [] };
	const field = fieldName(path);
	const own = (p: Problem) =>
		p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`);
	return [...textProblems(parsed), ...schemaProblems(parsed, schema)].filter(own);
}
