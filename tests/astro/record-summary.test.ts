/**
 * A record's line for children in the reader's language: the help-now block shows the translation
 * with its language, says when no native speaker has checked it yet, and falls back to the
 * English (marked as English) where the record has no translation.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RecordSummary from '../../src/components/RecordSummary.astro';
import { t } from '../../src/i18n/index';
import { recordText } from '../../src/text/labels';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const record = {
	name: 'Example Child Helpline',
	description: 'A fictional helpline.',
	summary_child: 'Call 116 for free, any time.',
	translations: {
		fr: {
			summary_child: 'Appelle le 116 gratuitement, à toute heure.',
			status: 'awaiting_review' as const,
		},
		es: {
			summary_child: 'Llama al 116 gratis, a cualquier hora.',
			status: 'reviewed' as const,
		},
	},
};
const arabic = {
	...record,
	summary_child: 'Call 116 111 or +44 800 1111 for free, up to 18.',
	translations: {
		ar: {
			summary_child: 'اتصل بالرقم 116 111 أو +44 800 1111 مجانًا، حتى سن 18.',
			status: 'awaiting_review' as const,
		},
	},
};
const render = (lang: 'en' | 'fr' | 'es' | 'ar') =>
	container.renderToString(RecordSummary, {
		props: { text: recordText(record, lang).summary_child!, lang },
	});

describe('a record’s line for children', () => {
	it('lays out each number of an Arabic line left to right, so its groups keep their order', async () => {
		const html = await container.renderToString(RecordSummary, {
			props: { text: recordText(arabic, 'ar').summary_child!, lang: 'ar' },
		});
		expect(html).toContain('lang="ar"');
		expect(html.match(/<bdi dir="ltr">[^<]*<\/bdi>/g)).toEqual([
			'<bdi dir="ltr">116 111</bdi>',
			'<bdi dir="ltr">+44 800 1111</bdi>',
			'<bdi dir="ltr">18</bdi>',
		]);
		expect(html).toContain(t('ar', 'record.translationUnchecked'));
	});
	it('leaves left-to-right lines as they are', async () => {
		expect(await render('fr')).not.toContain('<bdi');
	});
	it('shows an unchecked translation in its language, and says it is unchecked', async () => {
		const html = await render('fr');
		expect(html).toContain('lang="fr"');
		expect(html).toContain('Appelle le 116 gratuitement, à toute heure.');
		expect(html).toContain(t('fr', 'record.translationUnchecked'));
	});
	it('shows a checked translation without the note', async () => {
		const html = await render('es');
		expect(html).toContain('lang="es"');
		expect(html).toContain('Llama al 116 gratis, a cualquier hora.');
		expect(html).not.toContain(t('es', 'record.translationUnchecked'));
	});
	it('falls back to the English, marked as English, where there is no translation', async () => {
		const html = await render('ar');
		expect(html).toContain('lang="en"');
		expect(html).toContain('Call 116 for free, any time.');
		expect(html).not.toContain(t('ar', 'record.translationUnchecked'));
	});
});
