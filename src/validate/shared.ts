/**
 * One validation per build. src/content.config.ts validates the repository before Astro builds
 * any page (so an invalid file stops the build first), and pages then need the same result
 * (src/data/dataset.ts). Both run in the one `astro build` process but in two module graphs (the
 * content config's and the bundled pages'), so the result is handed over on `globalThis` under a
 * registered symbol. Taking it removes it from `globalThis`. The steps after the pages (offline
 * packs, the check: scripts/lib/build/steps.ts) validate again instead of having it kept through
 * page generation. A process that has none (a page rendered in a test) validates again.
 */
import { assertValid, validateRepository, type ValidationResult } from './index';

const KEY = Symbol.for('pop-atlas.validation');
type Holder = { [KEY]?: ValidationResult };

/** Validates the repository (throwing on any error) and leaves the result for the pages. */
export function validateForBuild(): ValidationResult {
	const result = validateRepository();
	assertValid(result);
	(globalThis as Holder)[KEY] = result;
	return result;
}

/** The result validateForBuild left, taken once; or a new validation when there is none. */
export function takeValidation(): ValidationResult {
	const holder = globalThis as Holder;
	const shared = holder[KEY];
	delete holder[KEY];
	if (shared) return shared;
	const result = validateRepository();
	assertValid(result);
	return result;
}
