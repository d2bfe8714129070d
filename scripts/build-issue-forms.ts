/** `npm run issue-forms`: writes .github/ISSUE_TEMPLATE/ from the schema and the taxonomies. */
import fs from 'node:fs';
import path from 'node:path';
import { issueTemplateFiles } from './lib/contrib/issue-forms';

const DIR = '.github/ISSUE_TEMPLATE';
fs.mkdirSync(DIR, { recursive: true });
for (const [name, text] of Object.entries(issueTemplateFiles()))
	fs.writeFileSync(path.join(DIR, name), text);
console.log(`wrote ${Object.keys(issueTemplateFiles()).length} files to ${DIR}/`);
