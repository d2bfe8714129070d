/**
 * A small static server for dist/ (used by `npm start` and the browser tests). It sends the
 * headers of dist/_headers, as the production host does (src/site/headers.ts), and 404.html for
 * unknown paths. Text files go out gzipped to a browser that accepts it, as the production hosts
 * send them, so Lighthouse and the browser tests see the transfer a reader sees.
 * Usage: tsx scripts/serve.ts [--port 4321] [--dir dist] [--no-headers]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/site/headers';
import { OUT_DIR } from '../src/site/site';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.geojson': 'application/geo+json',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Types sent gzipped (Pagefind's own files are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|geo\+json|manifest\+json)|image\/svg)/;

/**
 * `headers`: 'host' sends the rules of the site's _headers file (what Cloudflare Pages sends);
 * 'none' sends none, as GitHub Pages does, to test the fallback.
 */
export function createServer(dir: string, headers: 'host' | 'none' = 'host'): http.Server {
	const root = path.resolve(dir);
	const headersPath = path.join(root, '_headers');
	const rules: HeaderRule[] =
		headers === 'host' && fs.existsSync(headersPath)
			? parseHeadersFile(fs.readFileSync(headersPath, 'utf8'))
			: [];
	if (headers === 'host' && !rules.length)
		throw new Error(`${headersPath} is missing: build the site first (npm run build writes it)`);
	return http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let file = path.join(root, decodeURIComponent(url.pathname));
		if (!file.startsWith(root)) {
			res.writeHead(400).end();
			return;
		}
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = path.join(file, 'index.html');
		}
		let status = 200;
		if (!fs.existsSync(file)) {
			status = 404;
			file = path.join(root, '404.html');
		}
		const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
		const gzip =
			COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, {
			...headersFor(url.pathname, rules),
			'Content-Type': type,
			'Cache-Control': 'no-cache',
			Vary: 'Accept-Encoding',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
		});
		const body = fs.createReadStream(file);
		(gzip ? body.pipe(zlib.createGzip()) : body).pipe(res);
	});
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('serve.ts')) {
	const arg = (name: string, def: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1]! : def;
	};
	const port = Number(arg('port', process.env.PORT ?? '4321'));
	const dir = arg('dir', OUT_DIR);
	createServer(dir, process.argv.includes('--no-headers') ? 'none' : 'host').listen(
		port,
		'127.0.0.1',
		() => console.log(`POP Atlas: serving ${dir}/ at http://127.0.0.1:${port}/ (Ctrl+C to stop)`),
	);
}
