/**
 * The recommendations: the data and chapters validate; ids are unique and well formed; every
 * broken reference — in YAML or in a chapter's MDX — is reported with file:line; figures come from
 * the indicators; the PDF step's file work and the PDF reader behave.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Dataset } from '../../src/model/dataset';
import { datasetFromValidation } from '../../src/validate/index';
import { allCountryIndicators, areaIndicators, INDICATOR_IDS, type CountryIndicators } from '../../src/model/indicators';
import { inspectPdf, decodePdfString } from '../../scripts/lib/pdf-inspect';
import { chapterFiles, chapterSlug, checkRecommendations, knowledgeFor } from '../../src/validate/recommendations/check';
import { areaSlugs, figureValue, selectRecords } from '../../src/model/recommendation-evidence';
import { checkChapter, parseLiteral, scanMdx } from '../../src/validate/recommendations/mdx-refs';
import { checkPdfLinks, findPdfJobs, pageLang, patchPdfLinks, PDF_MANIFEST } from '../../scripts/lib/pdf-build';
import { t } from '../../src/i18n/index';
import { facets, figureText, hasFacet, longDate } from '../../src/site/recommendation-routes';
import { formatBytes } from '../../src/exports/size';
import { validateRecommendations, type RecommendationData } from '../../src/validate/recommendations/validate';
import { REC_ID } from '../../src/schemas/recommendation';
import { formatProblem } from '../../src/validate/problem';
import { figureIdsOf, validateRepository } from '../../src/validate/index';

let recordIds: Set<string>;
let figureIds: Set<string>;
let data: RecommendationData;
let ds: Dataset;
let all: Map<string, CountryIndicators>;

beforeAll(() => {
	const v = validateRepository();
	recordIds = new Set(v.resources.map((r) => r.id));
	figureIds = figureIdsOf(v);
	ds = datasetFromValidation(v);
	all = allCountryIndicators(ds, ds.knownAbsent);
	const check = checkRecommendations(recordIds, figureIds);
	expect(check.problems.map(formatProblem)).toEqual([]);
	data = check.data!;
});

/** A copy of the repository's recommendation files in a temporary folder, to break on purpose. */
function scratch(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-recs-'));
	for (const rel of ['data/recommendations', 'content/recommendations']) fs.cpSync(rel, path.join(dir, rel), { recursive: true });
	for (const f of ['data/recommendation-vocabulary.yaml', 'data/recommendation-report.yaml', 'data/references.yaml', 'data/external-figures.yaml']) fs.cpSync(f, path.join(dir, f));
	return dir;
}
const edit = (dir: string, rel: string, from: string, to: string) => {
	const file = path.join(dir, rel);
	const text = fs.readFileSync(file, 'utf8');
	expect(text.includes(from), `${rel} contains ${from}`).toBe(true);
	fs.writeFileSync(file, text.replace(from, to));
};
const lineOf = (dir: string, rel: string, needle: string) => fs.readFileSync(path.join(dir, rel), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the recommendations as they are', () => {
	it('have unique, well-formed ids whose prefix matches their stakeholder', () => {
		const ids = data.recommendations.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeGreaterThanOrEqual(25);
		for (const r of data.recommendations) {
			expect(r.id).toMatch(REC_ID);
			const prefix = data.vocabulary.stakeholders.find((s) => s.id === r.stakeholder)!.prefix;
			expect(r.id.startsWith(`POP-${prefix}-`), r.id).toBe(true);
		}
	});
	it('give every stakeholder between five and eight recommendations, each with evidence', () => {
		for (const s of data.vocabulary.stakeholders) {
			const n = data.recommendations.filter((r) => r.stakeholder === s.id).length;
			expect(n, s.id).toBeGreaterThanOrEqual(5);
			expect(n, s.id).toBeLessThanOrEqual(8);
		}
		for (const r of data.recommendations) expect(Object.values(r.evidence).flat().length, r.id).toBeGreaterThan(0);
	});
	it('show every recommendation in the chapter of its stakeholder, and each chapter has a slug of its own', () => {
		const check = checkRecommendations(recordIds, figureIds);
		const slugs = chapterFiles().map(chapterSlug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const s of data.vocabulary.stakeholders) {
			const shown = check.refs.get(s.chapter)!.recs;
			for (const r of data.recommendations.filter((x) => x.stakeholder === s.id)) expect(shown, `${r.id} in ${s.chapter}`).toContain(r.id);
		}
	});
	it('cite only figures and sources that exist, and every figure quotes its source word for word', () => {
		for (const f of data.figures.values()) {
			expect(data.references.has(f.source), f.id).toBe(true);
			// The number appears in the quote as the source writes it (with or without separators).
			const plain = f.quote.replace(/[,\s]/g, '');
			expect(plain.includes(String(f.value)), `${f.id}: ${f.value} not in its quote`).toBe(true);
		}
	});
	it('file every facet value under a facet that exists', () => {
		const fs_ = facets(data.vocabulary);
		expect(fs_.map((f) => f.facet).slice(0, 3)).toEqual(['stakeholder', 'theme', 'priority']);
		const r = data.byId.get('POP-GOV-03')!;
		expect(hasFacet(r, 'theme', 'reporting')).toBe(true);
		expect(hasFacet(r, 'mnr_capability', 'c12')).toBe(true);
		expect(hasFacet(r, 'bik', 'active_participation')).toBe(false);
	});
});

