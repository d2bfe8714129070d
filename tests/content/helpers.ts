/** The live repository content, validated once per test file, as the build validates it. */
import type { Dataset } from '../../src/model/dataset';
import { datasetFromValidation, validateRepository, type ValidationResult } from '../../src/validate/index';

let cached: { v: ValidationResult; ds: Dataset } | undefined;
const load = () => {
	if (!cached) {
		const v = validateRepository();
		cached = { v, ds: datasetFromValidation(v) };
	}
	return cached;
};
export const liveValidation = (): ValidationResult => load().v;
export const liveDataset = (): Dataset => load().ds;
