/** The order of services for someone who needs help now (sortForHelp), used by country pages and the embed. */
import { describe, expect, it } from 'vitest';
import { sortForHelp, type ResourceEntry } from '../../src/model/dataset';
import { datasetFromValidation } from '../../src/validate/index';
import { validateRepository } from '../../src/validate/index';

const ds = datasetFromValidation(validateRepository());
const base = ds.byCountry.get('GB')!.find((r) => r.id === 'gb/childline')!;
const variant = (id: string, patch: Partial<ResourceEntry>): ResourceEntry => ({ ...base, id, name: `Z ${id}`, ...patch });
const paid = base.channels.map((c) => ({ ...c, cost: 'standard_rate' as const }));
const daytime = base.channels.map((c) => ({ ...c, hours: 'unknown' as const }));

describe('sortForHelp', () => {
	it('puts a line for children before a line only for the adults around them, whatever the names', () => {
		const parents = variant('x/a-parents-line', { name: 'A parents line', audiences: ['parents_carers'] });
		const children = variant('x/z-children-line', { name: 'Z children line' });
		expect(sortForHelp([parents, children]).map((r) => r.id)).toEqual(['x/z-children-line', 'x/a-parents-line']);
	});
	it('then a line open 24/7 before one with other hours, then free before paid', () => {
		const a = variant('x/a', { name: 'A', channels: daytime });
		const b = variant('x/b', { name: 'B', channels: paid });
		const c = variant('x/c', { name: 'C' });
		expect(sortForHelp([a, b, c]).map((r) => r.id)).toEqual(['x/c', 'x/b', 'x/a']);
	});
	it('keeps the type order first: a child helpline before a reporting hotline', () => {
		const hotline = variant('x/a-hotline', { name: 'A', resource_type: 'reporting_hotline' });
		const parents = variant('x/z-parents', { name: 'Z', audiences: ['parents_carers'], channels: paid });
		expect(sortForHelp([hotline, parents]).map((r) => r.id)).toEqual(['x/z-parents', 'x/a-hotline']);
	});
	it('lists Chile\'s lines for children before its line for parents', () => {
		const cl = sortForHelp(ds.byCountry.get('CL')!).filter((r) => r.resource_type === 'child_helpline').map((r) => r.id);
		expect(cl.indexOf('cl/fonoinfancia')).toBe(cl.length - 1);
	});
});
