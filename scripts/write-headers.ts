/** Writes dist/_headers from src/site/headers.ts (one definition for the host and the local server). */
import fs from 'node:fs';
import path from 'node:path';
import { headersFile } from '../src/site/headers';

const out = process.env.POP_OUT_DIR ?? 'dist';
fs.writeFileSync(path.join(out, '_headers'), headersFile());
console.log(`headers: wrote ${path.join(out, '_headers')}`);
