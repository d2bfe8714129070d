/** Builds the Pagefind search index over dist/ (run after `astro build`). */
import * as pagefind from 'pagefind';

const OUT = process.env.POP_OUT_DIR ?? 'dist';
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: OUT });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${OUT}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