describe('broken references in the data fail with file:line', () => {
	it('an unknown indicator, record, figure and source, a duplicate id and a wrong prefix', () => {
		const dir = scratch();
		const file = 'data/recommendations/governments.yaml';
		edit(dir, file, 'indicators: [child_helpline, free, available_24_7]', 'indicators: [child_helpine, free, available_24_7]');
		edit(dir, file, 'records: [global/take-it-down, global/stopncii]', 'records: [global/take-it-dwn, global/stopncii]');
		edit(dir, file, 'figures: [chi-contacts-2023]', 'figures: [chi-contacts-2032]');
		edit(dir, file, 'sources: [itu-cop-policy-makers]', 'sources: [itu-cop-policymakers]');
		edit(dir, file, '- id: POP-GOV-02', '- id: POP-GOV-01');
		edit(dir, 'data/recommendations/technology-providers.yaml', '- id: POP-TECH-07', '- id: POP-GOV-09');
		const res = validateRecommendations({ recordIds }, dir);
		const lines = res.problems.map(formatProblem);
		expect(res.data).toBeUndefined();
		const at = (needle: string) => `${file}:${lineOf(dir, file, needle)}:`;
		expect(lines.find((l) => l.includes('"child_helpine"'))).toContain(at('child_helpine'));
		expect(lines.find((l) => l.includes('"child_helpine"'))).toContain('did you mean "child_helpline"?');
		expect(lines.find((l) => l.includes('global/take-it-dwn'))).toContain(at('take-it-dwn'));
		expect(lines.find((l) => l.includes('chi-contacts-2032'))).toContain(at('chi-contacts-2032'));
		expect(lines.find((l) => l.includes('itu-cop-policymakers'))).toContain('did you mean "itu-cop-policy-makers"?');
		expect(lines.find((l) => l.includes('already used'))).toMatch(/governments\.yaml:\d+:\d+ .*POP-GOV-01 is already used in .*governments\.yaml:\d+/);
		expect(lines.some((l) => l.includes('POP-GOV-09 is in the technology_providers file'))).toBe(true);
		fs.rmSync(dir, { recursive: true });
	});
	it('a term that is not in the vocabulary is refused by the schema at its line', () => {
		const dir = scratch();
		const file = 'data/recommendations/governments.yaml';
		edit(dir, file, 'bik: [active_participation]', 'bik: [active_particip]');
		const lines = validateRecommendations({ recordIds }, dir).problems.map(formatProblem);
		expect(lines.some((l) => l.startsWith(`${file}:${lineOf(dir, file, 'active_particip]')}:`) && l.includes('active_particip'))).toBe(true);
		fs.rmSync(dir, { recursive: true });
	});
});

