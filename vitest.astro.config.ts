/// <reference types="vitest" />
// Component tests that render .astro components with Astro's container API (needs Astro's Vite set-up).
// They render the live records, so they run on the real clock: a record checked today must not be
// refused as dated in the future by a pinned date.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/astro/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
	},
});
