/** `npm run contributing`: writes the field reference in CONTRIBUTING.md from the schema (between its markers). */
import fs from 'node:fs';
import { withFieldReference } from './lib/contrib/field-reference';

const FILE = 'CONTRIBUTING.md';
const before = fs.readFileSync(FILE, 'utf8');
const after = withFieldReference(before);
if (after !== before) fs.writeFileSync(FILE, after);
console.log(
	after === before
		? `${FILE}: field reference already up to date`
		: `${FILE}: field reference written`,
);
