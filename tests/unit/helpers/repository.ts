/** The real repository content as a Dataset (validated the same way the build does), once per test file. */
import { buildDataset, type Dataset } from '../../../src/lib/dataset';
import { validateRepository } from '../../../src/lib/validate/index';

let cached: Dataset | undefined;
export function repositoryDataset(): Dataset {
	if (!cached) {
		const v = validateRepository();
		cached = buildDataset(
			v.resources.map((e) => ({ ...e.data, id: e.id })),
			v.organizations.map((e) => ({ ...e.data, id: e.id })),
			v.emergency.map((e) => e.data),
			v.knownAbsent,
		);
	}
	return cached;
}
