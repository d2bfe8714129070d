/**
 * Rules a JSON Schema cannot say: conditions between fields of one record (`recordRules`) and
 * between files (`collectionRules`). The validator and the Astro content loader both run them.
 */
import type { Resource } from '../schemas/resource';
import { taxonomies } from '../schemas/reference';
import { EXPIRE_MONTHS, olderThan, RECHECK_MONTHS, today } from '../model/clock';
import { didYouMean, fieldName, type Problem } from './problem';
import { channelContactProblems } from './phone';
import { locate, type ParsedYaml } from './yaml-file';

export const RESOURCE_PATH = /^content\/resources\/([^/]+)\/([^/]+)\.ya?ml$/;
const DATE_KEYS = new Set(['accessed', 'published', 'updated', 'last_verified', 'assessed_on', 'until', 'date']);

let tzCache: Set<string> | undefined;
export function isTimeZone(tz: string): boolean {
	tzCache ??= new Set(Intl.supportedValuesOf('timeZone'));
	if (tzCache.has(tz)) return true;
	try {
		new Intl.DateTimeFormat('en', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}

const langNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/**
 * Two-letter (ISO 639-1) languages must be known to the platform's CLDR data; three-letter
 * ISO 639-3 codes (e.g. fsl, French Sign Language) are accepted by pattern, as CLDR lists few.
 */
export function isLanguage(tag: string): boolean {
	try {
		if (Intl.getCanonicalLocales(tag).length !== 1) return false;
		if (/^[a-z]{3}(?:-|$)/.test(tag)) return true;
		return langNames.of(tag) !== undefined;
	} catch {
		return false;
	}
}

export interface RuleContext {
	/** Display path of the file (may differ from `logicalPath` in tests). */
	parsed: ParsedYaml;
	/** Where the file sits in the repository, e.g. content/resources/ke/childline.yaml. */
	logicalPath: string;
}

/** Problems within one resource record that need more than its JSON Schema. */
export function resourceRules(ctx: RuleContext, r: Resource): Problem[] {
	const out: Problem[] = [];
	const push = (path: (string | number)[], rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error', mode: 'value' | 'key' = 'value') =>
		out.push({ file: ctx.parsed.file, ...locate(ctx.parsed, path, mode), field: fieldName(path), message, hint, severity, rule });

	// The id is the path: content/resources/<scope>/<slug>.yaml
	const m = RESOURCE_PATH.exec(ctx.logicalPath);
	if (!m) {
		push([], 'path', `a resource must live at content/resources/<scope>/<slug>.yaml`, 'move it under a lower-case country code, global or regional folder');
	} else {
		const [, scope, slug] = m as unknown as [string, string, string];
		if (!/^(?:[a-z]{2}|global|regional)$/.test(scope))
			push([], 'path-scope', `the folder "${scope}" is not a lower-case country code, "global" or "regional"`, `rename the folder${/^[A-Z]{2}$/.test(scope) ? ` to "${scope.toLowerCase()}"` : ''}`);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
			push([], 'path-slug', `the file name "${slug}" is not a slug`, 'use lower-case letters, digits and single hyphens, e.g. childline-kenya.yaml');
		const cc = scope.toUpperCase();
		if (scope === 'global') {
			if (r.scope !== 'global') push(['scope'], 'scope-folder', `a record in content/resources/global/ must have scope: global, not ${r.scope}`, 'set scope: global, or move the file to its country folder');
		} else if (scope === 'regional') {
			if (r.scope !== 'regional') push(['scope'], 'scope-folder', `a record in content/resources/regional/ must have scope: regional`, 'set scope: regional, or move the file');
		} else if (/^[a-z]{2}$/.test(scope) && (r.scope === 'global' || r.scope === 'regional')) {
			push(['scope'], 'scope-folder', `a record in the ${scope}/ folder cannot have scope: ${r.scope}`, `set scope: national or subnational, or move the file to content/resources/${r.scope}/ (only that folder holds ${r.scope} services)`);
		} else if (/^[a-z]{2}$/.test(scope) && r.countries.length && !r.countries.includes(cc)) {
			push(['countries'], 'scope-folder', `the file is in the ${scope}/ folder but countries does not include ${cc}`, `add ${cc} to countries, or move the file to the folder of its main country`);
		}
	}
	if (r.scope === 'global' && r.countries.length) push(['countries'], 'scope-countries', 'a global service lists no countries', 'write countries: [] (it is shown in every country)');
	if (r.scope !== 'global' && r.scope !== 'regional' && !r.countries.length) push(['countries'], 'scope-countries', `a ${r.scope} service must list its country`, 'add the ISO code, e.g. countries: [KE]');
	if (r.scope === 'regional' && !(r.regions?.length || r.countries.length > 1)) push(['regions'], 'scope-regions', 'a regional service must name its regions or at least two countries', 'add regions: [M49 codes] or list the countries');

	const folder = m?.[1];
	const mainCountry = folder && /^[a-z]{2}$/.test(folder) ? folder.toUpperCase() : r.countries.length === 1 ? r.countries[0] : undefined;
	const types = taxonomies().channels.terms;
	r.channels.forEach((c, i) => {
		const term = types.find((t) => t.id === c.type);
		const needs = term?.needs;
		if (needs === 'value' && !c.value) push(['channels', i], 'channel-value', `a ${c.type} channel needs its value`, `add value: "…" with the ${c.type === 'email' ? 'address' : 'number'} as the source writes it`);
		if (needs === 'url' && !c.url) push(['channels', i], 'channel-url', `a ${c.type} channel needs its url`, 'add url: https://… (the page where the child starts)');
		if (needs === 'url_or_value' && !c.url && !c.value) push(['channels', i], 'channel-url', `a ${c.type} channel needs a url or a value`, 'add the link (url) or the number (value)');
		if ((c.type === 'messaging_app_other' || c.type === 'social_dm') && !c.platform) push(['channels', i], 'channel-platform', `a ${c.type} channel must name its platform`, 'add platform: telegram, viber, messenger, instagram, tiktok …');
		if (c.type === 'chatbot' && c.human_responder !== false) push(['channels', i, 'human_responder'], 'chatbot-human', 'a chatbot is answered by a machine', 'set human_responder: false');
		if (c.type === 'email' && c.value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.value)) push(['channels', i, 'value'], 'email', `"${c.value}" is not an email address`, 'write the address, e.g. help@example.org');
		for (const p of channelContactProblems(c, i, mainCountry, r.countries)) push(p.path, p.rule, p.message, p.hint);
		if (c.url) {
			try {
				const u = new URL(c.url);
				if (u.protocol === 'https:' && !u.hostname.includes('.')) push(['channels', i, 'url'], 'url-host', `"${c.url}" has no valid host name`, 'write the full address, e.g. https://example.org/chat');
			} catch {
				push(['channels', i, 'url'], 'url-parse', `"${c.url}" is not a valid address`, 'copy the address exactly from the browser');
			}
		}
		if (c.hours !== 'unknown' && 'timezone' in c.hours) {
			if (!isTimeZone(c.hours.timezone)) {
				const guess = didYouMean(c.hours.timezone, Intl.supportedValuesOf('timeZone'));
				push(['channels', i, 'hours', 'timezone'], 'timezone', `"${c.hours.timezone}" is not an IANA time zone`, guess ? `did you mean "${guess}"?` : 'use a name such as Africa/Nairobi');
			}
			c.hours.schedule.forEach((s, j) => {
				if (s.opens === s.closes) push(['channels', i, 'hours', 'schedule', j], 'hours-empty', `opens and closes are both ${s.opens}`, 'for 24 hours write hours: { always_open: true }');
			});
		}
		c.languages.forEach((l, j) => {
			if (!isLanguage(l)) push(['channels', i, 'languages', j], 'language', `"${l}" is not a known language`, 'use an ISO 639 code such as en, fr, ar, sw');
		});
	});
	for (const key of ['countries', 'languages', 'topics', 'audiences', 'functions', 'related'] as const) {
		const list = (r[key] ?? []) as string[];
		list.forEach((v, j) => {
			if (list.indexOf(v) !== j) push([key, j], 'duplicate-item', `${v} is listed twice`, 'remove the second one');
		});
	}
	r.languages.forEach((l, j) => {
		if (!isLanguage(l)) push(['languages', j], 'language', `"${l}" is not a known language`, 'use an ISO 639 code such as en, fr, ar, sw');
	});
	if (r.harmonised_number && !r.channels.some((c) => c.value?.replace(/\s/g, '') === r.harmonised_number!.replace(/\s/g, '')))
		push(['harmonised_number'], 'harmonised', `no channel has the value "${r.harmonised_number}"`, `add a short_code channel with value: "${r.harmonised_number}", or remove harmonised_number`);
	if (r.resource_type === 'reporting_hotline' && !r.functions.includes('reporting'))
		push(['functions'], 'reporting-function', 'a reporting hotline must list reporting among its functions', 'add reporting to functions, e.g. functions: [reporting]');
	if (r.functions.includes('reporting') && !r.report_scope?.length)
		push(r.report_scope ? ['report_scope'] : ['functions'], 'report-scope', 'a reporting service must say what it accepts reports on', 'add report_scope: [csam, …] (data/taxonomies/report-scope.yaml)');
	const childFacing = taxonomies()['resource-types'].terms.find((t) => t.id === r.resource_type)?.child_facing;
	if (childFacing && !r.summary_child)
		push(['resource_type'], 'summary-child', `a ${r.resource_type} record needs a line for children`, 'add summary_child: one plain sentence, at most 140 characters');
	if (r.age && r.age.min !== null && r.age.max !== null && r.age.min > r.age.max)
		push(['age'], 'age-range', `age.min (${r.age.min}) is above age.max (${r.age.max})`, 'swap them');
	if (r.url) {
		try {
			if (!new URL(r.url).hostname.includes('.')) push(['url'], 'url-host', `"${r.url}" has no valid host name`, 'write the full address');
		} catch {
			push(['url'], 'url-parse', `"${r.url}" is not a valid address`, 'copy it exactly from the browser');
		}
	}
	if (r.channel_census) {
		const cen = r.channel_census;
		const offered = new Set(r.channels.map((c) => types.find((t) => t.id === c.type)?.kind).filter(Boolean));
		(cen.not_offered ?? []).forEach((k, j) => {
			if (offered.has(k)) push(['channel_census', 'not_offered', j], 'census-offered', `${k} is listed as not offered, but a channel of that kind is in channels`, 'remove it from not_offered, or remove the channel if the service no longer has it (then list it under discontinued)');
		});
		(cen.discontinued ?? []).forEach((d, j) => {
			if (offered.has(d.kind)) push(['channel_census', 'discontinued', j, 'kind'], 'census-offered', `${d.kind} is listed as discontinued, but a channel of that kind is in channels`, 'remove one of them');
			if (cen.not_offered?.includes(d.kind)) push(['channel_census', 'discontinued', j, 'kind'], 'census-twice', `${d.kind} is both discontinued and not offered`, 'keep it under discontinued only');
		});
		if (!r.sources.some((s) => s.url === cen.source)) push(['channel_census', 'source'], 'census-source', 'the census source is not among the record\'s sources', 'add it to sources, with the date you read it');
	}
	const lv = r.verification.last_verified;
	if (olderThan(lv, EXPIRE_MONTHS)) push(['verification', 'last_verified'], 'stale', `last verified ${lv}, more than ${EXPIRE_MONTHS} months ago`, 'check every contact fact against the sources again and update the date');
	else if (olderThan(lv, RECHECK_MONTHS)) push(['verification', 'last_verified'], 'stale', `last verified ${lv}, more than ${RECHECK_MONTHS} months ago`, 'check the record again soon', 'warning');
	out.push(...futureDates(ctx.parsed, r));
	return out;
}

/** Any date in the record later than today. */
export function futureDates(parsed: ParsedYaml, data: unknown): Problem[] {
	const out: Problem[] = [];
	const now = today();
	const walk = (v: unknown, path: (string | number)[]) => {
		if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
		else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
		else if (typeof v === 'string' && DATE_KEYS.has(String(path.at(-1))) && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)) {
			// Partial dates (2024, 2024-05) compare at their own precision.
			if (v > now.slice(0, v.length))
				out.push({ file: parsed.file, ...locate(parsed, path), field: fieldName(path), message: `${v} is in the future`, hint: `use the date the work was actually done, or the date the source shows (today is ${now})`, severity: 'error', rule: 'future-date' });
			else if (v.length === 10 && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
				out.push({ file: parsed.file, ...locate(parsed, path), field: fieldName(path), message: `"${v}" is not a date on the calendar`, hint: 'check the month (01–12) and the day of the month', severity: 'error', rule: 'calendar-date' });
		}
	};
	walk(data, []);
	return out;
}

