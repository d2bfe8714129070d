/**
 * Writes a record or an organisation as YAML the way the hand-written files look: the schema
 * modeline first, keys in the schema's order, short lists in [brackets], times and numbers in
 * quotes, long text as folded blocks. Used by `npm run new` and the issue-to-record script.
 */
import { isMap, isScalar, isSeq, Document, Scalar, visit, type Node } from 'yaml';
import { organizationSchema } from '../../../src/schemas/organization';
import { channelSchema, resourceSchema } from '../../../src/schemas/resource';
import { YAML11_BOOL, YAML11_SEXAGESIMAL } from '../../../src/validate/yaml-file';

/** The modeline for a file at `content/resources/<scope>/<slug>.yaml` or `content/organizations/<slug>.yaml`. */
export const MODELINE = {
	resource: '# yaml-language-server: $schema=../../../public/schemas/resource.schema.json',
	organization: '# yaml-language-server: $schema=../../public/schemas/organization.schema.json',
} as const;

const RESOURCE_KEYS = Object.keys(resourceSchema.shape);
const CHANNEL_KEYS = Object.keys(channelSchema.shape);
const ORG_KEYS = Object.keys(organizationSchema.shape);
const HOURS_KEYS = ['always_open', 'timezone', 'schedule', 'note'];
const SOURCE_KEYS = [
	'url',
	'accessed',
	'title',
	'publisher',
	'published',
	'updated',
	'supports',
	'note',
];
const VERIFICATION_KEYS = [
	'last_verified',
	'method',
	'verified_by_role',
	'confidence',
	'note',
	'history',
];

const ordered = (o: Record<string, unknown>, keys: string[]) => {
	const out: Record<string, unknown> = {};
	for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
	for (const k of Object.keys(o)) if (!(k in out) && o[k] !== undefined) out[k] = o[k];
	return out;
};

/** A channel's fields in schema order (hours too). */
export function orderChannel(c: Record<string, unknown>): Record<string, unknown> {
	const ch = ordered(c, CHANNEL_KEYS);
	if (ch.hours && typeof ch.hours === 'object')
		ch.hours = ordered(ch.hours as Record<string, unknown>, HOURS_KEYS);
	return ch;
}

/** Record fields in schema order, with nested objects ordered too; `id` is dropped (the path is the id). */
function orderResource(r: Record<string, unknown>): Record<string, unknown> {
	const { id: _id, ...rest } = r;
	const out = ordered(rest, RESOURCE_KEYS);
	if (Array.isArray(out.channels)) out.channels = out.channels.map(orderChannel);
	if (Array.isArray(out.sources))
		out.sources = out.sources.map((s: Record<string, unknown>) => ordered(s, SOURCE_KEYS));
	if (out.verification)
		out.verification = ordered(out.verification as Record<string, unknown>, VERIFICATION_KEYS);
	return out;
}

const QUOTED_KEYS = new Set([
	'value',
	'e164',
	'opens',
	'closes',
	'harmonised_number',
	'summary_child',
	'replaced_by',
]);
const BLOCK_KEYS = new Set(['description', 'notes', 'what_to_expect', 'note']);

/** Applies the house style (flow lists, quoted numbers and times, folded long text) to a document. */
export function styleDocument(doc: Document): void {
	visit(doc, {
		Pair(_, pair) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			const v = pair.value as Node | null;
			if (isScalar(v) && typeof v.value === 'string') {
				if (QUOTED_KEYS.has(key) || YAML11_BOOL.test(v.value) || YAML11_SEXAGESIMAL.test(v.value))
					v.type = Scalar.QUOTE_DOUBLE;
				else if (BLOCK_KEYS.has(key) && v.value.length > 90 && !v.value.includes('\n'))
					v.type = Scalar.BLOCK_FOLDED;
			}
			if (isSeq(v) && v.items.every((i) => isScalar(i))) v.flow = true;
			if (isMap(v) && (key === 'age' || (key === 'hours' && v.items.length === 1))) v.flow = true;
		},
		Seq(_, seq) {
			// Items that YAML 1.1 readers would take for booleans or numbers: countries: ["NO"].
			for (const item of seq.items)
				if (
					isScalar(item) &&
					typeof item.value === 'string' &&
					(YAML11_BOOL.test(item.value) || YAML11_SEXAGESIMAL.test(item.value))
				)
					item.type = Scalar.QUOTE_DOUBLE;
			// schedule entries: { days: [MO, TU], opens: "08:00", closes: "17:00" }
			for (const item of seq.items)
				if (isMap(item) && item.items.some((p) => isScalar(p.key) && p.key.value === 'opens'))
					item.flow = true;
		},
	});
}

function render(data: Record<string, unknown>, modeline: string): string {
	const doc = new Document(data, { version: '1.2' });
	styleDocument(doc);
	return `${modeline}\n${doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false })}`;
}

/** A resource record as YAML (the `id`, if present, is left out). */
export function resourceYaml(r: Record<string, unknown>): string {
	return render(orderResource(r), MODELINE.resource);
}

/** An organisation as YAML. */
export function organizationYaml(o: Record<string, unknown>): string {
	const { id: _id, ...rest } = o;
	const out = ordered(rest, ORG_KEYS);
	if (Array.isArray(out.sources))
		out.sources = out.sources.map((s: Record<string, unknown>) => ordered(s, SOURCE_KEYS));
	return render(out, MODELINE.organization);
}
