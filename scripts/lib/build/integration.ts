/**
 * The Astro integration that makes `astro build` the whole build: when Astro has written the
 * pages, it runs the build steps (steps.ts) in order: browser scripts, headers, search index,
 * PDFs, offline packs, sitemap and the checks of the output. A failing step fails the build.
 * In `astro dev` it serves /js/<name>.js bundled from src/client/ on request.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleOne, CLIENT_ENTRIES } from './client';
import { runBuildSteps } from './steps';

export default function popAtlasBuild(): AstroIntegration {
	return {
		name: 'pop-atlas-build',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const m = /^\/js\/([a-z]+)\.js$/.exec(req.url?.split('?')[0] ?? '');
					if (!m || !(CLIENT_ENTRIES as readonly string[]).includes(m[1]!)) return next();
					bundleOne(m[1]!, false).then(
						(code) => res.setHeader('Content-Type', 'text/javascript; charset=utf-8').end(code),
						(e: unknown) => next(e),
					);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.POP_SKIP_BUILD_STEPS)
					return logger.info('build steps skipped (POP_SKIP_BUILD_STEPS)');
				await runBuildSteps(fileURLToPath(dir), undefined, (line) => logger.info(line));
			},
		},
	};
}
