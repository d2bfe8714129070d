/**
 * Spot check of our helpline numbers against an independent reference list
 * (data/reference/*.yaml). Pure: the caller reads the files and the records and passes them in.
 *
 * For each number a reference entry gives, in its country, the check looks at our records of type
 * child_helpline or youth_serving_crisis_helpline and says whether the number is one of their
 * channel values (agree), one of their previous_numbers (the reference is outdated), or neither
 * (disagree). A country with no such record is "not in our data"; those numbers are not shared.
 *
 * A second, service-level comparison answers the question the goal asks ("are shared numbers in
 * agreement?") more directly: a reference entry is a service we share when one of its numbers is a
 * channel or previous number of one of our records in the country (any type), or when the entry
 * names our record(s) in `ours:` (our annotation, with a note, for the same service under another
 * number). For a shared service each reference number is agree, outdated, or missing (we carry the
 * service but not that number: a wrong, old or missing number in our data). Entries we cannot pair
 * with a record are services we do not carry, listed for review, not counted.
 *
 * Numbers are compared as digits: letters of vanity numbers become keypad digits (E.161); full
 * numbers are also compared as country code + national number (libphonenumber-js), so a leading
 * country code or trunk 0 may differ; short codes (up to 6 digits) are compared as digits only.
 */
import {
	getCountryCallingCode,
	parsePhoneNumberFromString,
	type CountryCode,
} from 'libphonenumber-js/max';

function callingCode(country: string): string | undefined {
	try {
		return getCountryCallingCode(country.toUpperCase() as CountryCode);
	} catch {
		return undefined; // not a country libphonenumber-js knows (e.g. XK)
	}
}

/** The helpline types a reference number is compared against. */
export const HELPLINE_TYPES: ReadonlySet<string> = new Set([
	'child_helpline',
	'youth_serving_crisis_helpline',
]);

export interface ReferenceEntry {
	/** ISO 3166-1 alpha-2, upper case. */
	country: string;
	name: string;
	/** As the reference writes them. */
	numbers: string[];
	/**
	 * Our annotation, not the reference's: `other` where the reference itself describes the
	 * service as something other than a helpline for children or young people (a suicide line for
	 * all ages, an internet-safety or reporting line). Defaults to child_helpline.
	 */
	kind?: 'child_helpline' | 'other' | undefined;
	note?: string | undefined;
	/** Which page of the reference the entry is on, where it has several. */
	page?: string | undefined;
	/**
	 * Our annotation: the ids of our records for the same service, where no number in common shows
	 * it (the reference gives another number). Needs a note saying how we know it is the same.
	 */
	ours?: string[] | undefined;
}

export interface ReferenceList {
	source: {
		url: string;
		title: string;
		accessed: string;
		publisher: string;
		note: string;
		pages?: string[] | undefined;
	};
	entries: ReferenceEntry[];
}

/** The parts of a resource record the check reads (a validated Resource fits). */
export interface SpotRecord {
	id: string;
	file?: string | undefined;
	data: {
		resource_type: string;
		countries: string[];
		channels: { type: string; value?: string | undefined; e164?: string | undefined }[];
		previous_numbers?: { value: string }[] | undefined;
		sources: { url: string }[];
	};
}

export type NumberStatus = 'agree' | 'outdated' | 'disagree' | 'not_in_our_data' | 'skipped';

export interface RecordNumbers {
	id: string;
	file: string | undefined;
	values: string[];
	previous: string[];
}

export interface NumberResult {
	reference: string;
	status: NumberStatus;
	/** False for entries annotated kind: other. */
	inScope: boolean;
	/** For agree / outdated: the record and value that match. */
	match?:
		| { id: string; file: string | undefined; value: string; via: 'channel' | 'previous_number' }
		| undefined;
	/** For disagree: our helpline records in the country and their numbers. */
	ours: RecordNumbers[];
	/** Records of any other type in the country that carry the number (channel or previous number). */
	elsewhere: { id: string; type: string; value: string; via: 'channel' | 'previous_number' }[];
}

export interface EntryResult {
	entry: ReferenceEntry;
	results: NumberResult[];
}

export interface Totals {
	/** Numbers compared (entries × numbers), before any filter. */
	numbers: number;
	/** Numbers whose country has at least one helpline record we could compare with. */
	shared: number;
	agree: number;
	/** Matched one of our previous_numbers: the reference is outdated. */
	outdated: number;
	disagree: number;
	notInOurData: number;
	/** Numbers not compared because every helpline record of the country cites the reference. */
	skipped: number;
	/** (agree + outdated) / shared; NaN when nothing is shared. */
	rate: number;
	/** agree / shared: matches on current numbers only. */
	currentRate: number;
}

