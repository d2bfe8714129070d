/**
 * The scheduled link check: every web address in the records and organisations (service pages,
 * channel links, sources, evidence), checked once each, and a report for the issue that lists the
 * dead ones. "Dead" means the server says the page is gone (404, 410) or the address cannot be
 * reached at all (no such host, connection refused, certificate error). Refusals (401, 403), rate
 * limits, server errors and timeouts are listed apart as "could not check": many sites block
 * robots, and a person should look before a record is changed.
 */
import type { Organization } from '../../../src/schemas/organization';
import type { Resource } from '../../../src/schemas/resource';

export interface Link {
	url: string;
	/** content/resources/ke/x.yaml or content/organizations/x.yaml */
	file: string;
	/** The field, e.g. url, channels[1].url, sources[0].url */
	field: string;
}

/** Every http(s) address in the records and organisations. */
export function collectLinks(
	resources: { id: string; data: Resource }[],
	organizations: { id: string; data: Organization }[],
): Link[] {
	const out: Link[] = [];
	const add = (url: string | null | undefined, file: string, field: string) => {
		if (url && /^https?:\/\//.test(url)) out.push({ url, file, field });
	};
	for (const { id, data: r } of resources) {
		const file = `content/resources/${id}.yaml`;
		add(r.url, file, 'url');
		r.channels.forEach((c, i) => add(c.url, file, `channels[${i}].url`));
		r.sources.forEach((s, i) => add(s.url, file, `sources[${i}].url`));
		add(r.accessibility?.statement_url, file, 'accessibility.statement_url');
		for (const [k, a] of Object.entries(r.assessment ?? {}))
			add(a.evidence, file, `assessment.${k}.evidence`);
	}
	for (const { id, data: o } of organizations) {
		const file = `content/organizations/${id}.yaml`;
		add(o.url, file, 'url');
		o.sources.forEach((s, i) => add(s.url, file, `sources[${i}].url`));
	}
	return out;
}

export type LinkState = 'ok' | 'dead' | 'unchecked';
export interface LinkResult {
	url: string;
	state: LinkState;
	/** HTTP status, or the network error's code. */
	detail: string;
}

const DEAD_STATUS = new Set([404, 410]);
const DEAD_ERRORS =
	/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|CERT|SSL|TLS|UNABLE_TO_VERIFY|ERR_INVALID_URL|self.signed/i;

export interface CheckOptions {
	timeoutMs?: number;
	userAgent?: string;
	fetch?: typeof fetch;
}

/** Checks one address: HEAD first, GET when the server does not answer HEAD properly. */
export async function checkUrl(url: string, opts: CheckOptions = {}): Promise<LinkResult> {
	const f = opts.fetch ?? fetch;
	const headers = {
		'User-Agent':
			opts.userAgent ?? 'POP-Atlas-link-check (+https://github.com/pop-atlas/pop-atlas)',
		Accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
	};
	const attempt = async (method: 'HEAD' | 'GET') => {
		const res = await f(url, {
			method,
			headers,
			redirect: 'follow',
			signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
		});
		await res.body?.cancel().catch(() => undefined);
		return res.status;
	};
	try {
		let status = await attempt('HEAD');
		if (status >= 400) status = await attempt('GET');
		if (status < 400) return { url, state: 'ok', detail: String(status) };
		return { url, state: DEAD_STATUS.has(status) ? 'dead' : 'unchecked', detail: `HTTP ${status}` };
	} catch (err) {
		const e = err as {
			name?: string;
			message?: string;
			cause?: { code?: string; message?: string };
		};
		const code = e.cause?.code ?? e.name ?? 'error';
		const text = `${code} ${e.cause?.message ?? e.message ?? ''}`;
		if (e.name === 'TimeoutError' || e.name === 'AbortError')
			return { url, state: 'unchecked', detail: 'timed out' };
		return { url, state: DEAD_ERRORS.test(text) ? 'dead' : 'unchecked', detail: code };
	}
}

/** Checks each distinct address once, a few at a time, one at a time per host. */
export async function checkAll(
	urls: string[],
	opts: CheckOptions & { concurrency?: number } = {},
): Promise<Map<string, LinkResult>> {
	const distinct = [...new Set(urls)];
	const byHost = new Map<string, string[]>();
	for (const u of distinct) {
		let host: string;
		try {
			host = new URL(u).host;
		} catch {
			host = u;
		}
		byHost.set(host, [...(byHost.get(host) ?? []), u]);
	}
	const queues = [...byHost.values()];
	const results = new Map<string, LinkResult>();
	const worker = async () => {
		for (let q = queues.shift(); q; q = queues.shift())
			for (const u of q) results.set(u, await checkUrl(u, opts));
	};
	await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, worker));
	return results;
}

/** The issue body: dead links by file, then the ones that could not be checked. */
export function linkReport(
	links: Link[],
	results: Map<string, LinkResult>,
	date: string,
	repoUrl: string,
): { dead: number; unchecked: number; body: string } {
	const rows = (state: LinkState) =>
		links
			.filter((l) => results.get(l.url)?.state === state)
			.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
	const table = (list: Link[]) =>
		[
			'| File | Field | Address | Result |',
			'|---|---|---|---|',
			...list.map(
				(l) =>
					`| [${l.file}](${repoUrl}/blob/main/${l.file}) | \`${l.field}\` | <${l.url}> | ${results.get(l.url)!.detail} |`,
			),
		].join('\n');
	const dead = rows('dead');
	const unchecked = rows('unchecked');
	const distinct = (list: Link[]) => new Set(list.map((l) => l.url)).size;
	// An issue body holds at most 65,536 characters: the "could not check" list goes first.
	const uncheckedTable = unchecked.length ? table(unchecked) : 'None.';
	const lines = (u: string) =>
		[
			`Link check of ${date}: ${results.size} distinct addresses in the records and organisations; **${distinct(dead)} dead**, ${distinct(unchecked)} could not be checked.`,
			'',
			"A dead link is not proof that a service has closed: check the service's current page, then correct the record (new address, `status`, or a source marked old) and its `verification.last_verified`.",
			'',
			'## Dead',
			'',
			dead.length ? table(dead) : 'None.',
			'',
			'<details><summary>Could not be checked (refused, rate-limited, server error or timed out)</summary>',
			'',
			u,
			'',
			'</details>',
		].join('\n');
	let body = lines(uncheckedTable);
	if (body.length > 60_000)
		body = lines(
			`${distinct(unchecked)} addresses: too many to list here; see the log of the workflow run.`,
		);
	if (body.length > 60_000)
		body = `${body.slice(0, 59_000)}\n\n… the list is cut here; see the log of the workflow run for all of it.`;
	return { dead: distinct(dead), unchecked: distinct(unchecked), body };
}
