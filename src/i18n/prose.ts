/** Prose pages (src/i18n/pages/<lang>/<name>.md) in the reader's language, English as fallback. Vite-only. */
import type { Lang } from './languages';

interface ProseModule {
	frontmatter: { title: string };
	Content: (props: Record<string, never>) => unknown;
}
const modules = import.meta.glob<ProseModule>('./pages/*/*.md', { eager: true });

export function prose(name: string, lang: Lang): ProseModule {
	const m = modules[`./pages/${lang}/${name}.md`] ?? modules[`./pages/en/${name}.md`];
	if (!m) throw new Error(`no prose page src/i18n/pages/en/${name}.md`);
	return m;
}
