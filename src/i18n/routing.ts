/** Routes in every interface language: English unprefixed, others under /<lang>/. */
import { LOCALE_PARAMS } from './languages';

interface StaticPath {
	params: Record<string, string | undefined>;
	props?: Record<string, unknown>;
}

/**
 * getStaticPaths helper: the same paths once per interface language, with the `locale` route
 * parameter (undefined for English, so its pages have no prefix).
 */
export function withLocales<P extends StaticPath>(paths: P[] = [{ params: {} } as P]): P[] {
	return LOCALE_PARAMS.flatMap(({ locale }) =>
		paths.map((p) => ({ ...p, params: { ...p.params, locale } })),
	);
}
