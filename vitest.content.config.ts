import { defineConfig } from 'vitest/config';

/**
 * Tests of the live content (tests/content/): floors on the dataset, the live data through every
 * export, the spot check and the recommendations. They use the real clock (no POP_TODAY): the
 * content is dated by the day it was checked. Unit tests (tests/unit/) read fixtures only.
 */
export default defineConfig({
	test: {
		include: ['tests/content/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
