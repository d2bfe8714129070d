/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1) derived from POP Atlas ids, so the HSDS export
 * gives every object the same UUID in every build.
 */
import { createHash } from 'node:crypto';

/** RFC 9562 namespace for URLs. */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const format = (b: Buffer): string => {
	const h = b.toString('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** UUID version 5 of `name` in `namespace`. */
export function uuidv5(name: string, namespace: string): string {
	const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
	const b = Buffer.from(hash.subarray(0, 16));
	b[6] = (b[6]! & 0x0f) | 0x50;
	b[8] = (b[8]! & 0x3f) | 0x80;
	return format(b);
}

/** The POP Atlas namespace: the UUID v5 of its home URL in the URL namespace. Never change it. */
export const POP_NAMESPACE = uuidv5('https://pop-atlas.org/', NAMESPACE_URL);

/** The UUID of a POP Atlas object, e.g. popUuid('service', 'ke/childline-kenya'). */
export const popUuid = (kind: string, id: string): string => uuidv5(`${kind}/${id}`, POP_NAMESPACE);
