/** Indicators for pages: computed once per build from the dataset (see src/model/indicators.ts). */
import { allAreaIndicators, allCountryIndicators, type AreaIndicators, type CountryIndicators } from '../model/indicators';
import { dataset } from './dataset';

let cached: Promise<Map<string, CountryIndicators>> | undefined;
/** Every country's indicators, keyed by alpha-2 code. */
export function indicators(): Promise<Map<string, CountryIndicators>> {
	cached ??= dataset().then((ds) => allCountryIndicators(ds, ds.knownAbsent));
	return cached;
}

let areasCached: Promise<Map<string, AreaIndicators>> | undefined;
/** The world's, every region's and every sub-region's indicators, keyed by area code ('world', M49). */
export function areas(): Promise<Map<string, AreaIndicators>> {
	areasCached ??= Promise.all([dataset(), indicators()]).then(([ds, all]) => allAreaIndicators(ds, all));
	return areasCached;
}
