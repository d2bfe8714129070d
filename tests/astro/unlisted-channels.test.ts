/**
 * A way to reach a service that its census source lists without an address is named on the record
 * page, in the page's language, with the census date; a record without such kinds shows nothing.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import UnlistedChannels from '../../src/components/UnlistedChannels.astro';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const census = (offered_unlisted?: string[]) => ({
	channel_census: {
		checked: '2026-12-05',
		source: 'https://example.org/contact',
		not_offered: ['voice'],
		...(offered_unlisted ? { offered_unlisted } : {}),
	},
});
const render = (record: object, lang: string) =>
	container.renderToString(UnlistedChannels, { props: { record, lang } });

describe('channels a census lists without an address', () => {
	it('names them with the census date, in the page language', async () => {
		const en = await render(census(['whatsapp', 'web_chat']), 'en');
		expect(en).toContain('The service also lists WhatsApp, Web chat among its ways to be reached');
		expect(en).toContain('(checked December 5, 2026)');
		const fr = await render(census(['web_chat']), 'fr');
		expect(fr).toContain('Le service indique aussi Chat en ligne');
		expect(fr).toContain('décembre 2026');
	});
	it('shows nothing when there are none, or no census', async () => {
		expect((await render(census(), 'en')).trim()).toBe('');
		expect((await render(census([]), 'en')).trim()).toBe('');
		expect((await render({}, 'en')).trim()).toBe('');
	});
});
