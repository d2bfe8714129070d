/**
 * Labels and short texts of the voices and good-practice pages in the reader's language: who said
 * a statement (never more than the source says), how it was gathered, a practice's kind, place and
 * period, and an outcome's figure. Text that comes from the data is in English and is returned with
 * `lang: 'en'` so pages can mark it up.
 */
import { t, type UiKey } from '../i18n/index';
import type { Lang } from '../i18n/languages';
import type { PracticeEntry, PracticeKind } from '../model/practices';
import { practicePeriod, WORLDWIDE } from '../model/practices';
import type { ReviewedItem, ReviewedKind } from '../model/youth-review';
import type { Practice } from '../schemas/practice';
import type { Statement, VoiceFile, VoiceTheme } from '../schemas/voices';
import { countryName, regionName, termLabel } from './labels';

/** A piece of text and the language it is in when that is not necessarily the page's. */
export interface Phrase {
	text: string;
	lang?: Lang;
}

export const themeLabel = (theme: VoiceTheme, lang: Lang) =>
	t(lang, `youth.theme.${theme}` as UiKey);
export const gatheredLabel = (how: VoiceFile['gathered_by'], lang: Lang) =>
	t(lang, `youth.gathered.${how}` as UiKey);
export const kindLabel = (kind: PracticeKind, lang: Lang) => t(lang, `youth.kind.${kind}` as UiKey);
export const reviewedKindLabel = (kind: ReviewedKind, lang: Lang) =>
	t(lang, `youth.reviewed.${kind}` as UiKey);
/** The name of a reviewed item: a country's name for a policy profile, else its title as written. */
export const reviewedTitle = (item: Pick<ReviewedItem, 'kind' | 'title'>, lang: Lang): Phrase =>
	item.kind === 'policy'
		? { text: countryName(item.title, lang) }
		: { text: item.title, lang: 'en' };

/**
 * Who said a statement: the source's own words (`age_text`) when the file gives them, else the
 * age or age band and gender the source states, else "age and gender not given".
 */
export function speakerWho(sp: Statement['speaker'], lang: Lang): Phrase {
	if (sp.age_text) return { text: sp.age_text, lang: 'en' };
	const g = sp.gender;
	if (sp.age !== undefined)
		return { text: t(lang, `youth.speaker.age.${g}` as UiKey, { age: sp.age }) };
	if (sp.age_band)
		return {
			text: t(lang, `youth.speaker.band.${g}` as UiKey, {
				band: termLabel('age-bands', sp.age_band, lang),
			}),
		};
	return { text: t(lang, `youth.speaker.gender.${g}` as UiKey) };
}

/** Where the speaker lives, as far as the source says: a country, a region, or nothing. */
export function speakerWhere(sp: Statement['speaker'], lang: Lang): string | undefined {
	if (sp.country) return countryName(sp.country, lang);
	if (sp.region) return regionName(sp.region, lang);
	return undefined;
}

/** Where a practice happened: its countries, else its regions, else "worldwide". */
export function practiceWhere(p: Pick<PracticeEntry, 'countries' | 'regions'>, lang: Lang): string {
	if (p.countries.length) return p.countries.map((c) => countryName(c, lang)).join(', ');
	if (p.regions?.length) return p.regions.map((r) => regionName(r, lang)).join(', ');
	return t(lang, 'youth.practices.worldwide');
}

/** A region group's heading: the region's name, or "worldwide". */
export const regionGroupLabel = (region: string, lang: Lang) =>
	region === WORLDWIDE ? t(lang, 'youth.practices.worldwide') : regionName(region, lang);

/** When a practice happened: "2021", "2019 to 2023", "since 2020". */
export function periodText(period: string, lang: Lang): string {
	const { from, to } = practicePeriod(period);
	if (to === null) return t(lang, 'youth.practice.since', { from });
	return from === to ? from : t(lang, 'youth.practice.range', { from, to });
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number in the reader's language, as precise as it is written. */
export function formatFigure(value: number, lang: Lang): string {
	let f = numberFormats.get(lang);
	if (!f) {
		f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
		numberFormats.set(lang, f);
	}
	return f.format(value);
}

/** An outcome's figure and period, e.g. "20,000" and "2009"; undefined when it has no figure. */
export function outcomeFigure(
	o: Practice['outcomes'][number],
	lang: Lang,
): { value: string; unit?: Phrase; period?: string } | undefined {
	if (o.value === undefined) return undefined;
	return {
		value: formatFigure(o.value, lang),
		...(o.unit ? { unit: { text: o.unit, lang: 'en' } } : {}),
		...(o.period ? { period: periodText(o.period, lang) } : {}),
	};
}
