/**
 * Prints the recommendation PDFs from the built pages with headless Chromium: one per chapter and
 * one for the whole report, tagged (a structure tree for screen readers) and with an outline from
 * the headings, running header, page numbers and the site's address of each link. The pages say
 * which PDFs exist (links with data-pdf-src); afterwards each link gets its file size.
 *
 * Where no Chromium is found the site is still complete: the links become a note and one line says
 * why. With CI=true a missing Chromium is an error, so CI always publishes the PDFs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { t } from '../../../src/i18n/index';
import { DEFAULT_LANG } from '../../../src/i18n/languages';
import { CHROMIUM_FLAGS, chromiumPath, serve } from '../chromium';
import { findPdfJobs, patchPdfLinks, PDF_MANIFEST, type PdfManifest } from '../pdf-build';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Header and footer templates are rendered by Chromium outside the page: they need inline styles
// (the page's Content-Security-Policy does not apply to them) and their own font size.
const box =
	'font-family: system-ui, sans-serif; font-size: 8px; color: #333; width: 100%; margin: 0 18mm; display: flex; justify-content: space-between; gap: 8mm;';

/** How many tabs print at once (POP_PDF_WORKERS; two suit a two-core machine). */
const PDF_WORKERS = Math.max(1, Number(process.env.POP_PDF_WORKERS ?? 2));

export async function buildPdfs(dist: string): Promise<string> {
	const ci = process.env.CI === 'true';
	const jobs = findPdfJobs(dist);
	if (!jobs.length) return 'no page links to a PDF; nothing to print';
	let executablePath: string;
	try {
		executablePath = chromiumPath();
		if (!fs.existsSync(executablePath)) throw new Error(`no file ${executablePath}`);
	} catch {
		if (ci)
			throw new Error(
				'build-pdfs: no Chromium found and CI=true: install it (apt-get install -y chromium) or set CHROME_PATH',
			);
		patchPdfLinks(dist, {});
		return `no Chromium found, so the site is built without its ${jobs.length} recommendation PDFs (install chromium or set CHROME_PATH to make them)`;
	}
	const server = await serve(dist);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
	const manifest: PdfManifest = {};
	try {
		const context = await browser.newContext({ javaScriptEnabled: true });
		// Chromium prints one page per tab; PDF_WORKERS tabs print side by side from one queue.
		const queue = [...jobs];
		const worker = async () => {
			const page = await context.newPage();
			for (let job = queue.shift(); job; job = queue.shift()) {
				const res = await page.goto(server.origin + job.from, { waitUntil: 'load' });
				if (!res || res.status() !== 200)
					throw new Error(`build-pdfs: ${job.from} answered ${res?.status()}`);
				await page.emulateMedia({ media: 'print' });
				// Links in a PDF must lead to the published site, not to this temporary server.
				const meta = await page.evaluate(() => {
					const site =
						document.querySelector<HTMLMetaElement>('meta[name="pop-site"]')?.content ??
						location.origin;
					for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
						const href = a.getAttribute('href')!;
						if (href.startsWith('/')) a.setAttribute('href', new URL(href, site).href);
					}
					return {
						site,
						header:
							document.querySelector<HTMLMetaElement>('meta[name="pop-pdf-header"]')?.content ??
							document.title,
						path: location.pathname,
					};
				});
				const address = new URL(meta.path, meta.site).href;
				const pageOf = esc(t(DEFAULT_LANG, 'rec.pdf.page'))
					.replace('{page}', '<span class="pageNumber"></span>')
					.replace('{total}', '<span class="totalPages"></span>');
				const out = path.join(dist, job.pdf);
				fs.mkdirSync(path.dirname(out), { recursive: true });
				await page.pdf({
					path: out,
					format: 'A4',
					printBackground: true,
					tagged: true,
					outline: true,
					displayHeaderFooter: true,
					headerTemplate: `<div style="${box}"><span>${esc(meta.header)}</span></div>`,
					footerTemplate: `<div style="${box}"><span>${esc(address)}</span><span>${pageOf}</span></div>`,
					margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
				});
				manifest[job.pdf] = { bytes: fs.statSync(out).size, from: job.from };
			}
			await page.close();
		};
		await Promise.all(Array.from({ length: Math.min(PDF_WORKERS, jobs.length) }, worker));
		await context.close();
	} finally {
		await browser.close();
		await server.close();
	}
	// Tabs finish in any order; the manifest lists the PDFs in path order.
	const sorted = Object.fromEntries(
		Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)),
	);
	fs.writeFileSync(path.join(dist, PDF_MANIFEST), `${JSON.stringify(sorted, null, '\t')}\n`);
	const pages = patchPdfLinks(dist, manifest);
	const total = Object.values(manifest).reduce((n, m) => n + m.bytes, 0);
	return `${jobs.length} PDFs (${Math.round(total / 1024)} KB); sizes written into ${pages} pages`;
}
