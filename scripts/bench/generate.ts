/**
 * Synthetic POP Atlas data for benchmarks: a seeded, deterministic generator of N schema-valid
 * resource records and the organisations that run them, written as YAML into
 * `<dir>/content/{resources,organizations}/`, ready for POP_CONTENT_DIR=<dir>.
 *
 * The same seed, count and date always give byte-identical files. The set is meant to pass
 * `npm run validate` with 0 errors (run it with POP_TODAY set to the generator's date, as
 * scripts/bench/run.ts does): phone numbers are built from libphonenumber-js example numbers and
 * checked with the same library and metadata as the validator, and every number, short code,
 * address and link is unique, so the duplicate-contact rule never fires.
 *
 * Variety, roughly like a mature mapping: every country in data/countries.yaml can get records
 * (a mild skew, so some countries have many and territories few), every resource type and
 * channel type appears, 1–6 channels with schedules in the country's time zone, languages of the
 * region, 1–4 sources, descriptions of 250–600 characters, some related records, notes,
 * translations, previous numbers. About 1 % of records are global and 2 % regional.
 *
 * Reference data still comes from the repository (data/), and some of it names real records
 * (recommendation evidence in data/recommendations/, chapters in content/recommendations/). Those
 * records, the records they relate to and their organisations are copied from the repository's
 * content/ as "anchors", so the synthetic set satisfies every cross-reference; their numbers and
 * slugs are reserved so no synthetic record duplicates them. The result reports how many.
 *
 * Usage: tsx scripts/bench/generate.ts --count 1000 --out <folder> [--seed 1] [--today 2026-11-29]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { parsePhoneNumberFromString, getExampleNumber, isSupportedCountry, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Organization } from '../../src/schemas/organization';
import type { Channel, Hours, Resource } from '../../src/schemas/resource';
import { COSTS, DAYS } from '../../src/schemas/resource';
import { countryList, regionList, ROOT, taxonomies, termIds, type CountryRef } from '../../src/schemas/reference';
import { slugify } from '../../src/text/slug';
import { countryTimeZones, isTimeZone } from '../../src/validate/rules/hours';

export interface GenerateOptions {
	/** Number of resource records. */
	count: number;
	/** Folder that receives content/ (it is emptied first). */
	dir: string;
	seed?: number;
	/** The "today" of the data set: every date is on or before it (pass it as POP_TODAY). */
	today?: string;
}

export interface GenerateResult {
	dir: string;
	/** Synthetic resource records (the requested count). */
	resources: number;
	/** The data set's today (YYYY-MM-DD): run the validator and the build with POP_TODAY set to it. */
	today: string;
	/** Real records copied from the repository because data/ refers to them. */
	anchors: number;
	organizations: number;
	global: number;
	regional: number;
	countriesWithRecords: number;
	bytes: number;
	ms: number;
}

export const DEFAULT_TODAY = '2026-11-29';
export const DEFAULT_SEED = 20261129;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
function rng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const chance = (p: number) => next() < p;
	const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
		const total = entries.reduce((s, [, w]) => s + w, 0);
		let x = next() * total;
		for (const [v, w] of entries) {
			x -= w;
			if (x < 0) return v;
		}
		return entries.at(-1)![0];
	};
	/** k distinct items, in list order. */
	const some = <T>(list: readonly T[], min: number, max: number): T[] => {
		const k = Math.min(list.length, int(min, max));
		const idx = new Set<number>();
		while (idx.size < k) idx.add(Math.floor(next() * list.length));
		return [...idx].sort((x, y) => x - y).map((i) => list[i]!);
	};
	return { next, int, pick, chance, weighted, some };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------
// Vocabulary

const REGION_LANGUAGES: Record<string, string[]> = {
	'002': ['en', 'fr', 'ar', 'sw', 'pt', 'am', 'ha', 'yo', 'zu', 'so', 'rw', 'mg'],
	'019': ['es', 'en', 'pt', 'fr', 'ht', 'qu', 'nl'],
	'142': ['ar', 'zh', 'hi', 'bn', 'ur', 'ja', 'ko', 'id', 'th', 'vi', 'ms', 'fil', 'fa', 'tr', 'he', 'kk', 'uz', 'ne', 'si', 'ta'],
	'150': ['en', 'fr', 'de', 'es', 'it', 'pl', 'nl', 'ro', 'sv', 'uk', 'ru', 'el', 'cs', 'hu', 'pt', 'fi', 'da', 'nb', 'bg', 'hr', 'sr', 'lt', 'lv', 'et', 'sk', 'sl', 'sq', 'ga', 'mt', 'is'],
	'009': ['en', 'fr', 'mi', 'sm', 'to', 'fj', 'bi'],
};
const SIGN_LANGUAGES = ['ase', 'bfi', 'fsl', 'gsg', 'sgn'];

