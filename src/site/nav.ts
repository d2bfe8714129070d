import type { UiKey } from '../i18n/index';
/** Main navigation; an entry is added here when its page exists (tests follow every link). */
export const NAV: { key: string; href: string; label: UiKey }[] = [
	{ key: 'help', href: '/', label: 'nav.help' },
	{ key: 'countries', href: '/countries/', label: 'nav.countries' },
	{ key: 'directory', href: '/resources/', label: 'nav.directory' },
	{ key: 'map', href: '/map/', label: 'nav.map' },
	{ key: 'findings', href: '/findings/', label: 'nav.findings' },
	{ key: 'recommendations', href: '/recommendations/', label: 'nav.recommendations' },
	{ key: 'search', href: '/search/', label: 'nav.search' },
	{ key: 'data', href: '/data/', label: 'nav.data' },
];
/** Footer links on every page: how to tell the editors something (tests follow every link). */
export const FOOTER_NAV: { key: string; href: string; label: UiKey }[] = [
	{ key: 'suggest', href: '/suggest/', label: 'suggest.nav' },
	{ key: 'contribute', href: '/contribute/', label: 'footer.contribute' },
];
