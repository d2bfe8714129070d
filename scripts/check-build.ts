/** Post-build checks of dist/ (see src/lib/checks.ts). Exit 1 on any problem. */
import { checkBuild } from '../src/lib/checks';
import { validateRepository } from '../src/lib/validate/index';
import { checkRecommendations } from '../src/lib/recommendations/check';
import { checkRecommendationBuild } from '../src/lib/recommendations/build-check';

const valid = validateRepository();
const ids = valid.resources.map((r) => r.id);
const result = checkBuild(process.env.POP_OUT_DIR ?? 'dist', ids);
// Recommendation pages, the matrix and the PDF links (scripts/build-pdfs.ts).
const recIds = [...(checkRecommendations(new Set(ids)).data?.byId.keys() ?? [])];
result.problems.push(...checkRecommendationBuild(process.env.POP_OUT_DIR ?? 'dist', recIds));
for (const p of result.problems.slice(0, 200)) console.log(p);
console.log(`check-build: ${result.pages} pages, ${ids.length} record pages expected, ${result.problems.length} problem(s)`);
process.exit(result.problems.length ? 1 : 0);
