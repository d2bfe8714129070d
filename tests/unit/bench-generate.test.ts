/**
 * The benchmark's synthetic records are records the validator accepts: a generator that writes
 * what the rules refuse (an unquoted NO or 22:00, look-alike hosts, a translation whose numbers
 * differ) would make `npm run bench` stop before it measures anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate';
import { formatProblem, validateRepository } from '../../src/validate/index';
import { countryTimeZones } from '../../src/validate/rules/hours';

describe('benchmark generator', () => {
	// 3,000 records reach nearly every country, including those the time-zone data know no zone
	// for (Kosovo, uninhabited territories), whose hours the hours rule must not refuse.
	it('writes 3,000 records with 0 validation errors', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-bench-gen-'));
		const today = '2026-12-05';
		const res = generate({ count: 3000, dir, seed: 7, today });
		const before = { content: process.env.POP_CONTENT_DIR, today: process.env.POP_TODAY };
		process.env.POP_CONTENT_DIR = dir;
		// The generator moves today up to the newest date of the real records it copies (res.today).
		expect(res.today >= today).toBe(true);
		process.env.POP_TODAY = res.today;
		try {
			const v = validateRepository();
			const errors = v.problems.filter((p) => p.severity === 'error').map(formatProblem);
			expect(errors.slice(0, 10)).toEqual([]);
			expect(v.resources.length).toBe(res.resources + res.anchors);
			// Some synthetic records carry a translation, so the translations rule is exercised.
			expect(v.resources.some((r) => r.data.translations)).toBe(true);
			const zoneless = v.resources.filter(
				(r) =>
					r.data.countries.length > 0 &&
					r.data.countries.every((c) => countryTimeZones(c).length === 0) &&
					r.data.channels.some((c) => c.hours !== 'unknown' && 'timezone' in c.hours),
			);
			expect(zoneless.length).toBeGreaterThan(0);
		} finally {
			for (const [k, val] of [
				['POP_CONTENT_DIR', before.content],
				['POP_TODAY', before.today],
			] as const)
				if (val === undefined) delete process.env[k];
				else process.env[k] = val;
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
