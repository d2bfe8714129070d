/** Post-build checks of dist/ (see scripts/lib/checks.ts). Exit 1 on any problem. */
import { checkBuild } from './lib/checks';
import { dialLinks } from '../src/model/contact';
import { datasetFromValidation } from '../src/validate/index';
import { collectFiles, validateRepository } from '../src/validate/index';
import { RESOURCE_PATH } from '../src/validate/rules';
import { checkRecommendations } from '../src/validate/recommendations/check';
import { checkRecommendationBuild } from './lib/build-check';

// Record ids from the file paths: the build has already validated every file (and fails on any
// invalid one), so there is no need to parse them all again here.
const ids = collectFiles()
	.map((f) => RESOURCE_PATH.exec(f.logicalPath))
	.filter((m): m is RegExpExecArray => !!m)
	.map((m) => `${m[1]}/${m[2]}`);
// The tel: and sms: links the data makes: every such link in the build must be one of them.
const result = checkBuild(process.env.POP_OUT_DIR ?? 'dist', ids, dialLinks(datasetFromValidation(validateRepository())));
// Recommendation pages, the matrix and the PDF links (scripts/build-pdfs.ts).
const recIds = [...(checkRecommendations(new Set(ids)).data?.byId.keys() ?? [])];
result.problems.push(...checkRecommendationBuild(process.env.POP_OUT_DIR ?? 'dist', recIds));
for (const p of result.problems.slice(0, 200)) console.log(p);
console.log(`check-build: ${result.pages} pages, ${ids.length} record pages expected, ${result.problems.length} problem(s)`);
process.exit(result.problems.length ? 1 : 0);
