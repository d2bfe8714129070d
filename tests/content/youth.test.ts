/**
 * The live voices and good practice: every statement and practice through its exports and back,
 * every recommendation they name exists, and every English plain-words text of the chapters and
 * recommendations reads at the young readers' pages' grade.
 */
import { describe, expect, it } from 'vitest';
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
import { MAX_YOUNG_GRADE, readability } from '../../src/text/readability';
import { checkRecommendations } from '../../src/validate/recommendations/check';
import { figureIdsOf } from '../../src/validate/index';
import { recommendationRefProblems } from '../../src/validate/rules/recommendation-refs';
import { liveValidation } from './helpers';

const v = liveValidation();
const meta = exportMeta({ site: 'https://pop-atlas.example', version: '9.9.9', date: '2026-12-05' });
const files = v.voices.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id));
const practices = v.practices.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.id.localeCompare(b.id));
const recs = checkRecommendations(new Set(v.resources.map((r) => r.id)), figureIdsOf(v)).data!;

describe('live voices and practices', () => {
	it('every voice file and practice comes back from its JSON and CSV export', () => {
		expect(voicesFromJson(voicesJson(files, meta))).toEqual(files);
		expect(voicesFromCsv(voicesCsv(files, meta))).toEqual(files.map(canonicalVoiceFile));
		expect(practicesFromJson(practicesJson(practices, meta))).toEqual(practices);
		expect(practicesFromCsv(practicesCsv(practices, meta))).toEqual(practices.map(canonicalPractice));
	});
	it('name only recommendations that exist', () => {
		expect(recommendationRefProblems(v.voices, v.practices, recs.byId).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
	});
	it('some statements name a recommendation, so the chapters show young people’s words', () => {
		expect(files.flatMap((f) => f.statements).filter((s) => s.recommendations?.length).length).toBeGreaterThan(0);
	});
});

describe('plain words', () => {
	it(`every recommendation's plain-words text reads at grade ${MAX_YOUNG_GRADE} or below`, () => {
		const hard = recs.recommendations
			.map((r) => ({ id: r.id, grade: readability(r.young).fleschKincaid }))
			.filter((r) => r.grade > MAX_YOUNG_GRADE);
		expect(hard).toEqual([]);
	});
});