describe('broken references in a chapter fail with file:line', () => {
	const k = () => knowledgeFor(data, recordIds);
	const chapter = (body: string, audience = 'all') => `---\ntitle: T\naudience: ${audience}\norder: 9\nstatus: draft\nversion: "0.1"\npublished: "2026-11-29"\nupdated: "2026-11-29"\nsummary: S\nsummary_young: Y\n---\n\n${body}\n`;
	it('reports each broken component at its own line, with a hint', () => {
		const text = chapter(['Intro <Figure indicator="child_helpline" />.', '', '<Rec id="POP-GOV-99" />', '', 'Text <Figure indicator="childhelpline" area="world" />', '', '<Records ids={["global/take-it-dwn"]} />', '', 'A <Cite id="nope" /> and <Source id="gc-25" />.', '', '<Chart findings="channels" />', '', '<Widget foo="bar" />'].join('\n'));
		const { problems } = checkChapter('content/recommendations/99-x.mdx', text, k());
		const lines = problems.map(formatProblem);
		const first = 13; // the first body line: 11 lines of frontmatter, then a blank line
		expect(lines).toHaveLength(7);
		expect(lines[0]).toMatch(new RegExp(`^content/recommendations/99-x\\.mdx:${first + 2}:1 .*no recommendation "POP-GOV-99"`));
		expect(lines[1]).toMatch(new RegExp(`:${first + 4}:6 .*no indicator "childhelpline" — did you mean "child_helpline"\\?`));
		expect(lines[2]).toMatch(new RegExp(`:${first + 6}:1 .*no record "global/take-it-dwn" — did you mean "global/take-it-down"\\?`));
		expect(lines[3]).toMatch(new RegExp(`:${first + 8}:3 .*no external figure "nope"`));
		expect(lines[4]).toMatch(new RegExp(`:${first + 8}:.*no reference "gc-25"`));
		expect(lines[5]).toMatch(new RegExp(`:${first + 10}:1 .*no findings chart "channels"`));
		expect(lines[6]).toMatch(new RegExp(`:${first + 12}:1 .*<Widget> is not a chapter component`));
	});
	it('refuses props that are not literals, unknown props and incomplete components', () => {
		const text = chapter(['<Records ids={ids} />', '<Figure indicator="free" colour="red" />', '<Figure />', '<Records />', '<Chart indicator="free" findings="anonymity" />'].join('\n'));
		const lines = checkChapter('c.mdx', text, k()).problems.map((p) => p.message);
		expect(lines.some((m) => m.includes('is not a literal'))).toBe(true);
		expect(lines.some((m) => m.includes('has no prop "colour"'))).toBe(true);
		expect(lines.some((m) => m.includes('<Figure> needs either indicator'))).toBe(true);
		expect(lines.some((m) => m.includes('<Records> needs either ids'))).toBe(true);
		expect(lines.some((m) => m.includes('<Chart> needs either indicator'))).toBe(true);
	});
	it('refuses heading levels and limits out of range, and accepts those in range', () => {
		const bad = chapter(['<Chart findings="channels-by-region" level={2} />', '<Rec id="POP-GOV-01" level={5} />', '<Records type="child_helpline" limit={0} />', '<Chart findings="channels-by-region" level={3.5} />'].join('\n'));
		const lines = checkChapter('c.mdx', bad, k()).problems.map((p) => p.message);
		expect(lines.filter((m) => m.includes('is not a heading level from 3 to 4'))).toHaveLength(2);
		expect(lines.some((m) => m.includes('level={5} is not a heading level from 1 to 4'))).toBe(true);
		expect(lines.some((m) => m.includes('limit={0} is not a number of records from 1 to 1000'))).toBe(true);
		const good = chapter(['<Chart findings="channels-by-region" level={4} />', '<Records type="child_helpline" limit={6} />'].join('\n'));
		expect(checkChapter('c.mdx', good, k()).problems.filter((p) => p.message.includes('from'))).toEqual([]);
	});
	it('ignores components inside code, and lists what the chapter cites', () => {
		const text = chapter(['```mdx', '<Rec id="POP-NOPE-01" />', '```', 'Write `<Cite id="nope" />` like this.', '{/* <Rec id="POP-NOPE-02" /> */}', '<Cite id="chi-contacts-2023" /> <Source id="gc25" at="para. 4" />', '<Records ids={["global/take-it-down"]} />'].join('\n'));
		const { problems, refs } = checkChapter('c.mdx', text, k());
		expect(problems).toEqual([]);
		expect(refs.figures).toEqual(['chi-contacts-2023']);
		expect(refs.sources).toEqual(['chi-voices-2023', 'gc25']);
		expect(refs.records).toEqual(['global/take-it-down']);
	});
	it('asks a stakeholder chapter to show all of its recommendations, and dates to be quoted', () => {
		const text = chapter('<Rec id="POP-GOV-01" />', 'governments').replace('published: "2026-11-29"', 'published: 2026-11-29');
		const lines = checkChapter('c.mdx', text, k()).problems.map(formatProblem);
		expect(lines.some((l) => l.includes('does not show POP-GOV-02'))).toBe(true);
		expect(lines.some((l) => l.startsWith('c.mdx:7:1') && l.includes('not in quotes'))).toBe(true);
	});
	it('stops the whole check, so the build fails, when a real chapter breaks', () => {
		const dir = scratch();
		const file = chapterFiles(dir).find((f) => f.includes('governments'))!;
		edit(dir, file, '<Rec id="POP-GOV-07" />', '<Rec id="POP-GOV-70" />');
		const check = checkRecommendations(recordIds, figureIds, dir);
		expect(check.data).toBeUndefined();
		const line = lineOf(dir, file, 'POP-GOV-70');
		expect(check.problems.map(formatProblem)).toContainEqual(expect.stringMatching(new RegExp(`^${file}:${line}:1 .*POP-GOV-70`)));
		fs.rmSync(dir, { recursive: true });
	});
	it('parses literal props', () => {
		expect(parseLiteral('["a", \'b\']')).toEqual(['a', 'b']);
		expect(parseLiteral(' 8 ')).toBe(8);
		expect(parseLiteral('"x"')).toBe('x');
		expect(parseLiteral('ids')).toBeUndefined();
		expect(scanMdx('<Rec id="A" /> and <Cite\n  id="b"\n/>').usages.map((u) => [u.component, u.line, u.props.id])).toEqual([
			['Rec', 1, 'A'],
			['Cite', 1, 'b'],
		]);
	});
});

