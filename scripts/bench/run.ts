/**
 * `npm run bench`: the project's performance and size budgets, measured (docs/benchmarks.md).
 *
 * For each size N (default 1,000 and 10,000) it generates N synthetic records
 * (scripts/bench/generate.ts), then, in child processes with POP_CONTENT_DIR / POP_OUT_DIR:
 * validates them, runs the full build (every step of package.json's "build" script) while polling
 * the memory of the whole process tree, weighs the built pages (gzip) and measures the search page
 * in headless Chromium. It does the same weighing for a build of the repository's own records.
 * Budgets are reported (PASS / OVER), not enforced: the exit code is 0 unless a step failed.
 *
 * Flags: --sizes 1000,10000   --quick (= --sizes 1000)   --no-real   --no-search   --keep
 *        --seed <n>   --today YYYY-MM-DD   --queries helpline,report   --json bench/out/results.json
 *        --site <dir>: only weigh and search an existing build (e.g. dist), then stop.
 *        --lighthouse <dir> [--runs 3]: Lighthouse (mobile) on the five first pages of a build, then stop.
 *        --peer: also build a plain Starlight site from the same records (scripts/bench/peer.ts,
 *        versions pinned in scripts/bench/peer/) and report POP Atlas's figures as ratios of it.
 *        --peer-only: build and measure only the peer at each size (no POP Atlas build).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createServer } from '../serve';
import { launch } from '../lib/chromium';
import { DEFAULT_SEED, DEFAULT_TODAY, generate, type GenerateResult } from './generate';
import { PEER_TEMPLATE, peerInstallKey, writePeerSite } from './peer';
import { BUILD_STEPS } from '../lib/build/steps';
import { LANG_CODES } from '../../src/i18n/languages';

/** The language prefix of a built page's path (none for English). */
const LANG_PREFIX = new RegExp(`^(?:(${LANG_CODES.filter((l) => l !== 'en').join('|')})/)?(.*)$`);

// ---------------------------------------------------------------------------------------------
// Budgets

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

interface Budget {
	id: string;
	label: string;
	unit: 'ms' | 'bytes';
	limit: number;
	/** A stricter goal, shown but not judged. */
	aim?: number;
	/** Only judged at this size (validation and build times are budgeted at 10,000). */
	atSize?: number;
}

export const BUDGETS: Budget[] = [
	{ id: 'validate', label: 'validation (child process, wall)', unit: 'ms', limit: 5_000, atSize: 10_000 },
	{ id: 'build', label: 'full build incl. search index (wall)', unit: 'ms', limit: 120_000, atSize: 10_000 },
	{ id: 'memory', label: 'peak memory of the build (process tree RSS)', unit: 'bytes', limit: 2 * GB },
	{ id: 'countryHtml', label: 'country page HTML, heaviest (gzip)', unit: 'bytes', limit: 14 * KB, aim: 5 * KB },
	{ id: 'countryHtmlMedian', label: 'country page HTML, median (gzip)', unit: 'bytes', limit: 14 * KB, aim: 5 * KB },
	{ id: 'recordHtml', label: 'record page HTML, heaviest (gzip)', unit: 'bytes', limit: 14 * KB, aim: 5 * KB },
	{ id: 'recordHtmlMedian', label: 'record page HTML, median (gzip)', unit: 'bytes', limit: 14 * KB, aim: 5 * KB },
	{ id: 'css', label: 'all CSS site-wide (gzip)', unit: 'bytes', limit: 15 * KB },
	{ id: 'js', label: 'JS on country/record pages (gzip)', unit: 'bytes', limit: 2 * KB },
	{ id: 'firstVisitRecord', label: 'first visit, record page (median): HTML+CSS+JS+icon', unit: 'bytes', limit: 50 * KB },
	{ id: 'firstVisitCountry', label: 'first visit, country page (heaviest): HTML+CSS+JS+icon', unit: 'bytes', limit: 50 * KB },
	{ id: 'searchPage', label: '/search/ before typing (transferred, gzip-equivalent)', unit: 'bytes', limit: 30 * KB },
	{ id: 'searchFirst', label: 'first search (transferred, gzip-equivalent)', unit: 'bytes', limit: 300 * KB },
	{ id: 'searchLater', label: 'later search (transferred, gzip-equivalent)', unit: 'bytes', limit: 50 * KB },
];

// ---------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
};
const SIZES = flag('quick') ? [1000] : (option('sizes') ?? '1000,10000').split(',').map((s) => Number(s.replace(/[_\s]/g, ''))).filter((n) => n > 0);
const SEED = Number(option('seed') ?? DEFAULT_SEED);
const TODAY = option('today') ?? DEFAULT_TODAY;
const QUERIES = (option('queries') ?? 'helpline,report').split(',') as [string, string];
const JSON_OUT = option('json') ?? 'bench/out/results.json';
const REAL = !flag('no-real') && !flag('peer-only');
const SEARCH = !flag('no-search');
const KEEP = flag('keep');
const PEER_ONLY = flag('peer-only');
const PEER = flag('peer') || PEER_ONLY;
const ROOT = process.cwd();
const WORK = path.join(os.tmpdir(), 'pop-bench');
/**
 * Synthetic builds go under bench/out/ (git-ignored), inside the repository on purpose: when
 * outDir is outside the working directory, Astro puts its server chunks in <repo>/.astro/, a
 * folder every such build shares, so two builds at once can break each other.
 */
const SITES = path.join(path.dirname(JSON_OUT), 'sites');
const LOGS = path.join(path.dirname(JSON_OUT), 'logs');
const REAL_OUT = path.join(os.tmpdir(), 'out-bench-real');

// ---------------------------------------------------------------------------------------------
// Child processes: wall time and the peak memory of the whole process tree

interface Measured {
	command: string;
	ms: number;
	code: number | null;
	/** Peak of the sum of VmRSS over the child and all its descendants, sampled every 100 ms. */
	peakTreeRss: number;
	/** Largest VmHWM (peak RSS) seen for any single process of the tree. */
	peakProcessHwm: number;
	/** GNU time's maximum resident set size of the largest process, when /usr/bin/time exists. */
	timeMaxRss?: number;
	/** User + system CPU time of the tree (the larger of GNU time and /proc polling): robust when other work shares the machine. */
	cpuMs?: number;
	log: string;
}

const GNU_TIME = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/time' : undefined;

