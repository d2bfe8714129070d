/**
 * Young people's voices and good practice as open data, next to the records:
 * - voices.json: every voice file exactly as written (one per source, with its `id`), statements
 *   inside; `count` is the number of statements.
 * - voices.csv: one row per statement; the speaker's fields as `speaker.age` …, the source file's
 *   fields as `file`, `source.title` …, `gathered_by`, `participants`; lists of codes joined with
 *   ` | `; `youth_review` as JSON in its cell.
 * - practices.json: every practice exactly as written, with its `id`.
 * - practices.csv: one row per practice; lists of codes joined with ` | `, lists of objects
 *   (`outcomes`, `challenges`, `lessons`, `sources`, `youth_review`) as JSON in their cells.
 * As in records.csv, an empty cell means "not stated", and `page`, `licence` and `citation` are
 * added columns that are not read back.
 */
import type { PracticeEntry } from '../model/practices';
import type { VoiceFileEntry } from '../model/voices';
import { practiceUrl, voiceUrl } from '../site/youth-routes';
import { parseCsvObjects, toCsv } from './csv';
import { idFirst, jsonHeader, type ExportMeta } from './meta';
import {
	jsonColumn,
	listColumn,
	nestedColumn,
	textColumn,
	type Column,
	type Json,
} from './records';

type Row = Json;

/** Voice files as one JSON document; `count` is the number of statements. */
export function voicesJson(files: VoiceFileEntry[], meta: ExportMeta): string {
	const sorted = [...files].sort((a, b) => a.id.localeCompare(b.id));
	return JSON.stringify({
		...jsonHeader(meta),
		count: sorted.reduce((n, f) => n + f.statements.length, 0),
		sources: sorted.length,
		voices: sorted.map(idFirst),
	});
}

/** Reads voice files back from the JSON export. */
export function voicesFromJson(text: string): VoiceFileEntry[] {
	return (JSON.parse(text) as { voices: VoiceFileEntry[] }).voices;
}

const STATEMENT_COLUMNS: Column<Row>[] = [
	textColumn('id'),
	textColumn('text'),
	textColumn('language'),
	textColumn('translation_en'),
	nestedColumn('speaker', 'age', 'int'),
	nestedColumn('speaker', 'age_band', 'text'),
	nestedColumn('speaker', 'age_text', 'text'),
	nestedColumn('speaker', 'gender', 'text'),
	nestedColumn('speaker', 'country', 'text'),
	nestedColumn('speaker', 'region', 'text'),
	textColumn('year'),
	textColumn('where'),
	listColumn('themes', true),
	listColumn('recommendations', false),
];
/** The file's fields, repeated on each of its statements' rows. */
const FILE_COLUMNS: Column<Row>[] = [
	textColumn('file'),
	nestedColumn('source', 'title', 'text'),
	nestedColumn('source', 'publisher', 'text'),
	nestedColumn('source', 'url', 'text'),
	nestedColumn('source', 'published', 'text'),
	nestedColumn('source', 'accessed', 'text'),
	nestedColumn('source', 'kind', 'text'),
	nestedColumn('source', 'note', 'text'),
	textColumn('gathered_by'),
	textColumn('participants'),
	jsonColumn('youth_review'),
];

/** One row per statement (layout in the module comment). */
export function voicesCsv(files: VoiceFileEntry[], meta: ExportMeta): string {
	const sorted = [...files].sort((a, b) => a.id.localeCompare(b.id));
	const header = [
		...STATEMENT_COLUMNS.map((c) => c.name),
		...FILE_COLUMNS.map((c) => c.name),
		'page',
		'licence',
		'citation',
	];
	const rows = sorted.flatMap((f) => {
		const file: Row = { ...f, file: f.id };
		return f.statements.map((s) => [
			...STATEMENT_COLUMNS.map((c) => c.get(s as unknown as Row)),
			...FILE_COLUMNS.map((c) => c.get(file)),
			`${meta.site}${voiceUrl(s.id)}`,
			meta.licence.id,
			meta.citation,
		]);
	});
	return toCsv(header, rows);
}

/** Reads voice files back from the CSV export, in the canonical form (see `canonicalVoiceFile`). */
export function voicesFromCsv(text: string): VoiceFileEntry[] {
	const files = new Map<string, Row>();
	for (const row of parseCsvObjects(text)) {
		const id = row.file ?? '';
		let f = files.get(id);
		if (!f) {
			f = {};
			for (const col of FILE_COLUMNS) col.set?.(f, row[col.name] ?? '');
			f.id = id;
			delete f.file;
			f.statements = [];
			files.set(id, f);
		}
		const s: Row = {};
		for (const col of STATEMENT_COLUMNS) col.set?.(s, row[col.name] ?? '');
		(f.statements as Row[]).push(s);
	}
	return [...files.values()].map((f) => {
		const { id, ...rest } = f;
		return { id, ...rest } as unknown as VoiceFileEntry;
	});
}

/** What the CSV cannot tell from "not stated": an empty list of recommendations is dropped. */
export function canonicalVoiceFile(f: VoiceFileEntry): VoiceFileEntry {
	return {
		...f,
		statements: f.statements.map((s) => {
			const out = { ...s };
			if (out.recommendations && !out.recommendations.length) delete out.recommendations;
			return out;
		}),
	};
}

const PRACTICE_COLUMNS: Column<Row>[] = [
	textColumn('id'),
	textColumn('title'),
	textColumn('summary'),
	textColumn('summary_young'),
	textColumn('kind'),
	listColumn('countries', true),
	listColumn('regions', false),
	textColumn('period'),
	textColumn('what_was_done'),
	jsonColumn('outcomes'),
	jsonColumn('challenges'),
	jsonColumn('lessons'),
	textColumn('youth_role'),
	listColumn('records', false),
	listColumn('recommendations', false),
	jsonColumn('sources'),
	jsonColumn('youth_review'),
];

const sortById = (list: PracticeEntry[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Practices as one JSON document. */
export function practicesJson(practices: PracticeEntry[], meta: ExportMeta): string {
	const sorted = sortById(practices);
	return JSON.stringify({
		...jsonHeader(meta),
		count: sorted.length,
		practices: sorted.map(idFirst),
	});
}

/** Reads practices back from the JSON export. */
export function practicesFromJson(text: string): PracticeEntry[] {
	return (JSON.parse(text) as { practices: PracticeEntry[] }).practices;
}

/** One row per practice (layout in the module comment). */
export function practicesCsv(practices: PracticeEntry[], meta: ExportMeta): string {
	const header = [...PRACTICE_COLUMNS.map((c) => c.name), 'page', 'licence', 'citation'];
	const rows = sortById(practices).map((p) => [
		...PRACTICE_COLUMNS.map((c) => c.get(p as unknown as Row)),
		`${meta.site}${practiceUrl(p.id)}`,
		meta.licence.id,
		meta.citation,
	]);
	return toCsv(header, rows);
}

/** Reads practices back from the CSV export, in the canonical form (see `canonicalPractice`). */
export function practicesFromCsv(text: string): PracticeEntry[] {
	return parseCsvObjects(text).map((row) => {
		const p: Row = {};
		for (const col of PRACTICE_COLUMNS) col.set?.(p, row[col.name] ?? '');
		return p as unknown as PracticeEntry;
	});
}

/** What the CSV cannot tell from "not stated": empty optional lists are dropped. */
export function canonicalPractice(p: PracticeEntry): PracticeEntry {
	const out = { ...p };
	for (const key of ['regions', 'records', 'recommendations', 'lessons'] as const)
		if (out[key] && !out[key].length) delete out[key];
	return out;
}
