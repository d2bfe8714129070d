/**
 * The benchmark's peer (npm run bench -- --peer): a plain Starlight site built from the same
 * synthetic records, so each budget of issue #16 is a ratio against a known, pinned docs site
 * rather than a number on its own.
 *
 * `writePeerSite` turns a generated content folder (scripts/bench/generate.ts) into a Starlight
 * project: one Markdown page per resource record at /resources/<country>/<slug>/ (the same paths
 * as POP Atlas), carrying the same words a reader looks for: the name, the description, each
 * channel with its number or address, hours and cost, the facts, and the sources. Starlight's own
 * Pagefind search indexes them. English only: Starlight builds the languages it is given, and the
 * synthetic records carry no full translations.
 *
 * The peer's versions are pinned in scripts/bench/peer/package.json and its lockfile; the bench
 * installs them with `npm ci` into a temporary folder (never into the project), once per lockfile.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const PEER_TEMPLATE = path.join(import.meta.dirname, 'peer');

/** Lines of the peer's configuration, written into its folder at bench time. */
const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// The benchmark's Starlight peer, written by scripts/bench/peer.ts.
export default defineConfig({
	// One sidebar link: by default Starlight lists every page in every page's sidebar, which would
	// weigh the peer down with its own navigation rather than with the records.
	integrations: [starlight({ title: 'Peer', sidebar: [{ label: 'Peer', link: '/' }] })],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

interface PeerChannel {
	type: string;
	value?: string;
	url?: string;
	label?: string;
	cost?: string;
	hours?: unknown;
	languages?: string[];
}
interface PeerRecord {
	name: string;
	description: string;
	summary_child?: string;
	resource_type: string;
	countries: string[];
	topics?: string[];
	languages?: string[];
	channels: PeerChannel[];
	sources: { url: string; title?: string; accessed?: string; published?: string }[];
}

/** YAML-safe one-line string for Markdown front matter. */
const quoted = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim());
/** Text for a Markdown body: no HTML, no Markdown syntax the records did not mean. */
const plain = (s: string) => s.replace(/[<>]/g, '').replace(/([\\`*_[\]#|])/g, '\\$1');

function hoursText(h: unknown): string {
	if (!h || h === 'unknown') return 'hours unknown';
	if (typeof h === 'object' && 'always_open' in h) return 'open 24/7';
	const s = (h as { schedule?: { days: string[]; opens: string; closes: string }[] }).schedule ?? [];
	return s.map((x) => `${x.days.join(', ')} ${x.opens}–${x.closes}`).join('; ');
}

/** One record as a Starlight page. */
export function peerPage(r: PeerRecord): string {
	const lines = ['---', `title: ${quoted(r.name)}`, `description: ${quoted(r.summary_child ?? r.description.slice(0, 160))}`, '---', ''];
	if (r.summary_child) lines.push(plain(r.summary_child), '');
	lines.push('## How to reach them', '');
	for (const c of r.channels) {
		const where = c.value ?? c.url ?? '';
		lines.push(`- **${plain(c.label ?? c.type)}**: ${plain(where)} (${hoursText(c.hours)}; cost ${c.cost ?? 'unknown'}; languages ${(c.languages ?? []).join(', ') || 'unknown'})`);
	}
	lines.push('', '## About', '', plain(r.description), '');
	lines.push(`- Type: ${r.resource_type}`, `- Countries: ${r.countries.join(', ') || 'global'}`);
	if (r.topics?.length) lines.push(`- Topics: ${r.topics.join(', ')}`);
	if (r.languages?.length) lines.push(`- Languages: ${r.languages.join(', ')}`);
	lines.push('', '## Sources', '');
	for (const s of r.sources) lines.push(`- [${plain(s.title ?? s.url)}](${s.url}), read ${s.accessed ?? ''}${s.published ? `, published ${s.published}` : ''}`);
	return `${lines.join('\n')}\n`;
}

function* yamlFiles(dir: string): Generator<string> {
	if (!fs.existsSync(dir)) return;
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) yield* yamlFiles(p);
		else if (e.name.endsWith('.yaml')) yield p;
	}
}

/**
 * Writes the peer project into `siteDir` (emptied first, except node_modules): its configuration
 * and one page per resource of `contentDir/content/resources`. Returns the number of pages.
 */
export function writePeerSite(contentDir: string, siteDir: string): number {
	fs.mkdirSync(siteDir, { recursive: true });
	for (const e of fs.readdirSync(siteDir)) if (e !== 'node_modules') fs.rmSync(path.join(siteDir, e), { recursive: true, force: true });
	for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(PEER_TEMPLATE, f), path.join(siteDir, f));
	fs.writeFileSync(path.join(siteDir, 'astro.config.mjs'), ASTRO_CONFIG);
	const docs = path.join(siteDir, 'src', 'content', 'docs');
	fs.mkdirSync(docs, { recursive: true });
	fs.writeFileSync(path.join(siteDir, 'src', 'content.config.ts'), CONTENT_CONFIG);
	const resources = path.join(contentDir, 'content', 'resources');
	let pages = 0;
	for (const file of yamlFiles(resources)) {
		const r = YAML.parse(fs.readFileSync(file, 'utf8')) as PeerRecord;
		const rel = path.relative(resources, file).replace(/\.yaml$/, '.md');
		fs.mkdirSync(path.join(docs, 'resources', path.dirname(rel)), { recursive: true });
		fs.writeFileSync(path.join(docs, 'resources', rel), peerPage(r));
		pages++;
	}
	fs.writeFileSync(path.join(docs, 'index.md'), `---\ntitle: Peer\ndescription: ${pages} synthetic records.\n---\n\nThe benchmark's Starlight peer: ${pages} record pages.\n`);
	return pages;
}

/** The peer's install folder for the pinned lockfile: installed once per lockfile content. */
export function peerInstallKey(): string {
	return createHash('sha256').update(fs.readFileSync(path.join(PEER_TEMPLATE, 'package-lock.json'))).digest('hex').slice(0, 12);
}
