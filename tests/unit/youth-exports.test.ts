/**
 * Open data of young people's voices and good practice (voices.json/.csv, practices.json/.csv):
 * every file round-trips to the fixture files it was written from, quotes keep every character,
 * counts are what the downloads page says, and the catalogue publishes all four.
 */
import { describe, expect, it } from 'vitest';
import { buildDataFiles, DATA_FILES, type ExportContext } from '../../src/exports/catalogue';
import { parseCsvObjects } from '../../src/exports/csv';
import { exportMeta } from '../../src/exports/meta';
import {
	canonicalPractice,
	canonicalVoiceFile,
	practicesCsv,
	practicesFromCsv,
	practicesFromJson,
	practicesJson,
	voicesCsv,
	voicesFromCsv,
	voicesFromJson,
	voicesJson,
} from '../../src/exports/youth';
import { allCountryIndicators } from '../../src/model/indicators';
import { practiceSchema } from '../../src/schemas/practice';
import { voiceFileSchema } from '../../src/schemas/voices';
import { fixturePractices, fixtureRepository, fixtureVoiceFiles } from './helpers/youth';

const meta = exportMeta({
	site: 'https://pop-atlas.example',
	version: '9.9.9',
	date: '2026-11-29',
});
const files = fixtureVoiceFiles();
const practices = fixturePractices();
const byId = <T extends { id: string }>(list: T[]) =>
	[...list].sort((a, b) => a.id.localeCompare(b.id));
const statements = files.flatMap((f) => f.statements);

describe('voices', () => {
	it('the fixture has statements with quotes, commas, another language and a review (else the tests prove little)', () => {
		expect(statements.length).toBe(4);
		expect(statements.some((s) => s.text.includes('"') && s.text.includes(','))).toBe(true);
		expect(statements.some((s) => s.translation_en)).toBe(true);
		expect(files.some((f) => f.youth_review)).toBe(true);
	});
	it('JSON gives back every file exactly; count is the number of statements', () => {
		const text = voicesJson(files, meta);
		expect(voicesFromJson(text)).toEqual(byId(files));
		const doc = JSON.parse(text) as { count: number; sources: number; licence: { id: string } };
		expect([doc.count, doc.sources, doc.licence.id]).toEqual([4, 2, 'CC-BY-4.0']);
	});
	it('CSV has one row per statement with its source, and gives back every field', () => {
		const text = voicesCsv(files, meta);
		const rows = parseCsvObjects(text);
		expect(rows.map((r) => r.id)).toEqual(
			byId(files).flatMap((f) => f.statements.map((s) => s.id)),
		);
		for (const s of statements) expect(rows.find((r) => r.id === s.id)!.text).toBe(s.text);
		const row = rows.find((r) => r.id === 'example-helpline-report-2')!;
		expect(row['speaker.age_band']).toBe('13_15');
		expect(row.themes).toBe('reporting | platforms');
		expect(row['source.note']).toContain('composites');
		expect(row.page).toBe('https://pop-atlas.example/voices/#example-helpline-report-2');
		expect(row.licence).toBe('CC-BY-4.0');
		expect(voicesFromCsv(text)).toEqual(byId(files).map(canonicalVoiceFile));
	});
	it('what CSV gives back still passes the schema', () => {
		for (const { id: _id, ...f } of voicesFromCsv(voicesCsv(files, meta)))
			expect(voiceFileSchema.safeParse(f).success).toBe(true);
	});
});

describe('practices', () => {
	it('JSON gives back every practice exactly', () => {
		const text = practicesJson(practices, meta);
		expect(practicesFromJson(text)).toEqual(byId(practices));
		expect((JSON.parse(text) as { count: number }).count).toBe(3);
	});
	it('CSV has one row per practice and gives back every field, figures and quotes included', () => {
		const text = practicesCsv(practices, meta);
		const rows = parseCsvObjects(text);
		expect(rows.map((r) => r.id)).toEqual(byId(practices).map((p) => p.id));
		const chat = rows.find((r) => r.id === 'example-chat')!;
		expect(chat.countries).toBe('KE');
		expect(chat.recommendations).toBe('POP-CP-01 | POP-CYP-01');
		expect((JSON.parse(chat.outcomes!) as { quote?: string }[])[0]!.quote).toBe(
			'In its first year the chat answered 1,500 conversations, "more than we hoped".',
		);
		expect(chat.page).toBe('https://pop-atlas.example/practices/example-chat/');
		expect(practicesFromCsv(text)).toEqual(byId(practices).map(canonicalPractice));
		for (const { id: _id, ...p } of practicesFromCsv(text))
			expect(practiceSchema.safeParse(p).success).toBe(true);
	});
});

describe('in the catalogue', () => {
	const ds = fixtureRepository();
	const ctx: ExportContext = {
		ds,
		indicators: allCountryIndicators(ds, ds.knownAbsent),
		meta,
		git: { files: new Map() },
		youth: { voices: files, practices },
	};
	const built = buildDataFiles(ctx);
	it('publishes the four files with the counts the downloads page shows', () => {
		const count = (p: string) => DATA_FILES.find((f) => f.path === p)!.count(ctx);
		expect(['voices.json', 'voices.csv', 'practices.json', 'practices.csv'].map(count)).toEqual([
			4, 4, 3, 3,
		]);
		expect(parseCsvObjects(built.get('voices.csv')!)).toHaveLength(4);
		expect(parseCsvObjects(built.get('practices.csv')!)).toHaveLength(3);
	});
	it('without voices or practices, writes empty files rather than failing', () => {
		const { youth: _y, ...withoutYouth } = ctx;
		const empty = buildDataFiles(withoutYouth);
		expect((JSON.parse(empty.get('voices.json')!) as { count: number }).count).toBe(0);
		expect(parseCsvObjects(empty.get('practices.csv')!)).toEqual([]);
	});
});
