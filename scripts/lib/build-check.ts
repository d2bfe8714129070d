/**
 * Post-build checks of the recommendation pages (run by scripts/check-build.ts): every
 * recommendation has its page and appears in the index's stakeholder × theme matrix, and every
 * PDF link leads to a real PDF of the size it states.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkPdfLinks } from './pdf-build';
import { recUrl } from '../../src/site/recommendation-routes';

export function checkRecommendationBuild(dist: string, recIds: string[]): string[] {
	const problems: string[] = [];
	const index = path.join(dist, 'recommendations', 'index.html');
	if (!fs.existsSync(index)) return recIds.length ? ['recommendations/index.html is missing'] : [];
	const html = fs.readFileSync(index, 'utf8');
	const matrix = /<table class="matrix"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
	if (!matrix) problems.push('recommendations/index.html has no stakeholder × theme matrix');
	for (const id of recIds) {
		if (!fs.existsSync(path.join(dist, recUrl(id), 'index.html')))
			problems.push(`recommendation ${id} has no page at ${recUrl(id)}`);
		if (matrix && !matrix.includes(`href="${recUrl(id)}"`))
			problems.push(`recommendation ${id} is missing from the matrix on /recommendations/`);
	}
	return [...problems, ...checkPdfLinks(dist)];
}
