/**
 * Links that are what they say. A link's text is read as written, before a browser would tidy it:
 * no user name before an @ (https://www.childline.org.uk@evil.example/ opens evil.example), a host
 * in plain lower-case ASCII (a capital I passes for an l, a Cyrillic с for a Latin c), and punycode
 * hosts only where a record declares them, never mixing scripts. Across files, a host that looks
 * like another record's host is refused, and a channel that leaves the service's own domain is
 * reported unless the channel's platform or the record explains it.
 */
import { domainToUnicode } from 'node:url';
import { getDomain } from 'tldts';
import { FORBIDDEN_CHARS } from '../../schemas/common';
import { fieldName, type Problem } from '../problem';
import { locate, type ParsedYaml } from '../yaml-file';

/** Keys whose string values are web addresses. */
const URL_KEYS = new Set(['url', 'evidence', 'statement_url']);

export interface DeclaredDomain {
	domain: string;
	reason: string;
}

/** The authority (user info, host, port) of a URL as written, or undefined when it has none. */
function authority(url: string): string | undefined {
	const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url);
	return m?.[1];
}

/** The host as written: the authority without user info and port. */
export function writtenHost(url: string): string | undefined {
	const a = authority(url);
	if (a === undefined) return undefined;
	return a.replace(/^.*@/, '').replace(/:[0-9]*$/, '');
}

const SCRIPT_SETS: [string, RegExp][] = [
	['Latin', /\p{Script=Latin}/u],
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u],
	['Arabic', /\p{Script=Arabic}/u],
	['Hebrew', /\p{Script=Hebrew}/u],
	['Armenian', /\p{Script=Armenian}/u],
	['Georgian', /\p{Script=Georgian}/u],
	['Han', /\p{Script=Han}/u],
	['Hiragana', /\p{Script=Hiragana}/u],
	['Katakana', /\p{Script=Katakana}/u],
	['Hangul', /\p{Script=Hangul}/u],
	['Thai', /\p{Script=Thai}/u],
	['Devanagari', /\p{Script=Devanagari}/u],
];
/** Scripts that are written together in one language, so a label may mix them. */
const COMPATIBLE = [new Set(['Han', 'Hiragana', 'Katakana']), new Set(['Han', 'Hangul'])];

/** The scripts of a host label's letters. */
export function scriptsOf(label: string): Set<string> {
	const out = new Set<string>();
	for (const ch of label) {
		if (/[0-9-]/.test(ch)) continue;
		const s = SCRIPT_SETS.find(([, re]) => re.test(ch));
		out.add(s ? s[0] : 'Other');
	}
	return out;
}

/** True when a label mixes scripts that are not written together (e.g. Latin with Cyrillic). */
export function mixedScript(label: string): boolean {
	const s = scriptsOf(label);
	if (s.size <= 1) return false;
	return !COMPATIBLE.some((set) => [...s].every((x) => set.has(x)));
}

/**
 * The look-alike skeleton of an ASCII host: characters a reader can take for one another map to
 * one (0 and o; 1, i and l; rn and m; vv and w), so childline.org.uk and chi1dline.org.uk agree.
 */
export function skeleton(host: string): string {
	return host
		.toLowerCase()
		.replace(/rn/g, 'm')
		.replace(/vv/g, 'w')
		.replace(/0/g, 'o')
		.replace(/[1il|]/g, 'l')
		.replace(/5/g, 's')
		.replace(/^www\./, '');
}

const declaredHas = (declared: readonly DeclaredDomain[], host: string) =>
	declared.some((d) => {
		const dom = d.domain.toLowerCase();
		return (
			host === dom ||
			host.endsWith(`.${dom}`) ||
			domainToUnicode(host) === dom ||
			domainToUnicode(host).endsWith(`.${dom}`)
		);
	});

/** Every web address of a file with its path. */
export function* urlsOf(
	v: unknown,
	path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; url: string }> {
	if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* urlsOf(v[i], [...path, i]);
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) {
			if (typeof x === 'string' && URL_KEYS.has(k) && /^https?:\/\//i.test(x))
				yield { path: [...path, k], url: x };
			else yield* urlsOf(x, [...path, k]);
		}
}