describe('figures come from the indicators', () => {
	it('matches areaIndicators for every indicator, and formats "n of N" and percentages', () => {
		const world = areaIndicators(ds, all, 'world');
		for (const id of INDICATOR_IDS) {
			const t = world.tallies[id]!;
			expect(figureValue(ds, all, { indicator: id }).value).toBe(t.exists);
			expect(figureValue(ds, all, { indicator: id, measure: 'unmapped' }).value).toBe(t.unmapped);
			const of = figureValue(ds, all, { indicator: id, format: 'of' });
			expect(of.text).toBe(`${t.exists.toLocaleString('en')} of ${world.countries.toLocaleString('en')}`);
		}
		const africa = areaSlugs(ds.regions).get('africa')!;
		const a = areaIndicators(ds, all, africa);
		const p = figureValue(ds, all, { indicator: 'child_helpline', area: 'africa', format: 'percent', of: 'mapped' });
		expect(p.text).toBe(`${Math.round((100 * a.tallies.child_helpline!.exists) / a.mapped)}%`);
		expect(p.href).toBe(`/recommendations/evidence/child_helpline/#area-${africa}`);
	});
	it('knows the world, regions and sub-regions by name', () => {
		const slugs = areaSlugs(ds.regions);
		expect(slugs.get('world')).toBe('world');
		expect([...slugs.keys()]).toEqual(expect.arrayContaining(['africa', 'europe', 'eastern-africa', 'south-eastern-asia']));
	});
	it('selects the records behind a claim', () => {
		const { records, total } = selectRecords(ds, { type: 'reporting_hotline', region: 'europe', limit: 3 });
		expect(records.length).toBeLessThanOrEqual(3);
		expect(total).toBeGreaterThanOrEqual(records.length);
		for (const r of records) expect(r.resource_type).toBe('reporting_hotline');
		expect(selectRecords(ds, { ids: ['global/take-it-down'] }).records[0]!.id).toBe('global/take-it-down');
	});
	it('writes external figures, dates and sizes for people', () => {
		expect(figureText(data.figures.get('chi-contacts-2023')!)).toBe('6,368,322 contacts');
		expect(figureText(data.figures.get('inhope-removal-days-elsewhere')!)).toBe('28 days or more');
		expect(longDate('2026-11-29')).toBe('29 November 2026');
	});
});

