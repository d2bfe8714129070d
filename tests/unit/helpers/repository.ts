/** The real repository content as a Dataset (validated the same way the build does), once per test file. */
import { datasetFromValidation, type Dataset } from '../../../src/lib/dataset';
import { validateRepository } from '../../../src/lib/validate/index';

let cached: Dataset | undefined;
export function repositoryDataset(): Dataset {
	if (!cached) {
		cached = datasetFromValidation(validateRepository());
	}
	return cached;
}
