/** The one slug function (src/text/slug.ts): names in many scripts become file names and ids. */
import { describe, expect, it } from 'vitest';
import { slugGaps, slugify, transliterate } from '../../src/text/slug';
import { areaSlugs } from '../../src/model/recommendation-evidence';

describe('slugify', () => {
	it('keeps ASCII names as they were: lower case, single hyphens, & as and', () => {
		expect(slugify('Línea Azul & Co — 116 111')).toBe('linea-azul-and-co-116-111');
		expect(slugify('  Kids Help Phone (Canada)  ')).toBe('kids-help-phone-canada');
		expect(slugify('Sub-Saharan Africa')).toBe('sub-saharan-africa');
	});
	it('Turkish: dotless ı and dotted İ, ş, ğ, ç (the ı used to be dropped)', () => {
		expect(slugify('Çocuk Işığı Hattı', { lang: 'tr' })).toBe('cocuk-isigi-hatti');
		expect(slugify('İHBAR HATTI')).toBe('ihbar-hatti');
		expect(slugify('Aile ve Sosyal Hizmetler Bakanlığı Destek Hattı')).toBe(
			'aile-ve-sosyal-hizmetler-bakanligi-destek-hatti',
		);
	});
	it('German: ß always, and ä ö ü written ae oe ue when the language is German', () => {
		expect(slugify('Nummer gegen Kummer – Elterntelefon Süd', { lang: 'de' })).toBe(
			'nummer-gegen-kummer-elterntelefon-sued',
		);
		expect(slugify('Jugendschutz Straße Öffentlich', { lang: 'de-AT' })).toBe(
			'jugendschutz-strasse-oeffentlich',
		);
		// Without the language (or in Turkish, Swedish …) the marks just go.
		expect(slugify('Öffentliche Straße')).toBe('offentliche-strasse');
		expect(slugify('Gölcük Ücretsiz', { lang: 'tr' })).toBe('golcuk-ucretsiz');
	});
	it('Nordic: å, ø and æ', () => {
		expect(slugify('Børns Vilkår', { lang: 'da' })).toBe('borns-vilkar');
		expect(slugify('Kors på halsen', { lang: 'nb' })).toBe('kors-pa-halsen');
		expect(slugify('Ærøskøbing Ungdomslinje')).toBe('aeroskobing-ungdomslinje');
	});
	it('Cyrillic: Russian, and the Ukrainian, Bulgarian and Serbian conventions', () => {
		expect(slugify('Детский телефон доверия', { lang: 'ru' })).toBe('detskiy-telefon-doveriya');
		expect(slugify('Ла Страда-Україна', { lang: 'uk' })).toBe('la-strada-ukraina');
		expect(slugify('Гаряча лінія', { lang: 'uk' })).toBe('hariacha-liniia');
		expect(slugify('Национална телефонна линия за деца', { lang: 'bg' })).toBe(
			'natsionalna-telefonna-liniya-za-detsa',
		);
		expect(slugify('Ђачки телефон Жута кућа', { lang: 'sr' })).toBe('djacki-telefon-zuta-kuca');
		expect(slugify('Қазақстан телефоны')).toBe('qazaqstan-telefony');
	});
	it('Greek (ELOT 743): accents off, ου, αυ/ευ before a voiceless consonant, diaeresis kept apart', () => {
		expect(slugify('Χαμόγελο του Παιδιού', { lang: 'el' })).toBe('chamogelo-tou-paidiou');
		expect(slugify('Ευρωπαϊκή Γραμμή 116 111')).toBe('evropaiki-grammi-116-111');
		expect(slugify('Αυτό')).toBe('afto');
		expect(slugify('Αγγελία')).toBe('angelia');
		expect(transliterate('προϋπόθεση')).toBe('proypothesi');
	});
	it('Arabic script: consonants and long vowels, Arabic-Indic digits; flagged as rough', () => {
		expect(slugify('خط نجدة الطفل', { lang: 'ar' })).toBe('kht-njda-altfl');
		expect(slugify('خط ١١٦')).toBe('kht-116');
		expect(slugify('خط کمک کودک', { lang: 'fa' })).toBe('kht-kmk-kwdk');
		expect(slugGaps('خط نجدة الطفل')).toEqual({ dropped: '', rough: true });
		expect(slugGaps('Childline Kenya')).toEqual({ dropped: '', rough: false });
	});
	it('Vietnamese: every tone and vowel mark, and đ', () => {
		expect(slugify('Tổng đài quốc gia bảo vệ trẻ em 111', { lang: 'vi' })).toBe(
			'tong-dai-quoc-gia-bao-ve-tre-em-111',
		);
		expect(slugify('Đường dây nóng Ngày mai')).toBe('duong-day-nong-ngay-mai');
	});
	it('other Latin letters without a decomposition: ł, œ, ð, þ, ə, ʻ', () => {
		expect(slugify('Telefon Zaufania dla Dzieci i Młodzieży')).toBe(
			'telefon-zaufania-dla-dzieci-i-mlodziezy',
		);
		expect(slugify('Þjóðlína Bœuf')).toBe('thjodlina-boeuf');
		expect(slugify('Uşaq Qaynar Xətti')).toBe('usaq-qaynar-xetti');
		expect(slugify('Oʻzbekiston')).toBe('ozbekiston');
	});
	it('letters of scripts without a table are left out, and said so', () => {
		expect(slugify('こどものSOS')).toBe('sos');
		expect(slugify('子供の電話')).toBe('');
		expect(slugGaps('こどものSOS').dropped).toBe('こどもの');
	});
	it('cuts a long slug at a hyphen, never in the middle of a word when it can', () => {
		const long =
			'National Child Helpline Service of the Ministry of Gender Children and Social Protection';
		const s = slugify(long);
		expect(s.length).toBeLessThanOrEqual(60);
		expect(long.toLowerCase().replace(/ /g, '-').startsWith(s)).toBe(true);
		expect(s).toBe('national-child-helpline-service-of-the-ministry-of-gender');
		expect(slugify(long, { max: 20 })).toBe('national-child');
	});
	it('is the slug the recommendations use for area names', () => {
		const m = areaSlugs([
			{ code: '002', name: 'Africa', subregions: [{ code: '202', name: 'Sub-Saharan Africa' }] },
		] as Parameters<typeof areaSlugs>[0]);
		expect(m.get('sub-saharan-africa')).toBe('202');
	});
});