function statusKb(pid: number, key: string): number {
	try {
		const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * KB : 0;
	} catch {
		return 0; // the process ended between listing and reading
	}
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** The pid and every descendant (from the parent ids in /proc/<pid>/stat), with each one's CPU time so far. */
function processTree(root: number): { pid: number; cpuMs: number }[] {
	const children = new Map<number, number[]>();
	const cpu = new Map<number, number>();
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
			// Fields after "(comm)": state ppid … utime (14th field) stime (15th).
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(f[1]);
			cpu.set(Number(name), ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// gone
		}
	}
	const out: { pid: number; cpuMs: number }[] = [];
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		out.push({ pid, cpuMs: cpu.get(pid) ?? 0 });
		queue.push(...(children.get(pid) ?? []));
	}
	return out;
}

async function run(label: string, command: string, env: Record<string, string | undefined>): Promise<Measured> {
	fs.mkdirSync(LOGS, { recursive: true });
	const log = path.join(LOGS, `${label}.log`);
	const fd = fs.openSync(log, 'w');
	const timeFile = path.join(LOGS, `${label}.maxrss`);
	const args = GNU_TIME ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, 'sh', '-c', command] : ['sh', '-c', command];
	const started = performance.now();
	const child = spawn(args[0]!, args.slice(1), {
		cwd: ROOT,
		env: { ...process.env, ...env, PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1', CI: undefined, GITHUB_ACTIONS: undefined },
		stdio: ['ignore', fd, fd],
	});
	let peakTreeRss = 0;
	let peakProcessHwm = 0;
	// CPU time per process as last seen: catches processes GNU time cannot (not waited for, e.g. Pagefind's binary).
	const cpuSeen = new Map<number, number>();
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		for (const { pid, cpuMs } of processTree(child.pid)) {
			sum += statusKb(pid, 'VmRSS');
			peakProcessHwm = Math.max(peakProcessHwm, statusKb(pid, 'VmHWM'));
			cpuSeen.set(pid, Math.max(cpuSeen.get(pid) ?? 0, cpuMs));
		}
		peakTreeRss = Math.max(peakTreeRss, sum);
	};
	const timer = setInterval(sample, 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
	clearInterval(timer);
	const ms = performance.now() - started;
	fs.closeSync(fd);
	let timeMaxRss: number | undefined;
	let cpuMs: number | undefined;
	if (GNU_TIME && fs.existsSync(timeFile)) {
		const [kb, user, sys] = (fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
		if (kb && kb > 0) timeMaxRss = kb * KB;
		if (user !== undefined && sys !== undefined && !Number.isNaN(user + sys)) cpuMs = (user + sys) * 1000;
		fs.rmSync(timeFile);
	}
	const polledCpu = [...cpuSeen.values()].reduce((a, b) => a + b, 0);
	cpuMs = Math.max(cpuMs ?? 0, polledCpu);
	return { command, ms, code, peakTreeRss, peakProcessHwm, ...(timeMaxRss ? { timeMaxRss } : {}), ...(cpuMs !== undefined ? { cpuMs } : {}), log: path.relative(ROOT, log) };
}

/**
 * The build, step by step: `astro build` without the integration's steps, then each step of
 * scripts/lib/build/steps.ts in a process of its own (the same functions `npm run build` runs
 * inside `astro build`), so each step's time and memory are measured apart.
 */
function buildSteps(): string[] {
	return ['ASTRO_TELEMETRY_DISABLED=1 POP_SKIP_BUILD_STEPS=1 astro build', ...BUILD_STEPS.map((s) => `tsx scripts/build-step.ts ${s.name}`)];
}

// ---------------------------------------------------------------------------------------------
// Validation and build

interface ValidationFigures {
	ms: number;
	/** The validator's own timer (reading and checking, without process start-up). */
	internalMs?: number;
	files?: number;
	errors: number;
	warnings: number;
	/** Errors in files outside content/ (the repository's own reference data). */
	repoErrors: number;
	firstErrors: string[];
	peakTreeRss: number;
	cpuMs?: number;
	log: string;
}

async function validate(label: string, env: Record<string, string>): Promise<ValidationFigures> {
	const m = await run(`${label}-validate`, 'tsx scripts/validate.ts', env);
	const out = fs.readFileSync(path.join(ROOT, m.log), 'utf8');
	const summary = /(\d+) files checked in (\d+) ms: .*; (\d+) errors?, (\d+) warnings?\./.exec(out);
	const errorLines = out.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(?!warning:)/.test(l));
	const repoErrors = errorLines.filter((l) => !l.startsWith('content/')).length;
	if (!summary && m.code !== 0) throw new Error(`validator failed to run (see ${m.log})`);
	return {
		ms: m.ms,
		...(summary ? { internalMs: Number(summary[2]), files: Number(summary[1]) } : {}),
		errors: summary ? Number(summary[3]) : errorLines.length,
		warnings: summary ? Number(summary[4]) : 0,
		repoErrors,
		firstErrors: errorLines.slice(0, 8),
		peakTreeRss: m.peakTreeRss,
		...(m.cpuMs !== undefined ? { cpuMs: m.cpuMs } : {}),
		log: m.log,
	};
}

interface BuildFigures {
	ok: boolean;
	ms: number;
	steps: { command: string; ms: number; cpuMs?: number; code: number | null; peakTreeRss: number; timeMaxRss?: number; log: string }[];
	/** CPU time of all steps (user + system), when GNU time is available. */
	cpuMs?: number;
	peakTreeRss: number;
	peakProcessHwm: number;
	timeMaxRss?: number;
	error?: string;
	/** The first attempt failed (the working tree is shared and may change mid-build) and this is the second. */
	retried?: { error: string };
}

/** One retry: several people work in this checkout, and a file appearing mid-build can fail it. */
async function buildWithRetry(label: string, outDir: string, env: Record<string, string>): Promise<BuildFigures> {
	const first = await build(label, outDir, env);
	if (first.ok) return first;
	process.stdout.write(`first attempt failed (${first.error?.split('\n')[0]}), retrying … `);
	const second = await build(`${label}-retry`, outDir, env);
	return { ...second, retried: { error: first.error ?? 'unknown' } };
}

