// ESLint: the recommended JavaScript rules, typescript-eslint's type-aware rules on TypeScript, and
// eslint-plugin-astro on the pages and components. `npm run lint` (part of npm test) allows no
// warning.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/**',
			'shards/**',
			'.astro/**',
			'node_modules/**',
			'**/*-cache/**',
			'bench/**',
			'tests/fixtures/**',
			'public/**',
			'.scratch/**',
		],
	},
	js.configs.recommended,
	{
		files: ['**/*.ts'],
		extends: [...tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	...astro.configs.recommended,
	{
		// The frontmatter of pages and components is TypeScript: read it with typescript-eslint's parser
		// and its unused-variable rule, which knows type-only names.
		files: ['**/*.astro'],
		languageOptions: {
			parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] },
		},
		plugins: { '@typescript-eslint': tseslint.plugin },
		rules: {
			'no-unused-vars': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// The layers that must stay pure (docs/architecture.md): the model, text and charts read no
		// files, start no process and do not depend on Astro, so pages, scripts, client bundles and
		// tests share them. Types from the zod contract are allowed.
		files: ['src/model/**/*.ts', 'src/text/**/*.ts', 'src/charts/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'node:*',
								'fs',
								'child_process',
								'astro',
								'astro:*',
								'**/data/*',
								'**/validate/*',
							],
							allowTypeImports: true,
							message:
								'src/model, src/text and src/charts are pure: read files in src/data or src/validate and pass the values in.',
						},
					],
				},
			],
		},
	},
	{ languageOptions: { globals: { ...globals.node } } },
	{ files: ['src/client/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
	{ files: ['src/offline/sw.js'], languageOptions: { globals: { ...globals.serviceworker } } },
);
