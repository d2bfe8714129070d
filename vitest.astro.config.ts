/// <reference types="vitest" />
// Component tests that render .astro components with Astro's container API (needs Astro's Vite set-up).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/astro/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		env: { POP_TODAY: '2026-11-29' },
	},
});