async function build(label: string, outDir: string, env: Record<string, string>): Promise<BuildFigures> {
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.rmSync(`${outDir}-cache`, { recursive: true, force: true });
	const steps: BuildFigures['steps'] = [];
	let peakTreeRss = 0;
	let peakProcessHwm = 0;
	let timeMaxRss = 0;
	const all = buildSteps();
	for (const [i, command] of all.entries()) {
		const m = await run(`${label}-build-${i + 1}`, command, { ...env, POP_OUT_DIR: outDir });
		steps.push({ command, ms: m.ms, ...(m.cpuMs !== undefined ? { cpuMs: m.cpuMs } : {}), code: m.code, peakTreeRss: m.peakTreeRss, ...(m.timeMaxRss ? { timeMaxRss: m.timeMaxRss } : {}), log: m.log });
		peakTreeRss = Math.max(peakTreeRss, m.peakTreeRss);
		peakProcessHwm = Math.max(peakProcessHwm, m.peakProcessHwm);
		timeMaxRss = Math.max(timeMaxRss, m.timeMaxRss ?? 0);
		if (m.code !== 0) {
			// eslint-disable-next-line no-control-regex
			const tail = fs.readFileSync(path.join(ROOT, m.log), 'utf8').replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(-12).join('\n');
			return { ok: false, ms: steps.reduce((s, x) => s + x.ms, 0), steps, peakTreeRss, peakProcessHwm, error: `"${command}" exited with ${m.code} (log: ${m.log})\n${tail}` };
		}
	}
	const cpuMs = steps.every((x) => x.cpuMs !== undefined) ? steps.reduce((s, x) => s + x.cpuMs!, 0) : undefined;
	return { ok: true, ms: steps.reduce((s, x) => s + x.ms, 0), steps, peakTreeRss, peakProcessHwm, ...(timeMaxRss ? { timeMaxRss } : {}), ...(cpuMs !== undefined ? { cpuMs } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Page weights

const gzipSize = (buf: Buffer) => zlib.gzipSync(buf, { level: 6 }).length;
const isGzip = (buf: Buffer) => buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
/** Bytes on the wire if the host compresses text (gzip -6); files Pagefind already gzipped count as they are. */
const wireSize = (buf: Buffer) => (isGzip(buf) ? buf.length : gzipSize(buf));

interface PageWeight {
	path: string;
	raw: number;
	gzip: number;
}

interface WeightFigures {
	pages: number;
	countryPages: number;
	recordPages: number;
	/** Country, record and home page weights in each interface language. */
	byLanguage: Record<string, { country: { median: PageWeight; heaviest: PageWeight }; record: { median: PageWeight; heaviest: PageWeight }; home: PageWeight }>;
	country: { median: PageWeight; heaviest: PageWeight; lightest: PageWeight };
	record: { median: PageWeight; heaviest: PageWeight; lightest: PageWeight };
	home?: PageWeight;
	/** The heaviest pages of the whole site, for the investigation. */
	heaviestPages: PageWeight[];
	css: { files: PageWeight[]; gzip: number; raw: number; onDiskOutsidePagefind: number };
	js: { files: PageWeight[]; gzip: number; raw: number };
	firstVisitRecord: { gzip: number; parts: PageWeight[] };
	firstVisitCountry: { gzip: number; parts: PageWeight[] };
	searchIndex: { files: number; bytes: number };
}

function walk(dir: string, keep: (rel: string) => boolean, base = dir, out: string[] = []): string[] {
	if (!fs.existsSync(dir)) return out;
	for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
		const abs = path.join(dir, ent.name);
		if (ent.isDirectory()) walk(abs, keep, base, out);
		else if (keep(path.relative(base, abs))) out.push(path.relative(base, abs));
	}
	return out;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
/** Stylesheets, scripts and the icon a page makes the browser fetch, as site paths. */
function assetsOf(html: string): { css: string[]; js: string[]; icon: string[] } {
	const css: string[] = [];
	const js: string[] = [];
	const icon: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attr(tag, 'rel') ?? '';
		const href = attr(tag, 'href');
		if (!href || /^(https?:)?\/\//.test(href)) continue;
		if (/\bstylesheet\b/.test(rel)) css.push(href);
		else if (/\bicon\b/.test(rel)) icon.push(href);
		else if (/\b(preload|modulepreload)\b/.test(rel) && /\.m?js$/.test(href)) js.push(href);
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attr(tag, 'src');
		if (src && !/^(https?:)?\/\//.test(src)) js.push(src);
	}
	return { css, js, icon };
}

function weigh(outDir: string): WeightFigures {
	const fileCache = new Map<string, Buffer>();
	const read = (sitePath: string) => {
		const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
		let file = path.join(outDir, clean);
		if (clean.endsWith('/')) file = path.join(file, 'index.html');
		let buf = fileCache.get(file);
		if (!buf) {
			buf = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
			fileCache.set(file, buf);
		}
		return buf;
	};
	const weight = (sitePath: string, buf = read(sitePath)): PageWeight => ({ path: sitePath, raw: buf.length, gzip: wireSize(buf) });
	const html = walk(outDir, (rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/'));
	const toSite = (rel: string) => `/${rel.replace(/index\.html$/, '')}`;
	const all: PageWeight[] = [];
	const country: PageWeight[] = [];
	const record: PageWeight[] = [];
	const cssUsed = new Set<string>();
	const jsContent = new Set<string>();
	const perLang = new Map<string, { country: PageWeight[]; record: PageWeight[]; home?: PageWeight }>();
	for (const rel of html) {
		const buf = fs.readFileSync(path.join(outDir, rel));
		const w = weight(toSite(rel), buf);
		all.push(w);
		// Every interface language: /fr/countries/ke/ is a French country page, and so on.
		const lm = LANG_PREFIX.exec(rel)!;
		const lang = lm[1] ?? 'en';
		const inner = lm[2]!;
		const bucket = perLang.get(lang) ?? { country: [], record: [] };
		if (/^countries\/[a-z]{2}\/index\.html$/.test(inner)) bucket.country.push(w);
		if (/^resources\/[^/]+\/[^/]+\/index\.html$/.test(inner)) bucket.record.push(w);
		if (inner === 'index.html') bucket.home = w;
		perLang.set(lang, bucket);
		const isCountry = /^countries\/[a-z]{2}\/index\.html$/.test(rel);
		const isRecord = /^resources\/[^/]+\/[^/]+\/index\.html$/.test(rel);
		if (isCountry) country.push(w);
		if (isRecord) record.push(w);
		const assets = assetsOf(buf.toString('utf8'));
		for (const c of assets.css) cssUsed.add(c);
		if (isCountry || isRecord) for (const j of assets.js) jsContent.add(j);
	}
	const stats = (list: PageWeight[]) => {
		const sorted = [...list].sort((a, b) => a.gzip - b.gzip);
		const none = { path: '(none)', raw: 0, gzip: 0 };
		return { median: sorted[Math.floor(sorted.length / 2)] ?? none, heaviest: sorted.at(-1) ?? none, lightest: sorted[0] ?? none };
	};
	const cs = stats(country);
	const rs = stats(record);
	const firstVisit = (page: PageWeight) => {
		const a = assetsOf(read(page.path).toString('utf8'));
		const parts = [page, ...[...new Set([...a.css, ...a.js, ...a.icon])].map((p) => weight(p))];
		return { gzip: parts.reduce((s, p) => s + p.gzip, 0), parts };
	};
	const cssFiles = [...cssUsed].sort().map((p) => weight(p));
	const jsFiles = [...jsContent].sort().map((p) => weight(p));
	const pagefind = walk(path.join(outDir, 'pagefind'), () => true);
	const home = all.find((p) => p.path === '/');
	const byLanguage = Object.fromEntries(
		[...perLang.entries()].map(([lang, b]) => [lang, { country: stats(b.country), record: stats(b.record), home: b.home ?? { path: '(none)', raw: 0, gzip: 0 } }]),
	);
	return {
		byLanguage,
		pages: html.length,
		countryPages: country.length,
		recordPages: record.length,
		country: cs,
		record: rs,
		...(home ? { home } : {}),
		heaviestPages: [...all].sort((a, b) => b.gzip - a.gzip).slice(0, 8),
		css: {
			files: cssFiles,
			gzip: cssFiles.reduce((s, f) => s + f.gzip, 0),
			raw: cssFiles.reduce((s, f) => s + f.raw, 0),
			onDiskOutsidePagefind: walk(outDir, (rel) => rel.endsWith('.css') && !rel.startsWith('pagefind/')).length,
		},
		js: { files: jsFiles, gzip: jsFiles.reduce((s, f) => s + f.gzip, 0), raw: jsFiles.reduce((s, f) => s + f.raw, 0) },
		firstVisitRecord: firstVisit(rs.median),
		firstVisitCountry: firstVisit(cs.heaviest),
		searchIndex: { files: pagefind.length, bytes: pagefind.reduce((s, f) => s + fs.statSync(path.join(outDir, 'pagefind', f)).size, 0) },
	};
}

// ---------------------------------------------------------------------------------------------
// Search in headless Chromium

interface Transfer {
	requests: number;
	/** Bytes Chromium received (CDP encodedDataLength: headers + body as served; scripts/serve.ts does not compress). */
	raw: number;
	/** The same responses if the host gzips text: headers + gzip -6 body (Pagefind's own files are already gzipped). */
	gzip: number;
	files: { url: string; raw: number; gzip: number }[];
}

interface SearchFigures {
	skipped?: string;
	queries?: [string, string];
	page?: Transfer;
	first?: Transfer & { results: number };
	later?: Transfer & { results: number };
	error?: string;
}

/** Where a site's search is and how it is used: POP Atlas's /search/ page, or Starlight's dialog. */
interface SearchUi {
	/** The page the visit starts on. */
	start: string;
	/** A button that opens the search (Starlight's dialog), clicked as part of the first search. */
	open?: string;
	box: string;
	results: string;
	/** 'none' for a site without POP Atlas's _headers file (the peer). */
	headers?: 'host' | 'none';
}
const POP_SEARCH: SearchUi = {
	start: '/search/',
	box: 'input[type="search"], [role="searchbox"], input[name="q"]',
	results: 'main a[href^="/resources/"], main a[href^="/countries/"], main a[href^="/organizations/"]',
};
/** Starlight 0.37: the search button opens a dialog holding Pagefind's default UI. */
const STARLIGHT_SEARCH = (start: string): SearchUi => ({ start, open: 'button[data-open-modal]', box: '.pagefind-ui__search-input', results: '.pagefind-ui__result', headers: 'none' });

async function measureSearch(outDir: string, ui: SearchUi = POP_SEARCH): Promise<SearchFigures> {
	if (!SEARCH) return { skipped: 'disabled with --no-search' };
	if (!fs.existsSync(path.join(outDir, ui.start, 'index.html'))) return { skipped: `the build has no ${ui.start} page` };
	const server = createServer(outDir, ui.headers ?? 'host');
	// Counted at the server: Pagefind 1.5 fetches its index from a Web Worker, whose requests the
	// page's CDP session does not see. Every request reaches this server (it sends no-cache).
	const hits: { url: string; phase: string }[] = [];
	let serverPhase = 'page';
	server.on('request', (req) => {
		hits.push({ url: req.url ?? '/', phase: serverPhase });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await launch();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		type Phase = 'page' | 'first' | 'later';
		let phase = 'page' as Phase;
		let inflight = 0;
		let lastActivity = performance.now();
		const requests = new Map<string, { url: string; phase: Phase; encoded: number }>();
		cdp.on('Network.requestWillBeSent', (e) => {
			if (!requests.has(e.requestId)) inflight++;
			requests.set(e.requestId, { url: e.request.url, phase, encoded: 0 });
			lastActivity = performance.now();
		});
		cdp.on('Network.loadingFinished', (e) => {
			const r = requests.get(e.requestId);
			if (r) r.encoded = e.encodedDataLength;
			inflight = Math.max(0, inflight - 1);
			lastActivity = performance.now();
		});
		cdp.on('Network.loadingFailed', () => {
			inflight = Math.max(0, inflight - 1);
			lastActivity = performance.now();
		});
		/** Waits until nothing has been in flight for `quiet` ms (Pagefind debounces typing). */
		const idle = async (quiet = 1000, max = 30_000) => {
			const start = performance.now();
			while (performance.now() - start < max) {
				if (inflight === 0 && performance.now() - lastActivity >= quiet) return;
				await new Promise((r) => setTimeout(r, 50));
			}
		};
		const transfer = (p: Phase): Transfer => {
			const files = hits
				.filter((h) => h.phase === p)
				.map((h) => {
					const url = new URL(h.url, origin);
					let file = path.join(outDir, decodeURIComponent(url.pathname));
					if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
					const body = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
					// About 250 bytes of response headers, as the CDP figures showed.
					return { url: url.pathname, raw: body.length + 250, gzip: 250 + wireSize(body) };
				});
			return { requests: files.length, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files: files.sort((a, b) => b.gzip - a.gzip) };
		};
		await page.goto(`${origin}${ui.start}`, { waitUntil: 'load' });
		await idle();
		const box = page.locator(ui.box).first();
		if (!ui.open && (await box.count()) === 0) return { skipped: `${ui.start} has no search box (${ui.box})`, page: transfer('page') };
		const resultLinks = () => page.locator(ui.results).count();
		/**
		 * Enters the query in one go (one input event, as when typing faster than the UI's debounce
		 * or pasting), so exactly one search runs and the figure does not depend on typing speed or
		 * machine load; then waits for results to appear and for the network to go quiet.
		 */
		const search = async (query: string) => {
			const before = await resultLinks();
			await box.fill(query);
			await page.waitForTimeout(600); // the UI's debounce
			const until = performance.now() + 20_000;
			while ((await resultLinks()) <= before && performance.now() < until) await page.waitForTimeout(100);
			await idle();
			return (await resultLinks()) - before;
		};
		phase = 'first';
		serverPhase = 'first';
		if (ui.open) await page.locator(ui.open).first().click();
		await box.click();
		const firstResults = await search(QUERIES[0]);
		await box.fill('');
		await page.waitForTimeout(600);
		await idle();
		phase = 'later';
		serverPhase = 'later';
		const laterResults = await search(QUERIES[1]);
		return { queries: QUERIES, page: transfer('page'), first: { ...transfer('first'), results: firstResults }, later: { ...transfer('later'), results: laterResults } };
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	} finally {
		await browser.close();
		await new Promise<void>((r) => server.close(() => r()));
	}
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface SizeResult {
	size: number;
	generated?: Omit<GenerateResult, 'dir'> & { msGenerate: number };
	validation?: ValidationFigures;
	build?: BuildFigures;
	weights?: WeightFigures;
	search?: SearchFigures;
	/** The Starlight peer built from the same records (--peer). */
	peer?: PeerResult;
	load: { before: number[]; after: number[] };
	errors: string[];
}

interface PeerResult {
	pages: number;
	build?: Measured;
	weights?: WeightFigures;
	search?: SearchFigures;
}

/** Installs the peer's pinned packages once per lockfile, in the bench's temporary folder. */
function peerInstall(): string {
	const dir = path.join(WORK, `peer-install-${peerInstallKey()}`);
	if (fs.existsSync(path.join(dir, 'node_modules', '.bin', 'astro'))) return dir;
	fs.mkdirSync(dir, { recursive: true });
	for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(PEER_TEMPLATE, f), path.join(dir, f));
	const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm ci of the Starlight peer failed:\n${(r.stderr ?? '').slice(-800)}`);
	return dir;
}

/** Builds the Starlight peer from a generated content folder, then weighs it and measures its search. */
async function buildPeer(size: number, contentDir: string): Promise<PeerResult> {
	const install = peerInstall();
	const siteDir = path.join(WORK, `peer-${size}`);
	const pages = writePeerSite(contentDir, siteDir);
	const modules = path.join(siteDir, 'node_modules');
	if (!fs.existsSync(modules)) fs.symlinkSync(path.join(install, 'node_modules'), modules, 'dir');
	const build = await run(`peer-${size}-build`, `cd '${siteDir}' && ./node_modules/.bin/astro build`, { ASTRO_TELEMETRY_DISABLED: '1' });
	if (build.code !== 0) throw new Error(`the Starlight peer's build failed (exit ${build.code}); see ${build.log}`);
	const dist = path.join(siteDir, 'dist');
	const weights = weigh(dist);
	// The visit starts on the median record page, where Starlight's search button is.
	const search = await measureSearch(dist, STARLIGHT_SEARCH(weights.record.median.path));
	if (!KEEP) fs.rmSync(siteDir, { recursive: true, force: true });
	return { pages, build, weights, search };
}

/** POP Atlas against the peer at one size: each figure and its ratio (POP Atlas ÷ peer). */
function peerRows(r: SizeResult): string[][] {
	const p = r.peer;
	if (!p) return [];
	const rows: [string, number | undefined, number | undefined, 'ms' | 'bytes' | 'n'][] = [
		['whole build (wall)', r.build?.ms, p.build?.ms, 'ms'],
		['whole build (CPU)', r.build?.cpuMs, p.build?.cpuMs, 'ms'],
		['peak memory, process tree', r.build?.peakTreeRss, p.build?.peakTreeRss, 'bytes'],
		['pages', r.weights?.pages, p.weights?.pages, 'n'],
		['record page HTML, median (gzip)', r.weights?.record.median.gzip, p.weights?.record.median.gzip, 'bytes'],
		['first visit to a record page', r.weights?.firstVisitRecord.gzip, p.weights?.firstVisitRecord.gzip, 'bytes'],
		[`first search ("${QUERIES[0]}")`, r.search?.first?.gzip, p.search?.first?.gzip, 'bytes'],
		[`later search ("${QUERIES[1]}")`, r.search?.later?.gzip, p.search?.later?.gzip, 'bytes'],
	];
	const show = (v: number | undefined, unit: 'ms' | 'bytes' | 'n') => (v === undefined ? 'n/a' : unit === 'n' ? v.toLocaleString('en') : fmt(unit, v));
	return [
		['figure', 'POP Atlas', 'Starlight peer', 'ratio'],
		...rows.map(([label, a, b, unit]) => [label, show(a, unit), show(b, unit), a !== undefined && b ? `${(a / b).toFixed(2)}×` : 'n/a']),
	];
}

const fmtBytes = (b: number) => (b >= GB ? `${(b / GB).toFixed(2)} GB` : b >= MB ? `${(b / MB).toFixed(1)} MB` : `${(b / KB).toFixed(1)} KB`);
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmt = (unit: Budget['unit'], v: number) => (unit === 'ms' ? fmtMs(v) : fmtBytes(v));

/** The measured value of each budget for one result, or a reason it has none. */
function figuresOf(r: Pick<SizeResult, 'validation' | 'build' | 'weights' | 'search'>): Record<string, number | string> {
	const w = r.weights;
	const s = r.search;
	const searchWhy = s?.skipped ? `skipped: ${s.skipped}` : s?.error ? `error: ${s.error}` : 'not measured';
	return {
		validate: r.validation?.ms ?? 'not measured',
		build: r.build ? (r.build.ok ? r.build.ms : 'build failed') : 'not measured',
		memory: r.build?.peakTreeRss ?? 'not measured',
		countryHtml: w?.country.heaviest.gzip ?? 'no build',
		countryHtmlMedian: w?.country.median.gzip ?? 'no build',
		recordHtml: w?.record.heaviest.gzip ?? 'no build',
		recordHtmlMedian: w?.record.median.gzip ?? 'no build',
		css: w?.css.gzip ?? 'no build',
		js: w?.js.gzip ?? 'no build',
		firstVisitRecord: w?.firstVisitRecord.gzip ?? 'no build',
		firstVisitCountry: w?.firstVisitCountry.gzip ?? 'no build',
		searchPage: s?.page?.gzip ?? searchWhy,
		searchFirst: s?.first?.gzip ?? searchWhy,
		searchLater: s?.later?.gzip ?? searchWhy,
	};
}

function statusOf(b: Budget, v: number | string, size?: number): string {
	if (typeof v === 'string') return 'n/a';
	if (b.atSize && size !== undefined && size !== b.atSize) return 'info';
	if (v > b.limit) return 'OVER';
	return b.aim !== undefined && v > b.aim ? 'PASS (above aim)' : 'PASS';
}

function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

function budgetRows(r: Pick<SizeResult, 'validation' | 'build' | 'weights' | 'search'>, size: number | undefined, only?: string[]): string[][] {
	const figures = figuresOf(r);
	const rows = [['figure', 'value', 'budget', 'status']];
	for (const b of BUDGETS) {
		if (only && !only.includes(b.id)) continue;
		const v = figures[b.id]!;
		const cpu = b.id === 'validate' ? r.validation?.cpuMs : b.id === 'build' ? r.build?.cpuMs : undefined;
		rows.push([b.label, typeof v === 'number' ? `${fmt(b.unit, v)}${cpu !== undefined ? ` (CPU ${fmtMs(cpu)})` : ''}` : v, `≤ ${fmt(b.unit, b.limit)}${b.aim ? ` (aim ≤ ${fmt(b.unit, b.aim)})` : ''}${b.atSize ? ` at ${b.atSize.toLocaleString('en')}` : ''}`, statusOf(b, v, size)]);
	}
	return rows;
}

function details(r: Pick<SizeResult, 'validation' | 'build' | 'weights' | 'search'>): string {
	const lines: string[] = [];
	const v = r.validation;
	if (v) lines.push(`validation: ${fmtMs(v.ms)} wall${v.cpuMs !== undefined ? ` (${fmtMs(v.cpuMs)} CPU)` : ''}, ${v.internalMs !== undefined ? fmtMs(v.internalMs) : '?'} by the validator's own timer, ${v.files ?? '?'} files, ${v.errors} errors (${v.repoErrors} in repository data), ${v.warnings} warnings, ${fmtBytes(v.peakTreeRss)} peak`);
	const b = r.build;
	if (b) {
		if (b.cpuMs !== undefined) lines.push(`build: ${fmtMs(b.ms)} wall, ${fmtMs(b.cpuMs)} CPU (user + system, all processes)`);
		for (const s of b.steps) lines.push(`build step "${s.command}": ${fmtMs(s.ms)}${s.cpuMs !== undefined ? ` (${fmtMs(s.cpuMs)} CPU)` : ''}, peak ${fmtBytes(s.peakTreeRss)} (tree)${s.timeMaxRss ? `, ${fmtBytes(s.timeMaxRss)} (largest process, GNU time)` : ''}${s.code !== 0 ? `, EXIT ${s.code}` : ''}`);
		if (!b.ok) lines.push('BUILD FAILED (see the note below)');
		if (b.retried) lines.push(`the first build attempt failed and was retried: ${b.retried.error.split('\n')[0]}`);
	}
	const w = r.weights;
	if (w) {
		lines.push(`pages: ${w.pages} (${w.countryPages} country, ${w.recordPages} record); search index: ${w.searchIndex.files} files, ${fmtBytes(w.searchIndex.bytes)}`);
		lines.push(`country pages gzip: lightest ${fmtBytes(w.country.lightest.gzip)}, median ${fmtBytes(w.country.median.gzip)} (${w.country.median.path}), heaviest ${fmtBytes(w.country.heaviest.gzip)} (${w.country.heaviest.path}, ${fmtBytes(w.country.heaviest.raw)} raw)`);
		lines.push(`record pages gzip: lightest ${fmtBytes(w.record.lightest.gzip)}, median ${fmtBytes(w.record.median.gzip)} (${w.record.median.path}), heaviest ${fmtBytes(w.record.heaviest.gzip)} (${w.record.heaviest.path}, ${fmtBytes(w.record.heaviest.raw)} raw)`);
		if (w.home) lines.push(`home page (/): ${fmtBytes(w.home.gzip)} gzip, ${fmtBytes(w.home.raw)} raw`);
		for (const [lang, l] of Object.entries(w.byLanguage ?? {}))
			lines.push(`[${lang}] country pages gzip: median ${fmtBytes(l.country.median.gzip)}, heaviest ${fmtBytes(l.country.heaviest.gzip)} (${l.country.heaviest.path}); record pages: median ${fmtBytes(l.record.median.gzip)}, heaviest ${fmtBytes(l.record.heaviest.gzip)}; home ${fmtBytes(l.home.gzip)}`);
		lines.push(`heaviest pages: ${w.heaviestPages.slice(0, 5).map((p) => `${p.path} ${fmtBytes(p.gzip)}`).join(', ')}`);
		lines.push(`CSS: ${w.css.files.map((f) => `${f.path} ${fmtBytes(f.gzip)} (${fmtBytes(f.raw)} raw)`).join(', ') || 'none'}; ${w.css.onDiskOutsidePagefind} CSS file(s) in the build outside pagefind/`);
		lines.push(`JS on country/record pages: ${w.js.files.map((f) => `${f.path} ${fmtBytes(f.gzip)} (${fmtBytes(f.raw)} raw)`).join(', ') || 'none'}`);
		lines.push(`first visit, record: ${w.firstVisitRecord.parts.map((p) => `${p.path} ${fmtBytes(p.gzip)}`).join(' + ')}`);
		lines.push(`first visit, country: ${w.firstVisitCountry.parts.map((p) => `${p.path} ${fmtBytes(p.gzip)}`).join(' + ')}`);
	}
	const s = r.search;
	if (s?.skipped) lines.push(`search: skipped (${s.skipped})`);
	if (s?.error) lines.push(`search: ERROR ${s.error}`);
	for (const [name, t] of [['/search/ page', s?.page], [`first search "${s?.queries?.[0]}"`, s?.first], [`later search "${s?.queries?.[1]}"`, s?.later]] as const) {
		if (!t) continue;
		const results = 'results' in t ? `, ${t.results} result links` : '';
		lines.push(`${name}: ${t.requests} requests, ${fmtBytes(t.raw)} as served, ${fmtBytes(t.gzip)} gzip-equivalent${results}; largest: ${t.files.slice(0, 4).map((f) => `${f.url} ${fmtBytes(f.gzip)}`).join(', ')}`);
	}
	return lines.map((l) => `  ${l}`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const LIGHTHOUSE = option('lighthouse');
if (LIGHTHOUSE) {
	const { lighthouseTable, runLighthouse } = await import('./lighthouse');
	const runs = Number(option('runs') ?? 3);
	console.log(`== Lighthouse 12 (mobile) on ${LIGHTHOUSE}, median of ${runs} runs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
	console.log(lighthouseTable(await runLighthouse(LIGHTHOUSE, runs)));
	process.exit(0);
}

const SITE = option('site');
if (SITE) {
	const w = { weights: weigh(SITE), search: await measureSearch(SITE) };
	console.log(`== Page weights of ${SITE}`);
	console.log(table(budgetRows(w, undefined, BUDGETS.filter((b) => !['validate', 'build', 'memory'].includes(b.id)).map((b) => b.id))));
	console.log(details(w));
	process.exit(0);
}

const results: SizeResult[] = [];
let real: (Pick<SizeResult, 'build' | 'weights' | 'search' | 'errors'> & { validation?: ValidationFigures }) | undefined;
const started = Date.now();
const errors: string[] = [];
const previous = fs.existsSync(JSON_OUT) ? (JSON.parse(fs.readFileSync(JSON_OUT, 'utf8')) as { date?: string; sizes?: SizeResult[] }) : undefined;

console.log(`POP Atlas benchmarks: sizes ${SIZES.join(', ')}, seed ${SEED}, ${os.cpus().length} CPUs, ${fmtBytes(os.totalmem())} RAM, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`memory: /proc polling of the process tree every 100 ms${GNU_TIME ? ' + GNU time (largest process)' : ''}; logs in ${path.relative(ROOT, LOGS)}/\n`);

for (const size of SIZES) {
	const label = `synthetic-${size}`;
	const dir = path.join(WORK, String(size));
	const outDir = path.resolve(SITES, String(size));
	const r: SizeResult = { size, load: { before: os.loadavg(), after: [] }, errors: [] };
	results.push(r);
	try {
		process.stdout.write(`[${size}] generating … `);
		const t0 = performance.now();
		const gen = generate({ count: size, dir, seed: SEED, today: TODAY });
		const { dir: _dir, ...genRest } = gen;
		r.generated = { ...genRest, msGenerate: performance.now() - t0 };
		console.log(`${gen.resources} records + ${gen.anchors} anchors, ${gen.organizations} organisations, ${fmtBytes(gen.bytes)} in ${fmtMs(r.generated.msGenerate)}`);
		if (!PEER_ONLY) await measurePop();
		if (PEER) {
			process.stdout.write(`[${size}] Starlight peer … `);
			r.peer = await buildPeer(size, dir);
			const b = r.peer.build!;
			console.log(`${r.peer.pages} record pages, built in ${fmtMs(b.ms)}, peak ${fmtBytes(b.peakTreeRss)}`);
		}
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		console.log(`\n[${size}] ERROR: ${msg}`);
		r.errors.push(msg);
		errors.push(`[${size}] ${msg.split('\n')[0]}`);
	}
	/** POP Atlas at this size: validation, the build, page weights and search. */
	async function measurePop() {
		const env = { POP_CONTENT_DIR: dir, POP_TODAY: r.generated!.today };
		process.stdout.write(`[${size}] validating … `);
		r.validation = await validate(label, env);
		console.log(`${fmtMs(r.validation.ms)}, ${r.validation.errors} errors`);
		const synthErrors = r.validation.errors - r.validation.repoErrors;
		if (synthErrors > 0) throw new Error(`the synthetic set has ${synthErrors} validation errors (a generator bug):\n${r.validation.firstErrors.join('\n')}`);
		if (r.validation.repoErrors > 0) r.errors.push(`the repository's own data has ${r.validation.repoErrors} validation error(s); the build may fail:\n    ${r.validation.firstErrors.filter((l) => !l.startsWith('content/')).slice(0, 3).join('\n    ')}`);
		process.stdout.write(`[${size}] building (${buildSteps().length} steps) … `);
		r.build = await buildWithRetry(label, outDir, env);
		console.log(r.build.ok ? `${fmtMs(r.build.ms)}, peak ${fmtBytes(r.build.peakTreeRss)}${r.build.retried ? ' (second attempt)' : ''}` : 'FAILED');
		if (!r.build.ok) throw new Error(r.build.error);
		process.stdout.write(`[${size}] weighing pages … `);
		r.weights = weigh(outDir);
		console.log(`${r.weights.pages} pages`);
		process.stdout.write(`[${size}] search in Chromium … `);
		r.search = await measureSearch(outDir);
		console.log(r.search.skipped ? `skipped (${r.search.skipped})` : r.search.error ? `error: ${r.search.error}` : 'done');
	}
	r.load.after = os.loadavg();
	if (!KEEP) {
		fs.rmSync(dir, { recursive: true, force: true });
		fs.rmSync(outDir, { recursive: true, force: true });
		fs.rmSync(`${outDir}-cache`, { recursive: true, force: true });
	}
}

if (REAL) {
	real = { errors: [] };
	try {
		process.stdout.write('[real] validating … ');
		real.validation = await validate('real', {});
		console.log(`${fmtMs(real.validation.ms)}, ${real.validation.errors} errors`);
		process.stdout.write(`[real] building into ${REAL_OUT} … `);
		real.build = await buildWithRetry('real', REAL_OUT, {});
		console.log(real.build.ok ? `${fmtMs(real.build.ms)}${real.build.retried ? ' (second attempt)' : ''}` : 'FAILED');
		if (!real.build.ok) throw new Error(real.build.error);
		real.weights = weigh(REAL_OUT);
		process.stdout.write('[real] search in Chromium … ');
		real.search = await measureSearch(REAL_OUT);
		console.log(real.search.skipped ? `skipped (${real.search.skipped})` : real.search.error ? `error: ${real.search.error}` : 'done');
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		console.log(`\n[real] ERROR: ${msg}`);
		real.errors.push(msg);
		errors.push(`[real] ${msg.split('\n')[0]}`);
	}
	if (!KEEP) fs.rmSync(`${REAL_OUT}-cache`, { recursive: true, force: true });
}

// An empty bench/out/sites/ is left only when nothing was kept.
if (fs.existsSync(SITES) && fs.readdirSync(SITES).length === 0) fs.rmdirSync(SITES);

// Print
console.log('');
for (const r of results) {
	const g = r.generated;
	console.log(`== Synthetic data set, ${r.size.toLocaleString('en')} records${g ? ` (+${g.anchors} real anchors; ${g.organizations} organisations, ${g.global} global, ${g.regional} regional, ${g.countriesWithRecords} countries)` : ''}`);
	if (!PEER_ONLY) {
		console.log(table(budgetRows(r, r.size)));
		console.log(details(r));
	}
	if (r.peer) {
		console.log(`  -- Side by side with the Starlight peer (scripts/bench/peer.ts: ${r.peer.pages} record pages, English only)`);
		console.log(table(peerRows(r)).replace(/^/gm, '  '));
		const ps = r.peer.search;
		if (ps?.first) console.log(`  peer first search: ${ps.first.requests} requests, ${ps.first.results} results; largest: ${ps.first.files.slice(0, 4).map((f) => `${f.url} ${fmtBytes(f.gzip)}`).join(', ')}`);
		if (ps?.skipped || ps?.error) console.log(`  peer search: ${ps.skipped ?? ps.error}`);
	}
	console.log(`  load average before/after: ${r.load.before.map((l) => l.toFixed(1)).join(' ')} / ${r.load.after.map((l) => l.toFixed(1)).join(' ')}`);
	if (Math.max(r.load.before[0] ?? 0, r.load.after[0] ?? 0) > os.cpus().length * 1.5)
		console.log(`  NOTE: the machine was busy (load above ${os.cpus().length} CPUs): wall times are inflated; CPU times are the comparable figures.`);
	for (const e of r.errors) console.log(`  NOTE: ${e}`);
	console.log('');
}
if (results.length > 1) {
	const [a, b] = [results[0]!, results.at(-1)!];
	const ratio = (x?: number, y?: number) => (x && y ? `×${(y / x).toFixed(1)}` : 'n/a');
	console.log(`== Scaling ${a.size.toLocaleString('en')} → ${b.size.toLocaleString('en')} records (×${(b.size / a.size).toFixed(0)}; linear would be the same factor)`);
	console.log(
		`  validation ${ratio(a.validation?.internalMs, b.validation?.internalMs)} (validator timer), build ${ratio(a.build?.ms, b.build?.ms)} wall / ${ratio(a.build?.cpuMs, b.build?.cpuMs)} CPU, ` +
			`per step (CPU): ${(b.build?.steps ?? []).map((s, i) => `${s.command.replace(/^.*?(astro build|scripts\/[\w-]+\.ts).*$/, '$1')} ${ratio(a.build?.steps[i]?.cpuMs ?? a.build?.steps[i]?.ms, s.cpuMs ?? s.ms)}`).join(', ')}, peak memory ${ratio(a.build?.peakTreeRss, b.build?.peakTreeRss)}\n`,
	);
}
if (real) {
	console.log('== Real data set (the repository\'s own records), page weights');
	console.log(table(budgetRows(real, undefined, BUDGETS.filter((b) => !['validate', 'build'].includes(b.id)).map((b) => b.id))));
	console.log(details(real));
	if (real.build?.ok) console.log(`  (real build: ${fmtMs(real.build.ms)}, informational)`);
	for (const e of real.errors) console.log(`  NOTE: ${e}`);
	console.log('');
}
if (previous?.sizes?.length) {
	console.log(`== Compared with the previous run (${previous.date ?? 'unknown date'})`);
	for (const r of results) {
		const p = previous.sizes.find((x) => x.size === r.size);
		if (!p) continue;
		const now = figuresOf(r);
		const before = figuresOf(p);
		const changes = BUDGETS.filter((b) => typeof now[b.id] === 'number' && typeof before[b.id] === 'number').map((b) => {
			const d = (now[b.id] as number) - (before[b.id] as number);
			return `${b.id} ${d >= 0 ? '+' : '−'}${fmt(b.unit, Math.abs(d))}`;
		});
		console.log(`  ${r.size}: ${changes.join(', ') || 'nothing comparable'}`);
	}
	console.log('');
}

// JSON
const gitCommit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
fs.mkdirSync(path.dirname(JSON_OUT), { recursive: true });
if (fs.existsSync(JSON_OUT)) fs.copyFileSync(JSON_OUT, JSON_OUT.replace(/\.json$/, '.previous.json'));
const judged = (r: Pick<SizeResult, 'validation' | 'build' | 'weights' | 'search'>, size?: number) =>
	Object.fromEntries(BUDGETS.map((b) => [b.id, { value: figuresOf(r)[b.id], limit: b.limit, ...(b.aim ? { aim: b.aim } : {}), unit: b.unit, status: statusOf(b, figuresOf(r)[b.id]!, size) }]));
fs.writeFileSync(
	JSON_OUT,
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			commit: gitCommit,
			machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memory: os.totalmem(), node: process.version },
			options: { sizes: SIZES, seed: SEED, today: TODAY, queries: QUERIES },
			budgets: BUDGETS,
			sizes: results.map((r) => ({ ...r, judged: judged(r, r.size) })),
			real: real ? { ...real, judged: judged(real) } : undefined,
			totalMs: Date.now() - started,
			errors,
		},
		null,
		'\t',
	)}\n`,
);
// Markdown, for docs/benchmarks.md
const columns: { name: string; r: Pick<SizeResult, 'validation' | 'build' | 'weights' | 'search'>; size?: number }[] = [
	...results.map((r) => ({ name: `${r.size.toLocaleString('en')} synthetic`, r, size: r.size })),
	...(real ? [{ name: 'real data', r: real }] : []),
];
const mdCell = (b: Budget, c: (typeof columns)[number]) => {
	const v = figuresOf(c.r)[b.id]!;
	if (c.size === undefined && (b.id === 'validate' || b.id === 'build')) return typeof v === 'number' ? `${fmt(b.unit, v)} (info)` : '–';
	if (typeof v !== 'number') return v;
	const cpu = b.id === 'validate' ? c.r.validation?.cpuMs : b.id === 'build' ? c.r.build?.cpuMs : undefined;
	const st = statusOf(b, v, c.size);
	return `${fmt(b.unit, v)}${cpu !== undefined ? ` (CPU ${fmtMs(cpu)})` : ''} ${st === 'OVER' ? '**OVER**' : st}`;
};
const md = [
	`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${gitCommit} plus working tree, ${os.cpus().length} CPUs, load average ${results.map((r) => r.load.before[0]?.toFixed(1)).join(' / ')} at the start of each size.`,
	'',
	`| Budget | Limit | ${columns.map((c) => c.name).join(' | ')} |`,
	`| --- | --- | ${columns.map(() => '---').join(' | ')} |`,
	...BUDGETS.map((b) => `| ${b.label} | ≤ ${fmt(b.unit, b.limit)}${b.aim ? ` (aim ${fmt(b.unit, b.aim)})` : ''}${b.atSize ? ` at ${b.atSize.toLocaleString('en')}` : ''} | ${columns.map((c) => mdCell(b, c)).join(' | ')} |`),
	'',
];
fs.writeFileSync(JSON_OUT.replace(/\.json$/, '.md'), md.join('\n'));
console.log(`results: ${JSON_OUT} and ${JSON_OUT.replace(/\.json$/, '.md')} (total ${fmtMs(Date.now() - started)})`);
if (errors.length) {
	console.log(`\n${errors.length} step(s) failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
	process.exit(1);
}
