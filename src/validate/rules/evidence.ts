import type { FigureFile } from '../../schemas/evidence';
import type { Practice } from '../../schemas/practice';
import type { VoiceFile } from '../../schemas/voices';
import type { Entry } from '../index';
import { fieldName, type Problem } from '../problem';
import { locate } from '../yaml-file';

/**
 * Rules across the evidence files: figure and statement ids are unique; a figure, statement or
 * practice that names a record names one that exists; a practice cites sources it lists.
 */
export function evidenceRules(
	figures: Entry<FigureFile>[],
	voices: Entry<VoiceFile>[],
	practices: Entry<Practice>[],
	recordIds: Set<string>,
): Problem[] {
	const out: Problem[] = [];
	const at = (
		e: Entry<unknown>,
		path: (string | number)[],
		rule: string,
		message: string,
		hint: string,
	) =>
		out.push({
			file: e.file,
			...locate(e.parsed, path),
			field: fieldName(path),
			message,
			hint,
			severity: 'error',
			rule,
		});
	const seen = new Map<string, string>();
	for (const f of figures)
		f.data.figures.forEach((x, i) => {
			const other = seen.get(`figure:${x.id}`);
			if (other)
				at(
					f,
					['figures', i, 'id'],
					'duplicate-id',
					`the figure id ${x.id} is already used in ${other}`,
					'give each figure its own id',
				);
			else seen.set(`figure:${x.id}`, f.file);
			if (x.service && !recordIds.has(x.service))
				at(
					f,
					['figures', i, 'service'],
					'unknown-related',
					`there is no record content/resources/${x.service}.yaml`,
					'check the id, or leave service out',
				);
			if (x.unit === 'percent' && x.value > 100)
				at(
					f,
					['figures', i, 'value'],
					'figure-percent',
					`${x.value} is more than 100 percent`,
					'a share is written 0 to 100',
				);
		});
	for (const v of voices)
		v.data.statements.forEach((x, i) => {
			const other = seen.get(`statement:${x.id}`);
			if (other)
				at(
					v,
					['statements', i, 'id'],
					'duplicate-id',
					`the statement id ${x.id} is already used in ${other}`,
					'give each statement its own id',
				);
			else seen.set(`statement:${x.id}`, v.file);
		});
	for (const p of practices) {
		(p.data.records ?? []).forEach((id, i) => {
			if (!recordIds.has(id))
				at(
					p,
					['records', i],
					'unknown-related',
					`there is no record content/resources/${id}.yaml`,
					'check the id',
				);
		});
		const n = p.data.sources.length;
		for (const key of ['outcomes', 'challenges', 'lessons'] as const)
			(p.data[key] ?? []).forEach((x, i) => {
				if (x.source >= n)
					at(
						p,
						[key, i, 'source'],
						'practice-source',
						`source ${x.source} does not exist (the practice lists ${n})`,
						'sources are counted from 0 in the order of `sources`',
					);
			});
	}
	return out;
}