/** Problems with the web addresses of one file, read as written. */
export function linkProblems(
	parsed: ParsedYaml,
	declared: readonly DeclaredDomain[] = [],
): Problem[] {
	const out: Problem[] = [];
	const push = (path: (string | number)[], rule: string, message: string, hint: string) =>
		out.push({
			file: parsed.file,
			...locate(parsed, path),
			field: fieldName(path),
			message,
			hint,
			severity: 'error',
			rule,
		});
	for (const { path, url } of urlsOf(parsed.data)) {
		// Hidden characters are the text rules' to report (text-rules.ts), once.
		if (FORBIDDEN_CHARS.test(url)) continue;
		// A source is cited, not offered as a way to get help: an internationalised host in one
		// script is fine there; user names, capitals and mixed scripts are not.
		const cited = path.includes('sources');
		const auth = authority(url) ?? '';
		const host = writtenHost(url) ?? '';
		if (auth.includes('@')) {
			push(
				path,
				'url-userinfo',
				`"${url}" has a user name before an @, so it opens ${host || 'another site'}`,
				'remove everything between :// and the @: an address never needs it',
			);
			continue;
		}
		if (!host) continue;
		if (/^[a-z0-9.-]+$/.test(host)) {
			const puny = host.split('.').filter((l) => l.startsWith('xn--'));
			if (puny.length) {
				const unicode = domainToUnicode(host);
				if (unicode.split('.').some(mixedScript))
					push(
						path,
						'url-host-mixed',
						`the host ${host} (${unicode}) mixes scripts, as look-alike addresses do`,
						'use the address the operator publishes; a real address writes each part in one script',
					);
				else if (!cited && !declaredHas(declared, host))
					push(
						path,
						'url-host-ascii',
						`the host ${host} is an internationalised name (${unicode})`,
						`if it is the operator's real address, declare it: declared_domains: [{ domain: "${host}", reason: "…" }]`,
					);
			}
			continue;
		}
		if (/^[A-Za-z0-9.-]+$/.test(host)) {
			push(
				path,
				'url-host-case',
				`the host ${host} has capital letters`,
				`write it in lower case, ${host.toLowerCase()}: a capital I can pass for an l`,
			);
			continue;
		}
		const odd = [...host].find((ch) => !/[A-Za-z0-9.-]/.test(ch))!;
		const labels = host.toLowerCase().split('.');
		if (labels.some(mixedScript))
			push(
				path,
				'url-host-mixed',
				`the host ${host} mixes scripts (it holds ${`U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`} "${odd}")`,
				"retype the address by hand from the operator's page: one of its letters only looks Latin",
			);
		else if (!cited && !declaredHas(declared, host))
			push(
				path,
				'url-host-ascii',
				`the host ${host} is not plain ASCII`,
				`write it in plain ASCII (punycode, xn--…) and declare it: declared_domains: [{ domain: "${host}", reason: "…" }]`,
			);
	}
	return out;
}

/** The registrable domain of a URL (example.org for https://chat.example.org/x), using the Public Suffix List. */
export function registrableDomain(url: string): string | undefined {
	const host = writtenHost(url);
	if (!host) return undefined;
	return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export interface LinkedRecord {
	file: string;
	parsed: ParsedYaml;
	/** The record's own web page and its organisation's, whose domains its channels may use. */
	homes: string[];
	channels: { type: string; url?: string | undefined }[];
	declared: readonly DeclaredDomain[];
}

/**
 * Across files: a host that looks like another one in the dataset (chi1dline.org.uk beside
 * childline.org.uk) is an error; a channel link on another registrable domain than the service's
 * and its organisation's is a warning, unless the channel's platform (data/taxonomies/channels.yaml,
 * `domains`) or the record's declared_domains explain it.
 */
export function linkCollectionProblems(
	records: readonly LinkedRecord[],
	platformDomains: (type: string) => readonly string[],
): Problem[] {
	const out: Problem[] = [];
	const hostsBySkeleton = new Map<string, Map<string, number>>();
	const count = (host: string) => {
		const sk = skeleton(host);
		const m = hostsBySkeleton.get(sk) ?? new Map<string, number>();
		m.set(host, (m.get(host) ?? 0) + 1);
		hostsBySkeleton.set(sk, m);
	};
	const hostsOf = (r: LinkedRecord) =>
		[...r.homes, ...r.channels.map((c) => c.url ?? '')]
			.map((u) => (u.startsWith('https://') ? writtenHost(u)?.replace(/^www\./, '') : undefined))
			.filter((h): h is string => !!h);
	for (const r of records) for (const h of new Set(hostsOf(r))) count(h);
	for (const r of records) {
		const paths: [(string | number)[], string | undefined][] = [
			[['url'], r.homes[0]],
			...r.channels.map((c, i): [(string | number)[], string | undefined] => [
				['channels', i, 'url'],
				c.url,
			]),
		];
		for (const [path, url] of paths) {
			const host = url?.startsWith('https://')
				? writtenHost(url)?.replace(/^www\./, '')
				: undefined;
			if (!host) continue;
			const alike = [
				...(hostsBySkeleton.get(skeleton(host)) ?? new Map<string, number>()).entries(),
			].filter(([h]) => h !== host);
			const mine = hostsBySkeleton.get(skeleton(host))?.get(host) ?? 0;
			const likely = alike.find(([, n]) => n >= mine);
			if (likely)
				out.push({
					file: r.file,
					...locate(r.parsed, path),
					field: fieldName(path),
					message: `the host ${host} looks like ${likely[0]}, which other records use`,
					hint: `check the address letter by letter against the operator's page; if both are real, they must not be confusable: write ${likely[0]} if that is what the operator uses`,
					severity: 'error',
					rule: 'url-confusable',
				});
		}
		const homes = new Set(r.homes.map(registrableDomain).filter(Boolean));
		r.channels.forEach((c, i) => {
			if (!c.url?.startsWith('https://')) return;
			const dom = registrableDomain(c.url);
			if (!dom || homes.has(dom)) return;
			if (platformDomains(c.type).some((d) => dom === d || dom.endsWith(`.${d}`))) return;
			if (declaredHas(r.declared, writtenHost(c.url)!.toLowerCase())) return;
			out.push({
				file: r.file,
				...locate(r.parsed, ['channels', i, 'url']),
				field: fieldName(['channels', i, 'url']),
				message: `the ${c.type} link goes to ${dom}, not to the service's own site (${[...homes].join(' or ')})`,
				hint: `if the operator really uses ${dom} for this channel, say so: declared_domains: [{ domain: "${dom}", reason: "…" }]`,
				severity: 'warning',
				rule: 'url-domain',
			});
		});
	}
	return out;
}
