/**
 * One validation per build (src/validate/shared.ts): the content config's result reaches the
 * pages once, and a process without one validates again rather than build from nothing.
 */
import { describe, expect, it } from 'vitest';
import { takeValidation, validateForBuild } from '../../src/validate/shared';
import { FIXTURE_CONTENT, fixtureValidation } from './helpers/repository';
import { datasetFromValidation } from '../../src/validate/index';
import { resourceSchema } from '../../src/schemas/resource';

describe('validation shared between the content config and the pages', () => {
	it('hands the build its own result once, then validates again', () => {
		const before = process.env.POP_CONTENT_DIR;
		process.env.POP_CONTENT_DIR = FIXTURE_CONTENT;
		try {
			check();
		} finally {
			if (before === undefined) delete process.env.POP_CONTENT_DIR;
			else process.env.POP_CONTENT_DIR = before;
		}
	});
	function check() {
		const first = validateForBuild();
		expect(first.resources.length).toBeGreaterThan(0);
		// The very object, not a copy: the pages build from what the content config checked.
		expect(takeValidation()).toBe(first);
		const again = takeValidation();
		expect(again).not.toBe(first);
		expect(again.resources.map((r) => r.id)).toEqual(first.resources.map((r) => r.id));
	}
});

describe('the dataset lists every record in its schema key order', () => {
	it("whatever the order of the record's file", () => {
		const v = fixtureValidation();
		const ds = datasetFromValidation(v);
		const order = [...Object.keys(resourceSchema.shape), 'id'];
		for (const r of ds.resources) {
			const keys = Object.keys(r);
			expect(keys).toEqual(order.filter((k) => keys.includes(k)));
		}
		// The fixtures' files do not all follow that order, so the parse did the ordering.
		expect(
			v.resources.some((e) => {
				const keys = Object.keys(e.data);
				return keys.join() !== order.filter((k) => keys.includes(k)).join();
			}),
		).toBe(true);
	});
});
