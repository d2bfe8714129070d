/** `npm run validate`: checks every record and reference file; exit 1 on any error. */
import { githubAnnotation, formatProblem } from '../src/validate/problem';
import { figureIdsOf, validateRepository } from '../src/validate/index';
import { checkRecommendations } from '../src/validate/recommendations/check';
import { recommendationRefProblems } from '../src/validate/rules/recommendation-refs';

const started = performance.now();
const result = validateRepository();
// The recommendations (data/recommendations, data/references.yaml, … and the chapters' evidence components).
const recs = checkRecommendations(new Set(result.resources.map((r) => r.id)), figureIdsOf(result));
result.problems.push(...recs.problems);
// Voices and practices name recommendations by id.
if (recs.data)
	result.problems.push(
		...recommendationRefProblems(result.voices, result.practices, recs.data.byId),
	);
const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');
for (const p of result.problems) console.log(formatProblem(p));
if (process.env.CI === 'true' || process.env.GITHUB_ACTIONS === 'true')
	for (const p of result.problems) console.log(githubAnnotation(p));
const ms = Math.round(performance.now() - started);
console.log(
	`\n${result.files} files checked in ${ms} ms: ${result.resources.length} resources, ${result.organizations.length} organisations, ${result.emergency.length} emergency-number files valid; ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`,
);
process.exit(errors.length ? 1 : 0);