describe('PDF links after the build', () => {
	const page = (href: string) =>
		`<!doctype html><html><body><a class="pdf-link no-url" href="${href}" data-pdf-src="/recommendations/x/" data-pagefind-ignore>Download<span class="pdf-link__size" data-pdf-size="${href}"> (PDF)</span></a></body></html>`;
	it('finds the jobs, writes the size into the link, and the check accepts it', () => {
		const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-dist-'));
		fs.mkdirSync(path.join(dist, 'recommendations/x'), { recursive: true });
		fs.writeFileSync(path.join(dist, 'recommendations/x/index.html'), page('/recommendations/pdf/x.pdf'));
		expect(findPdfJobs(dist)).toEqual([{ pdf: '/recommendations/pdf/x.pdf', from: '/recommendations/x/' }]);
		expect(checkPdfLinks(dist)).toEqual(['recommendations/x/index.html: links to /recommendations/pdf/x.pdf, which does not exist']);
		fs.mkdirSync(path.join(dist, 'recommendations/pdf'), { recursive: true });
		const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 32)]);
		fs.writeFileSync(path.join(dist, 'recommendations/pdf/x.pdf'), pdf);
		fs.writeFileSync(path.join(dist, PDF_MANIFEST), JSON.stringify({ '/recommendations/pdf/x.pdf': { bytes: pdf.length, from: '/recommendations/x/' } }));
		expect(patchPdfLinks(dist, { '/recommendations/pdf/x.pdf': { bytes: pdf.length, from: '/recommendations/x/' } })).toBe(1);
		const html = fs.readFileSync(path.join(dist, 'recommendations/x/index.html'), 'utf8');
		expect(html).toContain(`> (${formatBytes(pdf.length)})</span></a>`);
		expect(html).toContain('> (3 kB)</span></a>');
		expect(checkPdfLinks(dist)).toEqual([]);
		fs.rmSync(dist, { recursive: true });
	});
	it('writes the size as the language of the page writes numbers, and checks it so', () => {
		const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-dist-'));
		const href = '/recommendations/pdf/z.pdf';
		const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2_478_472, 32)]);
		fs.mkdirSync(path.join(dist, 'recommendations/pdf'), { recursive: true });
		fs.writeFileSync(path.join(dist, 'recommendations/pdf/z.pdf'), pdf);
		const manifest = { [href]: { bytes: pdf.length, from: '/recommendations/x/' } };
		fs.writeFileSync(path.join(dist, PDF_MANIFEST), JSON.stringify(manifest));
		for (const lang of ['en', 'fr'] as const) {
			fs.mkdirSync(path.join(dist, lang), { recursive: true });
			fs.writeFileSync(path.join(dist, lang, 'index.html'), page(href).replace('<html>', `<html lang="${lang}">`));
		}
		expect(patchPdfLinks(dist, manifest)).toBe(2);
		expect(fs.readFileSync(path.join(dist, 'en/index.html'), 'utf8')).toContain('> (2.5 MB)</span></a>');
		expect(fs.readFileSync(path.join(dist, 'fr/index.html'), 'utf8')).toContain('> (2,5 MB)</span></a>');
		expect(checkPdfLinks(dist)).toEqual([]);
		// The French page showing the English figure is caught.
		const fr = path.join(dist, 'fr/index.html');
		fs.writeFileSync(fr, fs.readFileSync(fr, 'utf8').replace('2,5 MB', '2.5 MB'));
		expect(checkPdfLinks(dist)).toEqual([`fr/index.html: the link to ${href} says "(2.5 MB)", not its size 2,5 MB`]);
		// So is a size that merely contains the right one.
		fs.writeFileSync(fr, fs.readFileSync(fr, 'utf8').replace('(2.5 MB)', '(12,5 MB)'));
		expect(checkPdfLinks(dist)).toEqual([
			`fr/index.html: the link to ${href} says "(12,5 MB)", not its size 2,5 MB`,
		]);
		fs.rmSync(dist, { recursive: true });
	});
	it('replaces the link with a note when no PDF was made', () => {
		const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-dist-'));
		fs.writeFileSync(path.join(dist, 'index.html'), page('/recommendations/pdf/y.pdf'));
		patchPdfLinks(dist, {});
		const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
		expect(html).not.toContain('href="/recommendations/pdf/y.pdf"');
		expect(html).toContain('pdf-link--missing');
		expect(html).toContain(t('en', 'rec.pdf.missing'));
		expect(checkPdfLinks(dist)).toEqual([]);
		fs.rmSync(dist, { recursive: true });
	});
	it('writes that note in the language of the page it is on', () => {
		const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-dist-'));
		for (const lang of ['fr', 'ar', 'pt'] as const) {
			fs.mkdirSync(path.join(dist, lang), { recursive: true });
			const html = page('/recommendations/pdf/y.pdf').replace('<html>', `<html lang="${lang}" dir="ltr">`);
			fs.writeFileSync(path.join(dist, lang, 'index.html'), html);
		}
		patchPdfLinks(dist, {});
		for (const lang of ['fr', 'ar', 'pt'] as const) {
			const html = fs.readFileSync(path.join(dist, lang, 'index.html'), 'utf8');
			expect(t(lang, 'rec.pdf.missing')).not.toBe(t('en', 'rec.pdf.missing'));
			expect(html).toContain(t(lang, 'rec.pdf.missing').replace(/&/g, '&amp;'));
			expect(html).not.toContain(t('en', 'rec.pdf.missing'));
		}
		expect(pageLang('<html lang="xx">')).toBe('en');
		fs.rmSync(dist, { recursive: true });
	});
});

