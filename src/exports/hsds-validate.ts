/**
 * Validates the HSDS export against the Open Referral HSDS 3.0 JSON Schemas, read unchanged from a
 * folder (HSDS_SCHEMA_DIR: the `schema/` folder of openreferral/specification, branch 3.0). The
 * schemas refer to each other by file name (`"$ref": "phone.json"`), so every file is loaded under
 * its own name. They are written for JSON Schema 2020-12 (and carry extra, non-validating keywords
 * such as `constraints` and `datapackage_metadata`, so ajv runs in non-strict mode).
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The HSDS objects the export contains, by schema file. */
export const HSDS_OBJECTS = ['service', 'organization', 'taxonomy', 'taxonomy_term'] as const;
export type HsdsObject = (typeof HSDS_OBJECTS)[number];

export interface HsdsValidator {
	/** Schema files loaded. */
	files: string[];
	/** Problems of one object, as readable lines; [] when valid. */
	validate(kind: HsdsObject, value: unknown): string[];
}

const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

/** Loads every *.json schema in `dir` (not the OpenAPI file, not compiled/). Throws if a needed one is missing. */
export function loadHsdsValidator(dir: string): HsdsValidator {
	const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
	addFormats(ajv);
	const files = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'openapi.json')
		.sort();
	for (const f of files) {
		const schema = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<
			string,
			unknown
		>;
		// A copy that declares another draft is read as 2020-12, the version HSDS 3.0 is written for.
		if (typeof schema.$schema === 'string' && schema.$schema !== DRAFT_2020) delete schema.$schema;
		ajv.addSchema(schema, f);
	}
	const compiled = new Map<HsdsObject, ValidateFunction>();
	for (const kind of HSDS_OBJECTS) {
		if (!files.includes(`${kind}.json`))
			throw new Error(`HSDS schema ${kind}.json is missing from ${dir}`);
		const fn = ajv.getSchema(`${kind}.json`);
		if (!fn) throw new Error(`HSDS schema ${kind}.json did not compile`);
		compiled.set(kind, fn);
	}
	return {
		files,
		validate(kind, value) {
			const fn = compiled.get(kind)!;
			return fn(value)
				? []
				: (fn.errors ?? []).map(
						(e: ErrorObject) =>
							`${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
					);
		},
	};
}
