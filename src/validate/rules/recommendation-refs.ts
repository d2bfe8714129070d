/**
 * Statements (content/voices/) and practices (content/practices/) may name the recommendations
 * they bear on; each id must be one of data/recommendations/. Run by `npm run validate` and by the
 * content loader, which knows the recommendations only after the per-file validation.
 */
import type { Practice } from '../../schemas/practice';
import type { VoiceFile } from '../../schemas/voices';
import type { Entry } from '../index';
import { fieldName, type Problem } from '../problem';
import { locate } from '../yaml-file';

export function recommendationRefProblems(
	voices: Entry<VoiceFile>[],
	practices: Entry<Practice>[],
	known: { has: (id: string) => boolean },
): Problem[] {
	const out: Problem[] = [];
	const check = (e: Entry<unknown>, ids: string[] | undefined, at: (string | number)[]) =>
		(ids ?? []).forEach((id, i) => {
			if (known.has(id)) return;
			const path = [...at, i];
			out.push({
				file: e.file,
				...locate(e.parsed, path),
				field: fieldName(path),
				message: `there is no recommendation ${id}`,
				hint: 'use an id from data/recommendations/*.yaml, e.g. POP-GOV-01',
				severity: 'error',
				rule: 'unknown-recommendation',
			});
		});
	for (const v of voices)
		v.data.statements.forEach((s, i) =>
			check(v, s.recommendations, ['statements', i, 'recommendations']),
		);
	for (const p of practices) check(p, p.data.recommendations, ['recommendations']);
	return out;
}