export type ServiceNumberStatus = 'agree' | 'outdated' | 'missing';

export interface ServiceEntryResult {
	entry: ReferenceEntry;
	inScope: boolean;
	/** Our records for the same service; empty when the entry could not be paired (not counted). */
	records: string[];
	/** How the pairing was made. */
	via: 'number' | 'annotation' | undefined;
	numbers: {
		reference: string;
		status: ServiceNumberStatus;
		match?: { id: string; value: string } | undefined;
	}[];
}

export interface ServiceTotals {
	/** Reference entries with at least one number. */
	entries: number;
	/** Entries paired with our records. */
	shared: number;
	/** Numbers of the shared entries. */
	numbers: number;
	agree: number;
	outdated: number;
	/** A number of a shared service that our records do not carry. */
	missing: number;
	/** Shared entries none of whose numbers we carry (current or previous). */
	conflicts: number;
	/** (agree + outdated) / numbers; NaN when nothing is shared. */
	rate: number;
	/**
	 * Shared services that agree on a number: (shared - conflicts) / shared. A service's extra
	 * numbers that only one list has do not count against it; a different number does.
	 */
	serviceRate: number;
}

export interface SpotCheckResult {
	/** The service-level comparison (see the top of this file). */
	services: { entries: ServiceEntryResult[]; all: ServiceTotals; inScope: ServiceTotals };
	entries: EntryResult[];
	/** Every number, including entries annotated kind: other (the plain definition). */
	all: Totals;
	/** Only entries the reference presents as helplines for children or young people. */
	inScope: Totals;
	entriesWithoutNumbers: number;
	/** Records left out of the comparison because their sources include the reference URL. */
	skippedRecords: string[];
}

// ---------------------------------------------------------------------------------------------
// Numbers

const KEYPAD: Record<string, string> = Object.fromEntries(
	(['2ABC', '3DEF', '4GHI', '5JKL', '6MNO', '7PQRS', '8TUV', '9WXYZ'] as const).flatMap((g) =>
		[...g.slice(1)].map((l) => [l, g[0]!]),
	),
);

/**
 * The digits someone dials for a value. A vanity number (digits first, then letters, as in
 * "0800 What's Up" or "1-800-4-A-CHILD") has its letters turned into keypad digits; in anything
 * else letters are dropped ("@cyber1388" gives 1388).
 */
export function dialDigits(value: string): string {
	const v = value.trim();
	const vanity = /^\+?[\d\s()./-]*\d[\d\s()./-]*[A-Za-z]/.test(v) && !/[\u0080-\uffff]/.test(v);
	let out = '';
	for (const ch of v.toUpperCase()) {
		if (ch >= '0' && ch <= '9') out += ch;
		else if (vanity && KEYPAD[ch]) out += KEYPAD[ch];
	}
	return out;
}

/** The written forms inside a value: the whole and each part in or out of parentheses. */
function variants(value: string): string[] {
	const parts = value
		.split(/[()]/)
		.map((p) => p.trim())
		.filter(Boolean);
	return [...new Set([value, ...(parts.length > 1 ? parts : [])])];
}

/**
 * Comparison keys of a number as written in `country`: `d:` + the digits, and for a full number
 * (more than 6 digits) that libphonenumber-js finds possible, `n:` + country code + national
 * number. Two numbers are the same when they share a key.
 */
export function numberKeys(value: string, country: string): Set<string> {
	const keys = new Set<string>();
	for (const v of variants(value)) {
		const digits = dialDigits(v);
		if (!digits) continue;
		keys.add(`d:${digits}`);
		// A short code written after the country calling code ("597-123", "+597 123" for 123 in
		// Suriname): also the short code alone. Only with a separator after the calling code.
		const cc = callingCode(country);
		const m = cc ? new RegExp(`^\\+?${cc}[\\s.-]+(\\d[\\d\\s.-]*)$`).exec(v.trim()) : null;
		const short = m ? m[1]!.replace(/\D/g, '') : '';
		if (short.length >= 3 && short.length <= 6) keys.add(`d:${short}`);
		if (digits.length <= 6 && !v.trim().startsWith('+')) continue; // a short code: digits only
		const dialled = v.trim().startsWith('+') ? `+${digits}` : digits;
		const parsed = parsePhoneNumberFromString(dialled, country.toUpperCase() as CountryCode);
		if (parsed?.isPossible()) keys.add(`n:${parsed.countryCallingCode}${parsed.nationalNumber}`);
	}
	return keys;
}