/** Time zones by M49 sub-region; a country gets one (or, for large ones, a few) of these. */
const SUBREGION_ZONES: Record<string, string[]> = {
	'011': ['Africa/Lagos', 'Africa/Abidjan', 'Africa/Dakar', 'Africa/Accra'],
	'014': ['Africa/Nairobi', 'Africa/Addis_Ababa', 'Africa/Kampala', 'Africa/Dar_es_Salaam', 'Africa/Maputo', 'Indian/Mauritius'],
	'015': ['Africa/Cairo', 'Africa/Algiers', 'Africa/Casablanca', 'Africa/Tunis', 'Africa/Khartoum'],
	'017': ['Africa/Kinshasa', 'Africa/Luanda', 'Africa/Douala', 'Africa/Ndjamena'],
	'018': ['Africa/Johannesburg', 'Africa/Windhoek', 'Africa/Gaborone', 'Africa/Maseru'],
	'005': ['America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Bogota', 'America/Lima', 'America/Santiago'],
	'013': ['America/Mexico_City', 'America/Guatemala', 'America/Panama', 'America/Costa_Rica'],
	'021': ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto'],
	'029': ['America/Port_of_Spain', 'America/Jamaica', 'America/Santo_Domingo', 'America/Barbados'],
	'030': ['Asia/Tokyo', 'Asia/Shanghai', 'Asia/Seoul', 'Asia/Hong_Kong', 'Asia/Ulaanbaatar'],
	'034': ['Asia/Kolkata', 'Asia/Karachi', 'Asia/Dhaka', 'Asia/Kathmandu', 'Asia/Colombo', 'Asia/Tehran'],
	'035': ['Asia/Bangkok', 'Asia/Jakarta', 'Asia/Manila', 'Asia/Singapore', 'Asia/Ho_Chi_Minh', 'Asia/Kuala_Lumpur'],
	'143': ['Asia/Almaty', 'Asia/Tashkent', 'Asia/Bishkek', 'Asia/Dushanbe'],
	'145': ['Asia/Riyadh', 'Asia/Dubai', 'Asia/Baghdad', 'Asia/Jerusalem', 'Europe/Istanbul', 'Asia/Tbilisi'],
	'039': ['Europe/Rome', 'Europe/Madrid', 'Europe/Athens', 'Europe/Lisbon', 'Europe/Belgrade'],
	'151': ['Europe/Warsaw', 'Europe/Bucharest', 'Europe/Kyiv', 'Europe/Prague', 'Europe/Budapest', 'Europe/Moscow'],
	'154': ['Europe/London', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki', 'Europe/Dublin', 'Europe/Riga'],
	'155': ['Europe/Paris', 'Europe/Berlin', 'Europe/Amsterdam', 'Europe/Brussels', 'Europe/Vienna', 'Europe/Zurich'],
	'053': ['Australia/Sydney', 'Australia/Perth', 'Pacific/Auckland'],
	'054': ['Pacific/Port_Moresby', 'Pacific/Fiji', 'Pacific/Noumea', 'Pacific/Efate'],
	'057': ['Pacific/Guam', 'Pacific/Majuro', 'Pacific/Palau', 'Pacific/Tarawa'],
	'061': ['Pacific/Tahiti', 'Pacific/Apia', 'Pacific/Tongatapu', 'Pacific/Rarotonga'],
};

/** How common each resource type is (every type appears in a set of 1,000). */
const TYPE_WEIGHTS: [string, number][] = [
	['child_helpline', 30],
	['reporting_hotline', 12],
	['online_safety_helpline', 9],
	['youth_serving_crisis_helpline', 8],
	['law_enforcement_reporting', 6],
	['regulator_complaints', 4],
	['takedown_tool', 3],
	['platform_safety_feature', 3],
	['safer_internet_centre', 5],
	['peer_support', 6],
	['youth_participation_initiative', 4],
	['education_resource', 5],
	['directory_aggregator', 2],
	['emergency_service', 3],
];

const SUPPORT = new Set(['child_helpline', 'youth_serving_crisis_helpline', 'online_safety_helpline', 'peer_support', 'emergency_service']);
const REPORTING = new Set(['reporting_hotline', 'law_enforcement_reporting', 'regulator_complaints', 'takedown_tool', 'platform_safety_feature']);

/** Channel types per kind of service, with weights. Types missing from the taxonomy are dropped. */
const CHANNELS_SUPPORT: [string, number][] = [
	['short_code', 10], ['voice_call', 10], ['sms', 5], ['whatsapp', 5], ['web_chat', 6], ['email', 5], ['messaging_app_other', 3],
	['social_dm', 3], ['mobile_app', 2], ['chatbot', 1], ['video_call', 1], ['sign_language_video', 1], ['text_relay_tty', 1], ['in_person', 1],
	['online_community_forum', 1],
];
const CHANNELS_REPORTING: [string, number][] = [
	['web_form', 10], ['email', 5], ['voice_call', 4], ['short_code', 2], ['mobile_app', 2], ['in_game', 1], ['whatsapp', 1], ['chatbot', 1], ['website', 2],
];
const CHANNELS_OTHER: [string, number][] = [
	['website', 8], ['web_form', 4], ['email', 5], ['online_community_forum', 2], ['social_dm', 2], ['mobile_app', 2], ['in_game', 1], ['in_person', 2], ['voice_call', 2],
];

const NAME_PARTS: Record<string, { nouns: string[]; adjectives: string[] }> = {
	child_helpline: { nouns: ['Child Helpline', 'Childline', 'Kids Line', 'Helpline for Children', 'Children\'s Phone'], adjectives: ['National', 'Safe', 'Bright', 'Open', 'Friendly', 'Listening'] },
	youth_serving_crisis_helpline: { nouns: ['Youth Crisis Line', 'Teen Line', 'Young People\'s Crisis Service', 'Lifeline for Youth'], adjectives: ['24-Hour', 'Hope', 'Night', 'Young Minds', 'Calm'] },
	online_safety_helpline: { nouns: ['Online Safety Helpline', 'Cyber Helpline', 'Digital Safety Line', 'Internet Helpline'], adjectives: ['Safer', 'Smart', 'Secure', 'Clear', 'Kind'] },
	reporting_hotline: { nouns: ['Reporting Hotline', 'Internet Hotline', 'Report Abuse Portal', 'CSAM Hotline'], adjectives: ['National', 'Clean Web', 'Stop', 'Safe Net', 'Guardian'] },
	law_enforcement_reporting: { nouns: ['Police Cybercrime Unit', 'Online Crime Reporting Portal', 'Child Protection Police Desk'], adjectives: ['National', 'Federal', 'Central', 'Metropolitan'] },
	regulator_complaints: { nouns: ['Online Harms Complaints', 'Media Regulator Complaints', 'Communications Authority Complaints'], adjectives: ['National', 'Independent', 'Public'] },
	takedown_tool: { nouns: ['Image Removal Service', 'Takedown Tool', 'Remove My Image'], adjectives: ['Take It Back', 'Erase', 'Clean Slate', 'Safe Image'] },
	platform_safety_feature: { nouns: ['Safety Centre', 'Report Button', 'Family Centre', 'Teen Safety Hub'], adjectives: ['Chatter', 'Pixel', 'Streamly', 'Gamezone', 'Snapbook'] },
	safer_internet_centre: { nouns: ['Safer Internet Centre', 'Awareness Centre', 'Digital Citizenship Centre'], adjectives: ['National', 'Better Internet', 'Smart Kids', 'Insafe'] },
	peer_support: { nouns: ['Peer Support Chat', 'Youth-to-Youth Line', 'Peer Listening Service', 'Talk to a Peer'], adjectives: ['Buddy', 'Same Age', 'Side by Side', 'Together'] },
	youth_participation_initiative: { nouns: ['Youth Panel', 'Young Advisers Network', 'Youth Online Safety Council'], adjectives: ['Digital', 'Youth Voice', 'Next Generation', 'Change Makers'] },
	education_resource: { nouns: ['Online Safety Lessons', 'Digital Skills Hub', 'Parents\' Guide to the Internet', 'Classroom Toolkit'], adjectives: ['Learn', 'Think First', 'Be Smart', 'Click Wise'] },
	directory_aggregator: { nouns: ['Help Directory', 'Find Help Service', 'Support Finder'], adjectives: ['Where to Go', 'Help Map', 'Ask Us'] },
	emergency_service: { nouns: ['Emergency Line', 'Emergency Response Centre', 'Rapid Response Service'], adjectives: ['National', 'City', 'Regional'] },
};

const ORG_TEMPLATES: [Organization['type'], (country: string, word: string) => string][] = [
	['ngo', (c, w) => `${w} Foundation ${c}`],
	['ngo', (c, w) => `${c} Child Rights Network (${w})`],
	['ngo', (c, w) => `${w} Children's Trust of ${c}`],
	['government', (c) => `Ministry of Social Affairs and Family of ${c}`],
	['government', (c, w) => `${c} National Agency for Child Protection ${w}`],
	['government', (c) => `${c} Police, Cybercrime Directorate`],
	['company', (c, w) => `${w} Telecom ${c}`],
	['academic', (c, w) => `${w} University Centre for Youth Studies, ${c}`],
	['network', (c, w) => `${w} Coalition for Online Safety ${c}`],
	['other', (c, w) => `${w} Community Association, ${c}`],
];
const WORDS = ['Amani', 'Bright Futures', 'Horizon', 'Lumen', 'Nova', 'Sunrise', 'Kindred', 'Harbour', 'Aurora', 'Meridian', 'Sentinel', 'Compass', 'Ubuntu', 'Lighthouse', 'Evergreen', 'Rainbow', 'Safe Steps', 'Open Door', 'Willow', 'Keystone'];

const TOPIC_SENTENCES = [
	'It helps with bullying, abuse, family problems, school worries and anything else a child wants to talk about.',
	'Counsellors are trained in child protection and can refer callers to social services, health care or the police when a child is in danger.',
	'It takes reports of child sexual abuse material, grooming and sextortion and passes them to the police and to the platforms concerned.',
	'Young people can ask for help with nude images shared without consent, online threats, scams and harassment.',
	'The service also gives advice to parents, carers and teachers who are worried about a child.',
	'Reports can be made anonymously; the team checks each one and works with hosting providers to have illegal content removed.',
	'It publishes guidance for families and schools and runs awareness campaigns on online safety each year.',
	'Volunteers aged 16 to 25 answer messages, supervised by qualified staff.',
	'The service follows the national child-protection procedures and keeps conversations confidential unless a child is at serious risk.',
	'It was set up after a national consultation with children and is funded by the government and private donors.',
	'Outside opening hours, callers are directed to the emergency number or to a partner service.',
	'It cooperates with the national hotline network and with international partners to handle cross-border cases.',
];

const SUMMARY_CHILD = [
	'Call or chat for free. Someone will listen and help you.',
	'Worried about something online? Tell us and we will help.',
	'You can talk to us about anything. You do not have to give your name.',
	'Someone shared a picture of you? We can help get it taken down.',
	'Feeling low or scared? Talk to someone your age who understands.',
	'Saw something bad online? Report it here. It is safe and private.',
	'In danger right now? Call this number and help will come.',
];

const TRANSLATIONS: Record<string, { description: string; summary_child: string }> = {
	fr: { description: 'Service d\'écoute gratuit et confidentiel pour les enfants et les jeunes, avec orientation vers les services de protection.', summary_child: 'Appelle ou écris gratuitement. Quelqu\'un t\'écoute.' },
	es: { description: 'Servicio gratuito y confidencial de escucha para niñas, niños y adolescentes, con derivación a los servicios de protección.', summary_child: 'Llama o escribe gratis. Alguien te escucha.' },
	ar: { description: 'خدمة مجانية وسرية للاستماع إلى الأطفال والشباب وإحالتهم إلى خدمات الحماية.', summary_child: 'اتصل أو اكتب مجاناً. هناك من يستمع إليك.' },
};

/**
 * Written as YAML 1.1 would need it: strings a 1.1 reader (PyYAML) takes for something else — NO,
 * 22:00 — are quoted, as the validator requires of every record.
 */
const YAML_OPTIONS = { lineWidth: 100, version: '1.1' } as const;

const PLATFORMS_MESSAGING = ['telegram', 'viber', 'line', 'wechat', 'signal', 'kakaotalk'];
const PLATFORMS_SOCIAL = ['messenger', 'instagram', 'tiktok', 'snapchat', 'discord', 'x'];
const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

// ---------------------------------------------------------------------------------------------
// Helpers

function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Words joined into sentences until about `target` characters, never more than `max`. */
function prose(r: Rng, first: string, pool: readonly string[], target: number, max: number): string {
	let text = first;
	for (const s of r.some(pool, 2, 6)) {
		if (text.length >= target) break;
		if (text.length + 1 + s.length > max) continue;
		text += ` ${s}`;
	}
	return text.slice(0, max);
}

/** Unique, valid phone numbers per country from the library's example mobile number. */
class PhoneBook {
	private used = new Set<string>();
	private counters = new Map<string, number>();
	constructor(private r: Rng) {}
	/** Marks a number already in use (by a copied real record). */
	reserve(value: string, cc: string | undefined) {
		const n = parsePhoneNumberFromString(value, cc as CountryCode | undefined);
		if (n) this.used.add(n.number);
	}
	/** A new valid number for the country, or undefined when the library has no data for it. */
	next(cc: string): PhoneNumber | undefined {
		if (!isSupportedCountry(cc)) return undefined;
		const example = getExampleNumber(cc, examples);
		if (!example) return undefined;
		const nsn = String(example.nationalNumber);
		if (nsn.length < 6) return undefined;
		const head = nsn.slice(0, nsn.length - 4);
		let i = this.counters.get(cc) ?? this.r.int(0, 5000);
		for (let tries = 0; tries < 200; tries++, i++) {
			const tail = String((i * 7919) % 10000).padStart(4, '0');
			const candidate = parsePhoneNumberFromString(`+${example.countryCallingCode}${head}${tail}`);
			if (candidate?.isValid() && !this.used.has(candidate.number)) {
				this.used.add(candidate.number);
				this.counters.set(cc, i + 1);
				return candidate;
			}
		}
		return undefined;
	}
}

/** Unique short codes per country (3–5 digits; 116 111 is reserved for the EU child helpline). */
class ShortCodes {
	private used = new Map<string, Set<string>>();
	reserve(cc: string, code: string): boolean {
		const set = this.used.get(cc) ?? new Set<string>();
		this.used.set(cc, set);
		const key = code.replace(/\s/g, '');
		if (set.has(key)) return false;
		set.add(key);
		return true;
	}
	next(r: Rng, cc: string): string {
		for (;;) {
			const code = r.weighted<() => string>([
				[() => String(r.int(100, 199)), 2],
				[() => String(r.int(1000, 9999)), 5],
				[() => `${r.int(10, 99)} ${r.int(100, 999)}`, 1],
			])();
			if (this.reserve(cc, code)) return code;
		}
	}
}

// ---------------------------------------------------------------------------------------------

const RECORD_ID = /(?<![\w/.-])((?:global|regional|[a-z]{2})\/[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w/.-])/g;

/**
 * Real records the repository's reference data names (and, transitively, the records they relate
 * to), with their organisations: repository-relative paths of the files to copy.
 */
export function anchorFiles(root = ROOT): { resources: string[]; organizations: string[] } {
	const texts: string[] = [];
	const walk = (dir: string, ext: RegExp) => {
		const abs = path.join(root, dir);
		if (!fs.existsSync(abs)) return;
		for (const ent of fs.readdirSync(abs, { withFileTypes: true })) {
			const rel = `${dir}/${ent.name}`;
			if (ent.isDirectory()) walk(rel, ext);
			else if (ext.test(ent.name)) texts.push(fs.readFileSync(path.join(root, rel), 'utf8'));
		}
	};
	walk('data', /\.ya?ml$/);
	walk('content/recommendations', /\.mdx?$/);
	const file = (id: string) => `content/resources/${id}.yaml`;
	const queue = [...new Set(texts.flatMap((t) => [...t.matchAll(RECORD_ID)].map((m) => m[1]!)))].filter((id) => fs.existsSync(path.join(root, file(id))));
	const ids = new Set<string>();
	const orgs = new Set<string>();
	while (queue.length) {
		const id = queue.shift()!;
		if (ids.has(id)) continue;
		ids.add(id);
		const data = YAML.parse(fs.readFileSync(path.join(root, file(id)), 'utf8')) as Partial<Resource>;
		for (const rel of data.related ?? []) if (fs.existsSync(path.join(root, file(rel)))) queue.push(rel);
		let org = data.organization;
		while (org && !orgs.has(org) && fs.existsSync(path.join(root, `content/organizations/${org}.yaml`))) {
			orgs.add(org);
			org = (YAML.parse(fs.readFileSync(path.join(root, `content/organizations/${org}.yaml`), 'utf8')) as Partial<Organization>).parent;
		}
	}
	return { resources: [...ids].sort().map(file), organizations: [...orgs].sort().map((o) => `content/organizations/${o}.yaml`) };
}

export function generate(opts: GenerateOptions): GenerateResult {
	const started = performance.now();
	const r = rng(opts.seed ?? DEFAULT_SEED);
	// The copied real records must not be "in the future": today is at least their latest date.
	const anchors = anchorFiles();
	const anchorText = new Map([...anchors.resources, ...anchors.organizations].map((rel) => [rel, fs.readFileSync(path.join(ROOT, rel), 'utf8')]));
	const latest = [...anchorText.values()].flatMap((t) => t.match(/\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\b/g) ?? []).sort().at(-1) ?? '';
	const today = [opts.today ?? DEFAULT_TODAY, latest].sort().at(-1)!;
	const tax = taxonomies();
	// Channel types the JSON Schema (ajv) and the taxonomy (zod) both accept.
	const schemaJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/schemas/resource.schema.json'), 'utf8')) as {
		properties: { channels: { items: { properties: { type: { enum: string[] } } } } };
	};
	const schemaChannelTypes = new Set(schemaJson.properties.channels.items.properties.type.enum);
	const channelNeeds = new Map(tax.channels.terms.filter((t) => schemaChannelTypes.has(t.id)).map((t) => [t.id, (typeof t['needs'] === 'string' ? t['needs'] : 'none')]));
	const typeIds = new Set(termIds('resource-types'));
	const types = TYPE_WEIGHTS.filter(([t]) => typeIds.has(t));
	const childFacing = new Set(tax['resource-types'].terms.filter((t) => t['child_facing'] === true).map((t) => t.id));
	const functions = termIds('functions');
	const topics = termIds('topics');
	const audiences = termIds('audiences');
	const reportScope = termIds('report-scope');
	const memberships = termIds('memberships');
	const usable = (list: [string, number][]) => list.filter(([t]) => channelNeeds.has(t));

	const countries = countryList();
	const byCode = new Map(countries.map((c) => [c.code, c]));
	const regions = regionList();
	const zones = new Map<string, string[]>();
	for (const [sub, list] of Object.entries(SUBREGION_ZONES)) zones.set(sub, list.filter(isTimeZone));
	const zonesOf = (c: CountryRef | undefined) => {
		// The country's own zones (the validator refuses another country's), else its sub-region's.
		const own = c ? countryTimeZones(c.code) : [];
		if (own.length) return own.slice(0, (c?.area_km2 ?? 0) > 2_000_000 ? 2 : 1);
		const list = (c?.subregion && zones.get(c.subregion)) || [];
		if (!list.length) return ['UTC'];
		// Each country keeps one zone (large ones two), chosen from its code so it is stable.
		const h = c ? c.code.charCodeAt(0) * 31 + c.code.charCodeAt(1) : 0;
		return (c?.area_km2 ?? 0) > 2_000_000 ? [list[h % list.length]!, list[(h + 1) % list.length]!] : [list[h % list.length]!];
	};
	const langsOf = (c: CountryRef | undefined) => REGION_LANGUAGES[c?.region ?? ''] ?? ['en', 'fr', 'es'];

	// A mild skew: independent countries in a seeded order, weight 1/sqrt(rank); territories less.
	const order = countries.map((c) => ({ c, k: r.next() })).sort((a, b) => a.k - b.k).map((x) => x.c);
	const countryWeights: [CountryRef, number][] = order.map((c, i) => [c, (c.independent === false ? 0.25 : 1) / Math.sqrt(i + 1)]);

	const outContent = path.join(opts.dir, 'content');
	fs.rmSync(outContent, { recursive: true, force: true });
	fs.mkdirSync(path.join(outContent, 'resources'), { recursive: true });
	fs.mkdirSync(path.join(outContent, 'organizations'), { recursive: true });
	// The evidence folders follow POP_CONTENT_DIR (the recommendations cite figures): the real ones.
	for (const d of ['data/figures', 'data/policy']) {
		fs.rmSync(path.join(opts.dir, d), { recursive: true, force: true });
		fs.cpSync(path.join(ROOT, d), path.join(opts.dir, d), { recursive: true });
	}

	const phones = new PhoneBook(r);
	const shortCodes = new ShortCodes();
	const orgs = new Map<string, Organization & { domain: string }>();
	const orgsByCountry = new Map<string, string[]>();
	const slugsByFolder = new Map<string, Set<string>>();
	const idsByCountry = new Map<string, string[]>();
	const helplineSeen = new Set<string>();
	let bytes = 0;
	let nGlobal = 0;
	let nRegional = 0;

	// Anchors: copy them, and reserve their slugs, organisation ids, numbers and short codes.
	const reservedOrgIds = new Set<string>();
	for (const [rel, text] of anchorText) {
		fs.mkdirSync(path.dirname(path.join(opts.dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(opts.dir, rel), text);
		bytes += Buffer.byteLength(text);
		if (rel.startsWith('content/organizations/')) {
			reservedOrgIds.add(path.basename(rel, '.yaml'));
			continue;
		}
		const [, folder = '', slug = ''] = /^content\/resources\/([^/]+)\/([^/]+)\.yaml$/.exec(rel) ?? [];
		slugsByFolder.set(folder, (slugsByFolder.get(folder) ?? new Set<string>()).add(slug));
		const cc = folder.length === 2 ? folder.toUpperCase() : undefined;
		for (const c of (YAML.parse(text) as Resource).channels ?? []) {
			if (!c.value || !/^[+0-9(]/.test(c.value)) continue;
			if (cc && /^[0-9]{2,6}$/.test(c.value.replace(/[\s-]/g, ''))) shortCodes.reserve(cc, c.value);
			else phones.reserve(c.value, cc);
		}
	}

	const dateBefore = (maxDaysAgo: number, minDaysAgo = 0) => addDays(today, -r.int(minDaysAgo, maxDaysAgo));

	const newOrg = (c: CountryRef | undefined, kind: string): string => {
		const countryName = c?.name ?? 'International';
		let [type, make] = r.pick(ORG_TEMPLATES);
		if (REPORTING.has(kind) && kind !== 'reporting_hotline' && r.chance(0.6)) [type, make] = ORG_TEMPLATES[5]!;
		if (kind === 'platform_safety_feature') [type, make] = ['company', (_c: string, w: string) => `${w} Platforms Inc.`];
		const word = r.pick(WORDS);
		const name = c ? make(countryName, word) : `${word} International ${r.pick(['Alliance', 'Foundation', 'Network', 'Initiative'])}`;
		const base = `${c ? c.code.toLowerCase() : 'int'}-${slugify(name.replace(countryName, ''))}`.slice(0, 70).replace(/-+$/, '');
		let id = base;
		for (let i = 2; orgs.has(id) || reservedOrgIds.has(id); i++) id = `${base}-${i}`;
		// A number in the host keeps hosts apart that differ by one look-alike letter (.ls and .is,
		// .lt and .it), which the validator rightly refuses.
		const domain = `${id.replace(/^[a-z]+-/, '').slice(0, 36).replace(/-+$/, '')}-${orgs.size + 1}.${c ? c.code.toLowerCase() : 'org'}`;
		const accessed = dateBefore(400);
		const org: Organization & { domain: string } = {
			name,
			type: c ? type : r.pick(['ngo', 'intergovernmental', 'network'] as const),
			countries: c ? [c.code] : [],
			description: prose(
				r,
				`${name} is ${type === 'government' ? 'a public body' : type === 'company' ? 'a technology company' : 'an organisation'} ${c ? `based in ${countryName}` : 'working internationally'} that runs services for children and young people.`,
				TOPIC_SENTENCES,
				180,
				600,
			),
			url: `https://www.${domain}/`,
			sources: [{ url: `https://www.${domain}/about`, accessed, title: `About ${name}` }],
			domain,
		};
		if (r.chance(0.3)) org.alternate_name = name.split(/[ ,()]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('').slice(0, 8) || 'ORG';
		if (r.chance(0.3)) org.memberships = r.some(memberships, 1, 2);
		orgs.set(id, org);
		const key = c?.code ?? '';
		orgsByCountry.set(key, [...(orgsByCountry.get(key) ?? []), id]);
		return id;
	};

	const hoursFor = (c: CountryRef | undefined, type: string): Hours => {
		if (type === 'in_person' || r.chance(0.18)) return 'unknown';
		if (r.chance(0.3)) return r.chance(0.2) ? { always_open: true, note: 'Except on some public holidays.' } : { always_open: true };
		const timezone = r.pick(zonesOf(c));
		const schedule: Exclude<Hours, 'unknown' | { always_open: true }>['schedule'] = [];
		const pattern = r.int(0, 3);
		if (pattern === 0) schedule.push({ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: r.pick(['08:00', '08:30', '09:00']), closes: r.pick(['16:00', '17:00', '18:00', '20:00']) });
		else if (pattern === 1) {
			schedule.push({ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '22:00' });
			schedule.push({ days: ['SA', 'SU'], opens: '10:00', closes: '18:00' });
		} else if (pattern === 2) schedule.push({ days: [...DAYS], opens: r.pick(['14:00', '16:00', '18:00']), closes: r.pick(['22:00', '24:00', '02:00']) });
		else {
			schedule.push({ days: r.some(DAYS, 2, 5), opens: '09:00', closes: '13:00' });
			schedule.push({ days: ['MO', 'WE', 'FR'], opens: '15:00', closes: '19:30' });
		}
		const h: Hours = { timezone, schedule };
		if (r.chance(0.15)) h.note = 'Closed on public holidays.';
		return h;
	};

	/** One channel of the given type, or undefined when it cannot be made here (no phone data). */
	const channelFor = (type: string, ctx: { cc: string | undefined; c: CountryRef | undefined; folder: string; slug: string; uid: string; domain: string; langs: string[] }): Channel | undefined => {
		const needs = channelNeeds.get(type);
		if (!needs) return undefined;
		const token = `${ctx.folder}/${ctx.slug}`;
		// Handles and addresses are shortened like real ones; the record number keeps them unique.
		const handle = `${ctx.slug.slice(0, 24).replace(/-+$/, '')}-${ctx.uid}`;
		const base: Pick<Channel, 'cost' | 'hours' | 'languages' | 'anonymous' | 'human_responder'> = {
			cost: r.weighted(COSTS.map((x) => [x, x === 'free' ? 6 : x === 'unknown' ? 2 : 1] as const)),
			hours: hoursFor(ctx.c, type),
			languages: r.chance(0.15) ? [] : r.some(ctx.langs, 1, 3),
			anonymous: r.pick([true, false, 'unknown'] as const),
			human_responder: type === 'chatbot' ? false : r.weighted<boolean | 'unknown'>([[true, 6], ['unknown', 2], [false, 1]]),
		};
		const url = (p: string) => `https://www.${ctx.domain}/${token}/${p}`;
		const phone = (): Pick<Channel, 'value' | 'e164'> | undefined => {
			if (!ctx.cc) return undefined;
			const n = phones.next(ctx.cc);
			if (!n) return undefined;
			// National format only where the validator knows the country (the record's folder).
			const national = ctx.folder === ctx.cc.toLowerCase() && n.nationalNumber.length > 6 && r.chance(0.25);
			const out: Pick<Channel, 'value' | 'e164'> = { value: national ? n.formatNational() : n.formatInternational() };
			if (r.chance(0.7)) out.e164 = n.number;
			return out;
		};
		let ch: Channel;
		switch (type) {
			case 'short_code':
			case 'sms': {
				// Short codes are checked per country folder; global and regional records use full numbers.
				if (ctx.folder.length !== 2 || !ctx.cc) {
					const p = phone();
					if (!p || type === 'short_code') return undefined;
					ch = { type, ...p, ...base };
				} else if (type === 'sms' && r.chance(0.5)) {
					const p = phone();
					ch = p ? { type, ...p, ...base } : { type, value: shortCodes.next(r, ctx.cc), ...base };
				} else ch = { type, value: shortCodes.next(r, ctx.cc), ...base };
				break;
			}
			case 'voice_call': {
				const p = phone();
				if (!p) return undefined;
				ch = { type, ...p, ...base };
				break;
			}
			case 'whatsapp': {
				const p = r.chance(0.6) ? phone() : undefined;
				ch = p ? { type, ...p, ...base } : { type, url: `https://wa.me/message/${handle.replace(/-/g, '').toUpperCase()}`, ...base };
				break;
			}
			case 'messaging_app_other':
				ch = { type, url: `https://t.me/${handle.replace(/-/g, '_')}`, platform: r.pick(PLATFORMS_MESSAGING), ...base };
				break;
			case 'social_dm':
				ch = { type, url: `https://social.example/${handle}`, platform: r.pick(PLATFORMS_SOCIAL), ...base };
				break;
			case 'email':
				ch = { type, value: `${handle}@${ctx.domain}`, ...base };
				break;
			case 'web_chat':
				ch = { type, url: url('chat'), ...base };
				break;
			case 'chatbot':
				ch = { type, url: url('bot'), ...base };
				break;
			case 'web_form':
				ch = { type, url: url(r.pick(['report', 'contact', 'form'])), ...base };
				break;
			case 'mobile_app':
				ch = { type, url: `https://apps.example/app/${handle}`, ...base };
				if (r.chance(0.5)) ch.requires_account = r.pick([true, false, 'unknown'] as const);
				break;
			case 'in_person':
				ch = { type, label: 'Drop-in centre', ...base, note: 'Walk in during office hours; bring a friend or an adult you trust if you like.' };
				break;
			default:
				// url / url_or_value types: video_call, sign_language_video, text_relay_tty, in_game, forum, website …
				if (needs === 'none') ch = { type, ...base };
				else ch = { type, url: url(type.replace(/_/g, '-')), ...base };
				if (type === 'sign_language_video') ch.languages = [r.pick(SIGN_LANGUAGES)];
		}
		if (r.chance(0.1)) ch.note = 'Messages are answered in the order they arrive; at busy times you may have to wait.';
		return ch;
	};

	for (let i = 0; i < opts.count; i++) {
		const kind = r.weighted(types);
		// Scope: ~1 % global, ~2 % regional, ~3 % subnational, the rest national.
		const scopeRoll = r.next();
		const scope: Resource['scope'] = scopeRoll < 0.01 ? 'global' : scopeRoll < 0.03 ? 'regional' : scopeRoll < 0.06 ? 'subnational' : 'national';
		let main: CountryRef | undefined;
		let countryCodes: string[] = [];
		let regionCodes: string[] | undefined;
		let folder: string;
		if (scope === 'global') {
			folder = 'global';
			nGlobal++;
		} else if (scope === 'regional') {
			folder = 'regional';
			nRegional++;
			const sub = r.pick(regions.flatMap((x) => x.subregions));
			const members = countries.filter((c) => c.subregion === sub.code).map((c) => c.code);
			countryCodes = r.some(members, 2, Math.min(6, members.length));
			if (countryCodes.length < 2 || r.chance(0.5)) regionCodes = [sub.code];
			main = byCode.get(countryCodes[0] ?? '');
		} else {
			main = r.weighted(countryWeights);
			folder = main.code.toLowerCase();
			countryCodes = [main.code];
		}
		const cc = main?.code;
		const countryName = main?.name ?? 'the world';
		const langs = main ? langsOf(main) : ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'];

		// Organisation: reuse one in the country 60 % of the time.
		const orgKey = scope === 'global' ? '' : (cc ?? '');
		const existing = orgsByCountry.get(orgKey) ?? [];
		const orgId = existing.length && r.chance(0.6) ? r.pick(existing) : newOrg(scope === 'global' ? undefined : main, kind);
		const org = orgs.get(orgId)!;

		// Name and slug.
		const parts = NAME_PARTS[kind] ?? { nouns: ['Service'], adjectives: ['National'] };
		const noun = r.pick(parts.nouns);
		const adj = r.pick(parts.adjectives);
		const place = scope === 'global' ? '' : scope === 'regional' ? ` ${r.pick(['Regional', 'Cross-Border'])}` : scope === 'subnational' ? ` ${r.pick(['North', 'South', 'East', 'West', 'Capital'])} Province, ${countryName}` : ` ${countryName}`;
		let name = r.weighted([
			[`${adj} ${noun}${place}`, 3],
			[`${noun}${place}`, 2],
			[`${adj} ${noun}`, 1],
		]);
		const used = slugsByFolder.get(folder) ?? new Set<string>();
		slugsByFolder.set(folder, used);
		let slug = slugify(name) || 'service';
		if (used.has(slug)) {
			let k = 2;
			while (used.has(`${slug}-${k}`)) k++;
			slug = `${slug}-${k}`;
			name = `${name} ${k}`;
		}
		used.add(slug);
		const id = `${folder}/${slug}`;

		// Functions, topics, audiences.
		const fn = new Set<string>(r.some(functions, 1, 3));
		if (kind === 'reporting_hotline' || kind === 'law_enforcement_reporting') fn.add('reporting');
		if (SUPPORT.has(kind) && r.chance(0.8)) fn.add('counselling');
		if (kind === 'takedown_tool') fn.add('takedown_support');
		const fnList = functions.filter((f) => fn.has(f));

		// Channels: 1–6, weighted to 2–3, every one valid and unique.
		const pool = usable(SUPPORT.has(kind) ? CHANNELS_SUPPORT : REPORTING.has(kind) ? CHANNELS_REPORTING : CHANNELS_OTHER);
		const want = r.weighted([[1, 3], [2, 5], [3, 4], [4, 2], [5, 1], [6, 1]] as const);
		const channels: Channel[] = [];
		const ctx = { cc, c: main, folder, slug, uid: i.toString(36), domain: org.domain, langs };
		let harmonised: Resource['harmonised_number'];
		if (kind === 'child_helpline' && cc && folder === cc.toLowerCase() && EU.has(cc) && !helplineSeen.has(cc) && shortCodes.reserve(cc, '116 111')) {
			helplineSeen.add(cc);
			harmonised = '116 111';
			channels.push({ type: 'short_code', value: '116 111', cost: 'free', hours: hoursFor(main, 'short_code'), languages: r.some(langs, 1, 2), anonymous: true, human_responder: true });
		}
		for (let tries = 0; channels.length < want && tries < 20; tries++) {
			const ch = channelFor(r.weighted(pool), ctx);
			if (ch) channels.push(ch);
		}
		if (!channels.length) channels.push(channelFor(channelNeeds.has('website') ? 'website' : 'web_form', ctx)!);
		const channelTypes = [...new Set(channels.map((c) => c.type))];

		// Description of realistic length (250–600 characters).
		const first = `${name} is ${kind === 'platform_safety_feature' ? 'a safety feature' : 'a service'} run by ${org.name} for children and young people ${scope === 'global' ? 'anywhere in the world' : `in ${countryName}`}, reachable by ${channelTypes.map((t) => tax.channels.terms.find((x) => x.id === t)?.label.toLowerCase() ?? t).join(', ')}.`;
		const description = prose(r, first.length > 300 ? `${name} is run by ${org.name}.` : first, TOPIC_SENTENCES, r.int(250, 520), 600);

		const lastVerified = dateBefore(450);
		const resource: Resource = {
			name,
			organization: orgId,
			resource_type: kind,
			functions: fnList,
			status: r.weighted([['active', 92], ['temporarily_closed', 3], ['inactive', 3], ['defunct', 2]] as const),
			scope,
			countries: countryCodes,
			description,
			url: r.chance(0.5) ? org.url : `https://www.${org.domain}/${folder}/${slug}/`,
			channels,
			audiences: r.some(audiences, 1, 4),
			topics: r.some(topics, 1, 5),
			languages: [...new Set([...channels.flatMap((c) => c.languages.filter((l) => !SIGN_LANGUAGES.includes(l))), ...(r.chance(0.3) ? ['en'] : [])])].slice(0, 6),
			verification: {
				last_verified: lastVerified,
				method: r.pick(['desk_review', 'website_check', 'contacted', 'self_reported'] as const),
				verified_by_role: 'pop-data-editor',
				confidence: r.pick(['high', 'medium', 'low'] as const),
			},
			sources: [],
		};
		if (!resource.languages.length) resource.languages = [langs[0] ?? 'en'];
		if (regionCodes) resource.regions = regionCodes;
		if (scope === 'subnational' && cc) resource.subnational_areas = [`${cc}-${r.int(1, 40)}`];
		if (childFacing.has(kind) || r.chance(0.4)) resource.summary_child = r.pick(SUMMARY_CHILD);
		if (harmonised) resource.harmonised_number = harmonised;
		if (r.chance(0.15)) resource.alternate_name = `${adj} ${noun.split(' ')[0]}`;
		if (r.chance(0.2)) resource.email = `info.${slug.slice(0, 30)}@${org.domain}`;
		if (r.chance(0.5)) {
			const min = r.pick([null, 0, 5, 10, 12, 13]);
			resource.age = { min, max: r.pick([null, 18, 21, 24, 25]) };
		}
		if (r.chance(0.4)) resource.risk_dimensions = r.some(['content', 'contact', 'conduct', 'contract'] as const, 1, 3);
		if (r.chance(0.2)) resource.accessibility = { sign_language: r.pick([true, false, 'unknown'] as const), easy_read: r.pick([true, 'unknown'] as const), low_bandwidth: true };
		if (SUPPORT.has(kind) && r.chance(0.4))
			resource.what_to_expect = 'A trained counsellor answers, listens first and asks what you would like to happen. What you say stays private unless someone is in danger; then the counsellor will tell you before contacting anyone.';
		if (r.chance(0.2)) resource.site_safety = { quick_exit: r.pick([true, false, 'unknown'] as const), no_login_to_view: true };
		resource.youth_participation = r.weighted([['unknown', 6], ['none', 2], ['youth_advisory', 1], ['youth_co_designed', 1], ['youth_led', 1]] as const);
		if (r.chance(0.3)) resource.memberships = r.some(memberships, 1, 2);
		if (fn.has('reporting')) resource.report_scope = r.some(reportScope, 1, 4);
		const neighbours = cc ? (idsByCountry.get(cc) ?? []) : [];
		if (neighbours.length && r.chance(0.3)) resource.related = r.some(neighbours, 1, 2).filter((x) => x !== id);
		else if (r.chance(0.5)) resource.related = [];
		if (r.chance(0.05)) resource.external_ids = { wikidata: `Q${r.int(1000, 99_999_999)}` };
		if (r.chance(0.03)) resource.alert = 'The chat is closed for maintenance this month; the phone line is open as usual.';
		if (r.chance(0.1) && resource.summary_child) {
			const lang = r.pick(Object.keys(TRANSLATIONS));
			const tr = TRANSLATIONS[lang]!;
			resource.translations = {
				[lang]: {
					// The English descriptions carry numbers the sample translation does not: only the
					// child line (no numbers in either) is translated.
					summary_child: tr.summary_child,
					status: 'awaiting_review',
					translated: lastVerified,
				},
			};
		}

		// Sources: 1–4, read on or before the verification date.
		const nSources = r.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const);
		for (let s = 0; s < nSources; s++) {
			const accessed = addDays(lastVerified, -r.int(0, 30));
			const src: Resource['sources'][number] = {
				url: s === 0 ? resource.url : r.chance(0.3) ? `http://www.gov.${folder.length === 2 ? folder : 'int'}/child-protection/${slug}-${s}.html` : `https://www.${org.domain}/${folder}/${slug}/page-${s}`,
				accessed,
				title: s === 0 ? `${name}: home page` : r.pick([`${org.name}: annual report`, `How to contact ${name}`, `Directory of child helplines (${countryName})`, 'Government press release on the launch of the service']),
			};
			if (r.chance(0.5)) src.supports = r.some(['channels', 'hours', 'cost', 'languages', 'description', 'functions'], 1, 3);
			if (r.chance(0.2)) src.publisher = org.name;
			if (r.chance(0.15)) src.published = addDays(accessed, -r.int(30, 900));
			if (r.chance(0.1)) src.note = 'Page in the national language; read with a machine translation.';
			resource.sources.push(src);
		}
		if (r.chance(0.25))
			resource.notes = 'The languages of counselling were not stated on every channel. Opening hours come from the operator\'s page; an older leaflet gives shorter hours and was not followed.';
		if (r.chance(0.05)) resource.conflicts = [{ field: 'channels', description: 'A directory lists a different number; the operator\'s own page is followed.' }];
		if (r.chance(0.08)) resource.previous_numbers = [{ value: `0800 ${r.int(100, 999)} ${r.int(100, 999)}`, replaced_by: channels[0]?.value ?? 'the current number', note: 'Old toll-free line, no longer in service.' }];

		if (cc) for (const code of countryCodes) idsByCountry.set(code, [...(idsByCountry.get(code) ?? []), id]);
		const text = `# yaml-language-server: $schema=../../../public/schemas/resource.schema.json\n${YAML.stringify(resource, YAML_OPTIONS)}`;
		fs.mkdirSync(path.join(outContent, 'resources', folder), { recursive: true });
		fs.writeFileSync(path.join(outContent, 'resources', folder, `${slug}.yaml`), text);
		bytes += Buffer.byteLength(text);
	}

	for (const [id, { domain: _domain, ...org }] of orgs) {
		const text = `# yaml-language-server: $schema=../../public/schemas/organization.schema.json\n${YAML.stringify(org, YAML_OPTIONS)}`;
		fs.writeFileSync(path.join(outContent, 'organizations', `${id}.yaml`), text);
		bytes += Buffer.byteLength(text);
	}
	const countriesWithRecords = new Set([...idsByCountry.keys()]).size;
	return { dir: opts.dir, today, resources: opts.count, anchors: anchors.resources.length, organizations: orgs.size + anchors.organizations.length, global: nGlobal, regional: nRegional, countriesWithRecords, bytes, ms: Math.round(performance.now() - started) };
}

// CLI
if (process.argv[1]?.endsWith('generate.ts')) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const count = Number(arg('count') ?? 1000);
	const dir = arg('out') ?? path.join(os.tmpdir(), `pop-synth-${count}`);
	const res = generate({ count, dir, seed: Number(arg('seed') ?? DEFAULT_SEED), today: arg('today') ?? DEFAULT_TODAY });
	console.log(
		`generated ${res.resources} records (${res.global} global, ${res.regional} regional) + ${res.anchors} real records that data/ refers to, and ${res.organizations} organisations in ${res.countriesWithRecords} countries, ${(res.bytes / 1024 / 1024).toFixed(1)} MB, in ${res.ms} ms → ${path.join(res.dir, 'content')}\n` +
			`validate: POP_CONTENT_DIR=${res.dir} POP_TODAY=${res.today} npm run validate`,
	);
}
