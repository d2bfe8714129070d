/** Indicators for pages: computed once per build from the dataset (see src/lib/indicators.ts). */
import { allCountryIndicators, type CountryIndicators } from '../lib/indicators';
import { dataset } from './dataset';

let cached: Promise<Map<string, CountryIndicators>> | undefined;
export function indicators(): Promise<Map<string, CountryIndicators>> {
	cached ??= dataset().then((ds) => allCountryIndicators(ds, ds.knownAbsent));
	return cached;
}
