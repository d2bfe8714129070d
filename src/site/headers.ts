/**
 * The HTTP headers the site is served with, in one place: written to dist/_headers for hosts that
 * read it (Cloudflare Pages, the documented host; see docs/deploy.md), and applied by the local
 * server (scripts/serve.ts) that the browser tests use, with the same rules.
 *
 * A <meta> Content-Security-Policy cannot say who may frame a page, so only these headers stop
 * another site from framing a country page and drawing a fake number over it. Every page may be
 * framed only by this site, except the embed widget (/embed/), which partners frame.
 */
import { CSP } from './site';

export interface HeaderRule {
	/** A path pattern: `*` matches any run of characters (Cloudflare Pages `_headers` syntax). */
	path: string;
	/** Headers this rule removes from earlier matching rules (`! Name` in `_headers`). */
	detach?: string[];
	set: Record<string, string>;
}

export const HEADER_RULES: HeaderRule[] = [
	{
		path: '/*',
		set: {
			'Content-Security-Policy': `${CSP}; frame-ancestors 'self'`,
			'X-Frame-Options': 'SAMEORIGIN',
			'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer',
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
			'Cross-Origin-Opener-Policy': 'same-origin',
		},
	},
	{
		path: '/embed/*',
		detach: ['Content-Security-Policy', 'X-Frame-Options', 'Cross-Origin-Opener-Policy'],
		set: {
			// The widget has no script at all, and any partner site may frame it.
			'Content-Security-Policy':
				"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors *",
		},
	},
];

const matches = (pattern: string, pathname: string) =>
	new RegExp(
		`^${pattern
			.split('*')
			.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	).test(pathname);

/** The headers a path is served with: every matching rule in order; a detach removes what earlier rules set; a repeated header is joined with a comma. */
export function headersFor(
	pathname: string,
	rules: HeaderRule[] = HEADER_RULES,
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!matches(rule.path, pathname)) continue;
		for (const name of rule.detach ?? []) delete out[name];
		for (const [name, value] of Object.entries(rule.set))
			out[name] = out[name] ? `${out[name]}, ${value}` : value;
	}
	return out;
}

/** The rules as a Cloudflare Pages `_headers` file. */
export function headersFile(rules: HeaderRule[] = HEADER_RULES): string {
	const lines = [
		'# Generated at build time from src/site/headers.ts (the local server applies the same rules).',
	];
	for (const r of rules) {
		lines.push(r.path);
		for (const name of r.detach ?? []) lines.push(`  ! ${name}`);
		for (const [name, value] of Object.entries(r.set)) lines.push(`  ${name}: ${value}`);
	}
	return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (for the local server and the tests). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), set: {} });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) continue;
		const t = line.trim();
		if (t.startsWith('!')) (rule.detach ??= []).push(t.slice(1).trim());
		else {
			const i = t.indexOf(':');
			rule.set[t.slice(0, i).trim()] = t.slice(i + 1).trim();
		}
	}
	return rules;
}
