/** The real repository content as a Dataset (validated the same way the build does), once per test file. */
import { type Dataset } from '../../../src/model/dataset';
import { datasetFromValidation } from '../../../src/validate/index';
import { validateRepository } from '../../../src/validate/index';

let cached: Dataset | undefined;
export function repositoryDataset(): Dataset {
	if (!cached) {
		// The live content is dated by the real clock, not by the fixtures' pinned day.
		const pinned = process.env.POP_TODAY;
		delete process.env.POP_TODAY;
		try {
			cached = datasetFromValidation(validateRepository());
		} finally {
			if (pinned !== undefined) process.env.POP_TODAY = pinned;
		}
	}
	return cached;
}
