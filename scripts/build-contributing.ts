/**
 * `npm run contributing`: writes the generated parts of CONTRIBUTING.md between their markers —
 * the field reference (from the schema), the keys of an answers file (from the questions of
 * npm run new) and the wanted list (from the coverage report of the data).
 */
import fs from 'node:fs';
import { withFieldReference } from './lib/contrib/field-reference';
import { answerKeysSection, wantedSection, withSection } from './lib/contrib/contributing';
import { assertValid, datasetFromValidation, validateRepository } from '../src/validate/index';

const FILE = 'CONTRIBUTING.md';
const v = validateRepository();
assertValid(v);
const before = fs.readFileSync(FILE, 'utf8');
const after = [answerKeysSection(), wantedSection(datasetFromValidation(v))].reduce(
	withSection,
	withFieldReference(before),
);
if (after !== before) fs.writeFileSync(FILE, after);
console.log(
	after === before
		? `${FILE}: generated sections already up to date`
		: `${FILE}: generated sections written (field reference, answer keys, wanted list)`,
);
