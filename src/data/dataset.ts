/**
 * The one place pages get data from: the validator's result, turned once per build into the
 * dataset and its indexes (src/model/dataset.ts). Calling it in every page costs nothing after the
 * first call; validating in every page would make the build quadratic in the number of records.
 *
 * Records, organisations and reference data are not Astro content collections: the validator
 * already gives them parsed and checked, and copying them through Astro's data store (one
 * JavaScript module that Rollup parses and bundles at build time) was the largest cost of the
 * build's time and memory at scale (docs/benchmarks.md). src/content.config.ts runs the validator
 * before Astro builds any page, so an invalid file still stops the build first, and hands its
 * result over (src/validate/shared.ts), so the pages do not validate a second time.
 */
import { datasetFromValidation } from '../validate/index';
import { takeValidation } from '../validate/shared';
import type { Dataset } from '../model/dataset';

let cached: Promise<Dataset> | undefined;
export function dataset(): Promise<Dataset> {
	cached ??= Promise.resolve().then(() => datasetFromValidation(takeValidation()));
	return cached;
}
