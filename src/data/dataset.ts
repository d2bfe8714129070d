/**
 * The one place pages get data from: reads the collections once per build and builds the
 * indexes (src/model/dataset.ts). Calling getCollection in every page would make the build
 * quadratic in the number of records.
 */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset } from '../model/dataset';
import { flattenFigures } from '../model/figures';

let cached: Promise<Dataset> | undefined;
export function dataset(): Promise<Dataset> {
	cached ??= (async () => {
		const [resources, organizations, emergency, absences, figures, policy] = await Promise.all([
			getCollection('resources'),
			getCollection('organizations'),
			getCollection('emergency'),
			getCollection('absences'),
			getCollection('figures'),
			getCollection('policy'),
		]);
		return buildDataset(
			resources.map((e) => ({ ...e.data, id: e.id })),
			organizations.map((e) => ({ ...e.data, id: e.id })),
			emergency.map((e) => e.data),
			absences.map(({ data: { id: _id, ...entry } }) => entry),
			{
				figures: flattenFigures(figures.map(({ id, data: { id: _id, ...data } }) => ({ id, data }))),
				policy: policy.map(({ data: { id: _id, ...data } }) => data),
			},
		);
	})();
	return cached;
}