export function sameNumber(a: string, b: string, country: string): boolean {
	const ka = numberKeys(a, country);
	for (const k of numberKeys(b, country)) if (ka.has(k)) return true;
	return false;
}

// ---------------------------------------------------------------------------------------------
// URLs

/** A URL without scheme, www., trailing slash or fragment, lower-cased host. */
export function normaliseUrl(url: string): string {
	const u = url.trim().replace(/#.*$/, '');
	const m = /^(?:[a-z]+:)?\/\/(?:www\.)?([^/?]+)(.*)$/i.exec(u);
	const host = (m ? m[1]! : u).toLowerCase();
	const rest = (m ? m[2]! : '').replace(/\/+$/, '');
	return host + rest;
}

// ---------------------------------------------------------------------------------------------
// The check

const channelNumbers = (r: SpotRecord) =>
	r.data.channels.flatMap((c) =>
		[c.value, c.e164].filter((v): v is string => typeof v === 'string' && v.length > 0),
	);
const previousNumbers = (r: SpotRecord) => (r.data.previous_numbers ?? []).map((p) => p.value);

/**
 * Where `records` carry the reference number: a channel of any of them first, then a previous
 * number; undefined when none does.
 */
function findNumber(
	reference: string,
	records: readonly SpotRecord[],
	country: string,
): { record: SpotRecord; value: string; via: 'channel' | 'previous_number' } | undefined {
	for (const r of records) {
		const value = channelNumbers(r).find((v) => sameNumber(reference, v, country));
		if (value) return { record: r, value, via: 'channel' };
	}
	for (const r of records) {
		const value = previousNumbers(r).find((v) => sameNumber(reference, v, country));
		if (value) return { record: r, value, via: 'previous_number' };
	}
	return undefined;
}

function emptyTotals(): Totals {
	return {
		numbers: 0,
		shared: 0,
		agree: 0,
		outdated: 0,
		disagree: 0,
		notInOurData: 0,
		skipped: 0,
		rate: Number.NaN,
		currentRate: Number.NaN,
	};
}

function add(t: Totals, status: NumberStatus) {
	t.numbers += 1;
	if (status === 'agree') t.agree += 1;
	else if (status === 'outdated') t.outdated += 1;
	else if (status === 'disagree') t.disagree += 1;
	else if (status === 'not_in_our_data') t.notInOurData += 1;
	else t.skipped += 1;
}

function finish(t: Totals): Totals {
	t.shared = t.agree + t.outdated + t.disagree;
	t.rate = t.shared ? (t.agree + t.outdated) / t.shared : Number.NaN;
	t.currentRate = t.shared ? t.agree / t.shared : Number.NaN;
	return t;
}

export function spotCheck(
	reference: ReferenceList,
	records: readonly SpotRecord[],
): SpotCheckResult {
	const referenceUrls = new Set(
		[reference.source.url, ...(reference.source.pages ?? [])].map(normaliseUrl),
	);
	const citesReference = (r: SpotRecord) =>
		r.data.sources.some((s) => referenceUrls.has(normaliseUrl(s.url)));
	const skippedRecords = new Set<string>();
	/** The records that do not cite the reference; the others are noted as skipped. */
	const independentOf = (list: readonly SpotRecord[]) =>
		list.filter((r) => {
			if (!citesReference(r)) return true;
			skippedRecords.add(r.id);
			return false;
		});

	const byCountry = new Map<string, SpotRecord[]>();
	for (const r of records)
		for (const cc of r.data.countries) {
			const list = byCountry.get(cc);
			if (list) list.push(r);
			else byCountry.set(cc, [r]);
		}

	const all = emptyTotals();
	const inScope = emptyTotals();
	let entriesWithoutNumbers = 0;
	const entries: EntryResult[] = [];

	for (const entry of reference.entries) {
		const country = entry.country.toUpperCase();
		const inCountry = byCountry.get(country) ?? [];
		const helplines = inCountry.filter((r) => HELPLINE_TYPES.has(r.data.resource_type));
		const independent = independentOf(helplines);
		const citing = helplines.filter((r) => !independent.includes(r));
		const others = inCountry.filter((r) => !HELPLINE_TYPES.has(r.data.resource_type));
		const scoped = (entry.kind ?? 'child_helpline') === 'child_helpline';
		if (entry.numbers.length === 0) entriesWithoutNumbers += 1;

		const results: NumberResult[] = entry.numbers.map((reference) => {
			const result: NumberResult = {
				reference,
				status: 'disagree',
				inScope: scoped,
				ours: [],
				elsewhere: [],
			};
			for (const r of others) {
				const found = findNumber(reference, [r], country);
				if (found)
					result.elsewhere.push({
						id: r.id,
						type: r.data.resource_type,
						value: found.value,
						via: found.via,
					});
			}
			if (helplines.length === 0) result.status = 'not_in_our_data';
			else if (independent.length === 0) result.status = 'skipped';
			else {
				const found = findNumber(reference, independent, country);
				if (found) {
					result.status = found.via === 'channel' ? 'agree' : 'outdated';
					result.match = {
						id: found.record.id,
						file: found.record.file,
						value: found.value,
						via: found.via,
					};
				} else if (findNumber(reference, citing, country))
					// The number is in a record that cites this reference: not an independent comparison,
					// and not a disagreement either.
					result.status = 'skipped';
				else
					result.ours = independent.map((r) => ({
						id: r.id,
						file: r.file,
						values: channelNumbers(r).filter((v, i, a) => a.indexOf(v) === i),
						previous: previousNumbers(r),
					}));
			}
			add(all, result.status);
			if (scoped) add(inScope, result.status);
			return result;
		});
		entries.push({ entry, results });
	}

	const services = serviceCheck(reference, byCountry, independentOf);
	return {
		services,
		entries,
		all: finish(all),
		inScope: finish(inScope),
		entriesWithoutNumbers,
		skippedRecords: [...skippedRecords].sort(),
	};
}

function emptyServiceTotals(): ServiceTotals {
	return {
		entries: 0,
		shared: 0,
		numbers: 0,
		agree: 0,
		outdated: 0,
		missing: 0,
		conflicts: 0,
		rate: Number.NaN,
		serviceRate: Number.NaN,
	};
}

function serviceCheck(
	reference: ReferenceList,
	byCountry: Map<string, SpotRecord[]>,
	independentOf: (list: readonly SpotRecord[]) => SpotRecord[],
): SpotCheckResult['services'] {
	const all = emptyServiceTotals();
	const inScope = emptyServiceTotals();
	const entries: ServiceEntryResult[] = [];
	for (const entry of reference.entries) {
		if (entry.numbers.length === 0) continue;
		const country = entry.country.toUpperCase();
		const candidates = independentOf(byCountry.get(country) ?? []);
		let records = candidates.filter((r) => entry.numbers.some((n) => findNumber(n, [r], country)));
		let via: ServiceEntryResult['via'] = records.length ? 'number' : undefined;
		if (entry.ours?.length) {
			const named = candidates.filter((r) => entry.ours!.includes(r.id));
			records = [...new Set([...records, ...named])];
			if (!via && named.length) via = 'annotation';
		}
		const numbers: ServiceEntryResult['numbers'] = records.length
			? entry.numbers.map((n) => {
					const found = findNumber(n, records, country);
					if (!found) return { reference: n, status: 'missing' as const };
					return {
						reference: n,
						status: found.via === 'channel' ? ('agree' as const) : ('outdated' as const),
						match: { id: found.record.id, value: found.value },
					};
				})
			: [];
		const scoped = (entry.kind ?? 'child_helpline') === 'child_helpline';
		entries.push({ entry, inScope: scoped, records: records.map((r) => r.id), via, numbers });
		for (const t of scoped ? [all, inScope] : [all]) {
			t.entries += 1;
			if (!records.length) continue;
			t.shared += 1;
			for (const x of numbers) {
				t.numbers += 1;
				t[x.status] += 1;
			}
			if (numbers.every((x) => x.status === 'missing')) t.conflicts += 1;
		}
	}
	return { entries, all: finishServices(all), inScope: finishServices(inScope) };
}

function finishServices(t: ServiceTotals): ServiceTotals {
	t.rate = t.numbers ? (t.agree + t.outdated) / t.numbers : Number.NaN;
	t.serviceRate = t.shared ? (t.shared - t.conflicts) / t.shared : Number.NaN;
	return t;
}

/** Several reference lists at once: the results of each, and totals over all of them. */
export function combineTotals(results: readonly SpotCheckResult[]): {
	all: Totals;
	inScope: Totals;
	services: { all: ServiceTotals; inScope: ServiceTotals };
} {
	const services = (pick: (r: SpotCheckResult) => ServiceTotals) => {
		const t = emptyServiceTotals();
		for (const r of results) {
			const x = pick(r);
			for (const k of [
				'entries',
				'shared',
				'numbers',
				'agree',
				'outdated',
				'missing',
				'conflicts',
			] as const)
				t[k] += x[k];
		}
		return finishServices(t);
	};
	const sum = (pick: (r: SpotCheckResult) => Totals) => {
		const t = emptyTotals();
		for (const r of results) {
			const x = pick(r);
			t.numbers += x.numbers;
			t.agree += x.agree;
			t.outdated += x.outdated;
			t.disagree += x.disagree;
			t.notInOurData += x.notInOurData;
			t.skipped += x.skipped;
		}
		return finish(t);
	};
	return {
		all: sum((r) => r.all),
		inScope: sum((r) => r.inScope),
		services: {
			all: services((r) => r.services.all),
			inScope: services((r) => r.services.inScope),
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Reading a reference file (already parsed from YAML)

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Checks the shape of a parsed data/reference/*.yaml file; throws with the first problem. */
export function parseReference(data: unknown, file = 'reference'): ReferenceList {
	const fail = (msg: string): never => {
		throw new Error(`${file}: ${msg}`);
	};
	if (!data || typeof data !== 'object') fail('not a mapping');
	const d = data as Record<string, unknown>;
	const s = d['source'] as Record<string, unknown> | undefined;
	if (!s || typeof s !== 'object') fail('source is missing');
	for (const k of ['url', 'title', 'publisher', 'note'])
		if (!isString(s![k])) fail(`source.${k} is missing`);
	const accessed =
		s!['accessed'] instanceof Date ? s!['accessed'].toISOString().slice(0, 10) : s!['accessed'];
	if (typeof accessed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(accessed))
		fail('source.accessed must be a date (YYYY-MM-DD)');
	const pages = s!['pages'];
	if (pages !== undefined && (!Array.isArray(pages) || !pages.every(isString)))
		fail('source.pages must be a list of URLs');
	if (!Array.isArray(d['entries']) || d['entries'].length === 0)
		fail('entries must be a non-empty list');
	const entries = (d['entries'] as unknown[]).map((e, i): ReferenceEntry => {
		const at = `entries[${i}]`;
		if (!e || typeof e !== 'object') fail(`${at} is not a mapping`);
		const x = e as Record<string, unknown>;
		if (typeof x['country'] !== 'string' || !/^[A-Z]{2}$/.test(x['country']))
			fail(`${at}.country must be an upper-case ISO alpha-2 code`);
		if (!isString(x['name'])) fail(`${at}.name is missing`);
		if (
			!Array.isArray(x['numbers']) ||
			!x['numbers'].every((n) => typeof n === 'string' && n.trim().length > 0)
		)
			fail(`${at}.numbers must be a list of strings (quote them)`);
		if (x['kind'] !== undefined && x['kind'] !== 'child_helpline' && x['kind'] !== 'other')
			fail(`${at}.kind must be child_helpline or other`);
		if (x['kind'] === 'other' && !isString(x['note']))
			fail(`${at}: kind other needs a note saying why`);
		if (
			x['ours'] !== undefined &&
			(!Array.isArray(x['ours']) ||
				x['ours'].length === 0 ||
				!x['ours'].every((id) => typeof id === 'string' && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)))
		)
			fail(`${at}.ours must be a list of record ids (scope/slug)`);
		if (x['ours'] !== undefined && !isString(x['note']))
			fail(`${at}: ours needs a note saying how we know it is the same service`);
		const known = new Set(['country', 'name', 'numbers', 'kind', 'note', 'page', 'ours']);
		for (const k of Object.keys(x)) if (!known.has(k)) fail(`${at}.${k} is not a known key`);
		return {
			country: x['country'] as string,
			name: x['name'] as string,
			numbers: x['numbers'] as string[],
			kind: x['kind'] as ReferenceEntry['kind'],
			note: x['note'] as string | undefined,
			page: x['page'] as string | undefined,
			ours: x['ours'] as string[] | undefined,
		};
	});
	return {
		source: {
			url: s!['url'] as string,
			title: s!['title'] as string,
			accessed: accessed as string,
			publisher: s!['publisher'] as string,
			note: s!['note'] as string,
			pages: pages as string[] | undefined,
		},
		entries,
	};
}