describe('the PDF reader', () => {
	/** A minimal PDF: catalog with MarkInfo, StructTreeRoot, Lang and a two-item outline, one page. */
	function minimalPdf(tagged: boolean, compressOutline: boolean): Buffer {
		const objs: string[] = [];
		objs[1] = `<</Type /Catalog /Pages 2 0 R${tagged ? ' /MarkInfo <</Marked true>> /StructTreeRoot 5 0 R' : ''} /Lang (en) /Outlines 6 0 R>>`;
		objs[2] = '<</Type /Pages /Kids [3 0 R] /Count 1>>';
		objs[3] = '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>';
		objs[4] = '<</Title (A \\(draft\\) title) /Producer (test)>>';
		objs[5] = '<</Type /StructTreeRoot /K [9 0 R]>>';
		objs[6] = '<</Type /Outlines /First 7 0 R /Last 8 0 R /Count 2>>';
		objs[9] = '<</Type /StructElem /S /H1 /P 5 0 R>>';
		const items = ['<</Title <FEFF00480065006C006C006F> /Parent 6 0 R /Next 8 0 R>>', '<</Title (Second) /Parent 6 0 R /Prev 7 0 R>>'];
		let body = '%PDF-1.4\n';
		for (const [i, o] of objs.entries()) if (o) body += `${i} 0 obj\n${o}\nendobj\n`;
		if (compressOutline) {
			const inner = `7 0 8 ${items[0]!.length + 1} `;
			const data = Buffer.from(`${inner}${items[0]}\n${items[1]}`, 'latin1');
			const z = zlib.deflateSync(data);
			return Buffer.concat([Buffer.from(`${body}10 0 obj\n<</Type /ObjStm /N 2 /First ${inner.length} /Filter /FlateDecode /Length ${z.length}>> stream\n`, 'latin1'), z, Buffer.from('\nendstream\nendobj\n%%EOF\n')]);
		}
		body += `7 0 obj\n${items[0]}\nendobj\n8 0 obj\n${items[1]}\nendobj\n%%EOF\n`;
		return Buffer.from(body, 'latin1');
	}
	it('reads tagging, language, title, pages and the outline, also from compressed object streams', () => {
		for (const compressed of [false, true]) {
			const info = inspectPdf(minimalPdf(true, compressed));
			expect(info).toMatchObject({ version: '1.4', pages: 1, marked: true, structTree: true, lang: 'en', title: 'A (draft) title', outline: ['Hello', 'Second'] });
			expect(info.structTypes).toContain('H1');
		}
	});
	it('says when a PDF is not tagged, and refuses what is not a PDF', () => {
		const info = inspectPdf(minimalPdf(false, false));
		expect(info.marked).toBe(false);
		expect(info.structTree).toBe(false);
		expect(() => inspectPdf(Buffer.from('<html>'))).toThrow(/not a PDF/);
		expect(decodePdfString('(a\\051b)')).toBe('a)b');
	});
});
