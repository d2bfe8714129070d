/**
 * The recommendation chapters are written in English. On the pages in the other interface languages their
 * prose (paragraphs, headings, list items) is marked lang="en" (WCAG 3.1.2, language of parts), so
 * a screen reader reads it as English, while the components inside a chapter (a recommendation,
 * a chart) keep the page's language for their own labels. Pass the result to an MDX <Content>.
 */
import type { Lang } from '../../../i18n/languages';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Li from './Li.astro';
import P from './P.astro';

export const englishProse = (lang: Lang) =>
	lang === 'en' ? {} : { p: P, h2: H2, h3: H3, h4: H4, li: Li };
