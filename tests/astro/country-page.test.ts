/**
 * The country page's help-now block and service list, rendered with Astro's container API on the
 * real records and on a country with many services (made by copying real records), so the limits
 * that keep a page light are tested even though no country in the dataset reaches them yet.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CountryServices from '../../src/components/CountryServices.astro';
import HelpNow from '../../src/components/HelpNow.astro';
import {
	countryListing,
	countryView,
	HELP_NOW_FULL,
	HELP_NOW_NAMED,
	SERVICE_CARDS,
	SHORT_LIST,
	type CountryView,
} from '../../src/model/country';
import { type Dataset, type ResourceEntry } from '../../src/model/dataset';
import { datasetFromValidation } from '../../src/validate/index';
import { validateRepository } from '../../src/validate/index';

let container: AstroContainer;
let ds: Dataset;
beforeAll(async () => {
	container = await AstroContainer.create();
	const validation = validateRepository();
	const errors = validation.problems.filter((p) => p.severity === 'error');
	// A record refused by validation would silently vanish from the views below.
	expect(errors.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
	ds = datasetFromValidation(validation);
});

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
const copies = (r: ResourceEntry, n: number): ResourceEntry[] =>
	Array.from({ length: n }, (_, i) => ({
		...r,
		id: `${r.id}-${i + 1}`,
		name: `${r.name} ${i + 1}`,
	}));
/** GB with `n` copies of each of its helplines, reporting hotlines and other services. */
function crowded(n: number): CountryView {
	const gb = countryView(ds, 'GB');
	const helplines = gb.helplines.flatMap((r) => copies(r, n));
	const reporting = gb.reporting.flatMap((r) => copies(r, n));
	const others = gb.national
		.filter((r) => !gb.helplines.includes(r) && !gb.reporting.includes(r))
		.flatMap((r) => copies(r, n));
	return { ...gb, helplines, reporting, national: [...helplines, ...reporting, ...others] };
}
const render = async (view: CountryView) =>
	container.renderToString(HelpNow, {
		props: { view, emergency: ds.emergency.get(view.code), lang: 'en' },
	});
const renderServices = async (view: CountryView) =>
	container.renderToString(CountryServices, {
		props: { view, lang: 'en' },
		locals: { lang: 'en' },
	});

describe('help-now block', () => {
	it('shows every channel of each helpline of a country with a few, and no link onwards', async () => {
		const gb = countryView(ds, 'GB');
		expect(gb.helplines.length).toBeGreaterThan(0);
		expect(gb.helplines.length).toBeLessThanOrEqual(HELP_NOW_FULL);
		const html = await render(gb);
		expect(count(html, /class="help-now__service"/g)).toBe(gb.helplines.length);
		expect(html).toContain('href="tel:08001111"');
		expect(html).not.toContain('More helplines');
		expect(html).not.toContain(countryListing('GB'));
	});
	it('with many helplines: the first in full, the next by name, then a link to all services', async () => {
		const view = crowded(40);
		expect(view.helplines.length).toBeGreaterThan(HELP_NOW_FULL + HELP_NOW_NAMED);
		const html = await render(view);
		expect(count(html, /class="help-now__service"/g)).toBe(HELP_NOW_FULL);
		const named = html.slice(html.indexOf('More helplines'), html.indexOf('Emergency number'));
		expect(count(named, /<li>/g)).toBe(HELP_NOW_NAMED);
		expect(named).toContain(`/resources/${view.helplines[HELP_NOW_FULL]!.id}/`);
		expect(named).not.toContain(
			`/resources/${view.helplines[HELP_NOW_FULL + HELP_NOW_NAMED]!.id}/`,
		);
		const reporting = html.slice(html.indexOf('Report sexual images'), html.indexOf('Get a nude'));
		expect(count(reporting, /class="card"/g)).toBe(SHORT_LIST);
		expect(html).toContain(`href="${countryListing('GB')}"`);
		expect(html).toContain(`See all ${view.national.length} services in UK`);
	});
	it('keeps the emergency number whatever the number of services', async () => {
		const html = await render(crowded(40));
		expect(html).toContain('Emergency number');
		expect(html).toContain('href="tel:999"');
	});
});

describe('every service in the country', () => {
	it('lists each service as a card up to the limit', async () => {
		const gb = countryView(ds, 'GB');
		const html = await renderServices(gb);
		expect(count(html, /class="card"/g)).toBe(gb.national.length);
		expect(html).not.toContain(countryListing('GB'));
	});
	it('beyond the limit, counts by type that add up, and a link to the directory listing', async () => {
		const view = crowded(20);
		expect(view.national.length).toBeGreaterThan(SERVICE_CARDS);
		const html = await renderServices(view);
		expect(count(html, /class="card"/g)).toBe(0);
		const counts = [...html.matchAll(/<span class="meta">\((\d+)\)<\/span>/g)].map((m) =>
			Number(m[1]),
		);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(view.national.length);
		expect(html).toContain(`${view.national.length} services, by type:`);
		expect(html).toContain(`href="${countryListing('GB')}"`);
	});
});
