/**
 * A small reader of PDF structure, enough to check the recommendation PDFs without a PDF library:
 * is the file tagged (a structure tree and MarkInfo), does it have an outline (bookmarks) and
 * which titles, its language, title and page count. It reads the objects of the file, including
 * those inside compressed object streams (inflated with node:zlib). It does not render anything.
 */
import zlib from 'node:zlib';

export interface PdfInfo {
	version: string;
	pages: number;
	/** /MarkInfo << /Marked true >> in the catalog. */
	marked: boolean;
	/** A /StructTreeRoot is referenced and present. */
	structTree: boolean;
	/** Structure element types used, e.g. H1, P, Table, Figure. */
	structTypes: string[];
	lang?: string;
	title?: string;
	/** Titles of the outline (bookmark) items, in file order. */
	outline: string[];
	/** Figures in the structure tree without /Alt text. */
	figuresWithoutAlt: number;
}

/** Decodes a PDF string token: (literal) with escapes, or <hex>, UTF-16BE when it starts with a BOM. */
export function decodePdfString(token: string): string {
	let bytes: number[] = [];
	if (token.startsWith('<')) {
		const hex = token.slice(1, -1).replace(/\s+/g, '');
		for (let i = 0; i < hex.length; i += 2)
			bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
	} else {
		const s = token.slice(1, -1);
		for (let i = 0; i < s.length; i++) {
			const ch = s[i]!;
			if (ch !== '\\') {
				bytes.push(ch.charCodeAt(0) & 0xff);
				continue;
			}
			const next = s[++i] ?? '';
			const map: Record<string, number> = {
				n: 10,
				r: 13,
				t: 9,
				b: 8,
				f: 12,
				'(': 40,
				')': 41,
				'\\': 92,
			};
			if (next in map) bytes.push(map[next]!);
			else if (/[0-7]/.test(next)) {
				let oct = next;
				while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
				bytes.push(parseInt(oct, 8));
			} else if (next === '\n' || next === '\r') {
				// A line continuation.
			} else bytes.push(next.charCodeAt(0));
		}
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		bytes = bytes.slice(2);
		let out = '';
		for (let i = 0; i + 1 < bytes.length; i += 2)
			out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
		return out;
	}
	return String.fromCharCode(...bytes);
}

const STRING = /\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>/;

/** Every object's dictionary text by object number, including objects inside object streams. */
export function pdfObjects(bytes: Uint8Array): Map<number, string> {
	const text = Buffer.from(bytes).toString('latin1');
	const objects = new Map<number, string>();
	for (const m of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]*?)\bendobj/g)) {
		const body = m[2]!;
		const streamAt = body.indexOf('stream');
		const dict = streamAt >= 0 ? body.slice(0, streamAt) : body;
		objects.set(Number(m[1]), dict);
		if (streamAt >= 0 && /\/Type\s*\/ObjStm/.test(dict)) {
			const start = body.indexOf('\n', streamAt) + 1;
			const end = body.lastIndexOf('endstream');
			const raw = Buffer.from(body.slice(start, end), 'latin1');
			let data: string;
			try {
				data = (/\/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw).toString('latin1');
			} catch {
				continue;
			}
			const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? 0);
			const nums = data.slice(0, first).trim().split(/\s+/).map(Number);
			for (let i = 0; i + 1 < nums.length; i += 2) {
				const from = first + nums[i + 1]!;
				const to = i + 3 < nums.length ? first + nums[i + 3]! : data.length;
				objects.set(nums[i]!, data.slice(from, to));
			}
		}
	}
	return objects;
}

export function inspectPdf(bytes: Uint8Array): PdfInfo {
	const head = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
	const version = /^%PDF-(\d\.\d)/.exec(head)?.[1];
	if (!version) throw new Error('not a PDF: the file does not start with %PDF-');
	const objects = pdfObjects(bytes);
	const all = [...objects.values()];
	const catalog = all.find((d) => /\/Type\s*\/Catalog\b/.test(d)) ?? '';
	const info = all.find((d) => /\/Producer\b/.test(d)) ?? '';
	const ref = (dict: string, key: string) => {
		const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
		return m ? objects.get(Number(m[1])) : undefined;
	};
	const str = (dict: string, key: string) => {
		const m = new RegExp(`/${key}\\s*(${STRING.source})`).exec(dict);
		return m ? decodePdfString(m[1]!) : undefined;
	};
	// Outline: follow /First and /Next from the catalog's /Outlines, depth first.
	const outline: string[] = [];
	const seen = new Set<string>();
	const walk = (dict: string | undefined, depth: number) => {
		for (let item = dict; item && depth < 32; item = ref(item, 'Next')) {
			if (seen.has(item)) break;
			seen.add(item);
			const title = str(item, 'Title');
			if (title !== undefined) outline.push(title);
			walk(ref(item, 'First'), depth + 1);
		}
	};
	const outlines = ref(catalog, 'Outlines');
	if (outlines) walk(ref(outlines, 'First'), 0);
	const elems = all.filter(
		(d) =>
			/\/Type\s*\/StructElem\b/.test(d) ||
			(/\/S\s*\/[A-Za-z0-9]+/.test(d) && /\/P\s+\d+\s+\d+\s+R/.test(d)),
	);
	const structTypes = [
		...new Set(
			elems.map((d) => /\/S\s*\/([A-Za-z0-9]+)/.exec(d)?.[1]).filter((s): s is string => !!s),
		),
	].sort();
	const lang = str(catalog, 'Lang');
	const title = str(info, 'Title');
	return {
		version,
		pages: all.filter((d) => /\/Type\s*\/Page(?![A-Za-z])/.test(d)).length,
		marked: /\/MarkInfo\s*<<[^>]*\/Marked\s+true/.test(catalog),
		structTree: !!ref(catalog, 'StructTreeRoot'),
		structTypes,
		...(lang !== undefined ? { lang } : {}),
		...(title !== undefined ? { title } : {}),
		outline,
		figuresWithoutAlt: elems.filter((d) => /\/S\s*\/Figure\b/.test(d) && !/\/Alt\s*[(<]/.test(d))
			.length,
	};
}
