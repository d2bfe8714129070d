/** Byte sizes for the downloads page. */

/** Size of a text in bytes once written as UTF-8. */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A size for people: "812 bytes", "14.2 kB", "3.1 MB" (SI units, as browsers and file managers show them). */
export function formatBytes(n: number, locale = 'en'): string {
	const f = (v: number) =>
		// Arabic pages write Western digits, as the rest of the site does.
		new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, {
			maximumFractionDigits: v < 10 ? 1 : 0,
		}).format(v);
	if (n < 1000) return `${n} bytes`;
	if (n < 1_000_000) return `${f(n / 1000)} kB`;
	return `${f(n / 1_000_000)} MB`;
}
