/**
 * The PDF step's file work, kept out of the script so it can be tested: which PDFs the built pages
 * link to (and which page each is printed from), filling in their sizes after printing — or
 * replacing the link by a note when no PDF could be made — and checking the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../src/i18n/index';
import { DEFAULT_LANG, isLang, type Lang } from '../../src/i18n/languages';
import { listHtml } from './checks';
import { formatBytes } from '../../src/exports/size';

/** Where the PDF step records what it made: { "/recommendations/pdf/x.pdf": { bytes, from } }. */
export const PDF_MANIFEST = 'recommendations/pdf/manifest.json';

export interface PdfJob {
	/** Site path of the PDF. */
	pdf: string;
	/** Site path of the page printed to make it. */
	from: string;
}
export type PdfManifest = Record<string, { bytes: number; from: string }>;

const LINK =
	/<a\b[^>]*\bhref="([^"]+)"[^>]*\bdata-pdf-src="([^"]+)"[^>]*>([\s\S]*?)<span class="pdf-link__size" data-pdf-size="[^"]*">[^<]*<\/span><\/a>/g;

/** Every PDF linked from the built pages, once, with the page it is printed from. */
export function findPdfJobs(dist: string): PdfJob[] {
	const jobs = new Map<string, string>();
	for (const file of listHtml(dist)) {
		const html = fs.readFileSync(file, 'utf8');
		if (!html.includes('data-pdf-src=')) continue;
		for (const m of html.matchAll(LINK)) {
			const other = jobs.get(m[1]!);
			if (other && other !== m[2])
				throw new Error(`${m[1]} is printed from both ${other} and ${m[2]}`);
			jobs.set(m[1]!, m[2]!);
		}
	}
	return [...jobs].map(([pdf, from]) => ({ pdf, from })).sort((a, b) => a.pdf.localeCompare(b.pdf));
}

/** The language a built page declares on <html lang>, so a note patched into it speaks it too. */
export function pageLang(html: string): Lang {
	const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
	return isLang(lang) ? lang : DEFAULT_LANG;
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The size a PDF link shows, "(2,5 MB)", as HTML in the page's language: written and checked alike. */
const sizeLabel = (bytes: number, lang: Lang) =>
	escapeHtml(t(lang, 'rec.pdf.size', { size: formatBytes(bytes, lang) }));

/**
 * Fills in each link's size from the manifest, or replaces the link with a note when its PDF was
 * not made. Returns the number of pages changed.
 */
export function patchPdfLinks(dist: string, manifest: PdfManifest): number {
	let changed = 0;
	for (const file of listHtml(dist)) {
		const html = fs.readFileSync(file, 'utf8');
		if (!html.includes('data-pdf-src=')) continue;
		const lang = pageLang(html);
		const out = html.replace(LINK, (whole, href: string, _from: string, label: string) => {
			const made = manifest[href];
			if (!made)
				return `<span class="pdf-link pdf-link--missing">${label} — ${escapeHtml(t(lang, 'rec.pdf.missing'))}</span>`;
			const size = sizeLabel(made.bytes, lang);
			return whole.replace(
				/(<span class="pdf-link__size" data-pdf-size="[^"]*">)[^<]*(<\/span>)/,
				`$1 ${size}$2`,
			);
		});
		if (out !== html) {
			fs.writeFileSync(file, out);
			changed++;
		}
	}
	return changed;
}

export function readManifest(dist: string): PdfManifest {
	const file = path.join(dist, PDF_MANIFEST);
	return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PdfManifest) : {};
}

/**
 * Post-build check: every PDF link points at a PDF that exists, starts with %PDF- and has the size
 * the link states; no link still waits for its size.
 */
export function checkPdfLinks(dist: string): string[] {
	const problems: string[] = [];
	const manifest = readManifest(dist);
	for (const file of listHtml(dist)) {
		const html = fs.readFileSync(file, 'utf8');
		if (!html.includes('pdf-link')) continue;
		const rel = path.relative(dist, file);
		const lang = pageLang(html);
		for (const m of html.matchAll(
			/<a\b[^>]*\bhref="([^"]+\.pdf)"[^>]*>[\s\S]*?<span class="pdf-link__size" data-pdf-size="[^"]*">([^<]*)<\/span><\/a>/g,
		)) {
			const href = m[1]!;
			const abs = path.join(dist, decodeURIComponent(href));
			if (!fs.existsSync(abs)) {
				problems.push(`${rel}: links to ${href}, which does not exist`);
				continue;
			}
			const head = Buffer.alloc(5);
			const fd = fs.openSync(abs, 'r');
			fs.readSync(fd, head, 0, 5, 0);
			fs.closeSync(fd);
			if (head.toString('latin1') !== '%PDF-') problems.push(`${rel}: ${href} is not a PDF`);
			const bytes = fs.statSync(abs).size;
			if (manifest[href]?.bytes !== bytes)
				problems.push(
					`${rel}: ${href} is ${bytes} bytes but the manifest says ${manifest[href]?.bytes}`,
				);
			const size = formatBytes(bytes, lang);
			if (m[2]!.trim() !== sizeLabel(bytes, lang))
				problems.push(`${rel}: the link to ${href} says "${m[2]!.trim()}", not its size ${size}`);
		}
	}
	return problems;
}
