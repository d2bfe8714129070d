/** Writes public/schemas/*.schema.json from the zod contract. `npm run schemas`. */
import fs from 'node:fs';
import { PUBLISHED_SCHEMAS, renderJsonSchema } from '../src/validate/json-schema';

fs.mkdirSync('public/schemas', { recursive: true });
for (const name of Object.keys(PUBLISHED_SCHEMAS)) {
	fs.writeFileSync(`public/schemas/${name}.schema.json`, renderJsonSchema(name));
}
console.log(`wrote ${Object.keys(PUBLISHED_SCHEMAS).length} schemas to public/schemas/`);
