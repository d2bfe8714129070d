/**
 * The fixture repository (tests/fixtures/repo/content: six fictional records that use nearly every
 * field) as a Dataset, validated the way the build validates content. Unit tests read only
 * fixtures, so a data pull request never breaks a code test; the live dataset has its own tests in
 * tests/content/.
 */
import type { Dataset } from '../../../src/model/dataset';
import {
	assertValid,
	datasetFromValidation,
	validateRepository,
	type ValidationResult,
} from '../../../src/validate/index';

export const FIXTURE_CONTENT = 'tests/fixtures/repo';

let cached: { v: ValidationResult; ds: Dataset } | undefined;
function load() {
	if (!cached) {
		const before = process.env.POP_CONTENT_DIR;
		process.env.POP_CONTENT_DIR = FIXTURE_CONTENT;
		try {
			const v = validateRepository();
			assertValid(v);
			cached = { v, ds: datasetFromValidation(v) };
		} finally {
			if (before === undefined) delete process.env.POP_CONTENT_DIR;
			else process.env.POP_CONTENT_DIR = before;
		}
	}
	return cached;
}
/** The fixture repository as a Dataset. */
export const fixtureRepository = (): Dataset => load().ds;
/** The validator's result for the fixture repository. */
export const fixtureValidation = (): ValidationResult => load().v;
