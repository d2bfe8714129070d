/** Site-wide constants: every other file reads these, none writes them again. */
/** The public address (POP_SITE for another domain), without a trailing slash. */
export const SITE_URL = (process.env.POP_SITE ?? 'https://pop-atlas.org').replace(/\/+$/, '');
/** Where the site is built (POP_OUT_DIR lets several builds run side by side: benchmarks, shards). */
export const OUT_DIR = process.env.POP_OUT_DIR ?? 'dist';
/** Where quick exit goes: a neutral, everyday page. Only ever requested when the visitor leaves. */
export const EXIT_URL = 'https://www.wikipedia.org/';
/** The public repository, for "suggest a correction" and contribution links. */
export const REPO_URL = 'https://github.com/pop-atlas/pop-atlas';
/** Where a new issue is opened (the suggest form's "open it on GitHub" route submits here). */
export const NEW_ISSUE_URL = `${REPO_URL}/issues/new`;
/**
 * The editors' address: suggestions sent without an account (/suggest/) go here by e-mail. The
 * deployer sets POP_EDITORS_EMAIL or confirms this default (docs/deploy.md).
 */
export const EDITORS_EMAIL = process.env.POP_EDITORS_EMAIL ?? 'editors@pop-atlas.org';
if (!/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(EDITORS_EMAIL))
	throw new Error(`POP_EDITORS_EMAIL "${EDITORS_EMAIL}" is not an e-mail address`);
/**
 * Content-Security-Policy for every page (also sent as a header with frame-ancestors, which a
 * <meta> policy cannot set: src/site/headers.ts).
 * 'wasm-unsafe-eval' lets Pagefind run its WebAssembly; nothing else is allowed to evaluate code.
 */
export const CSP = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	// The suggest form (/suggest/, record and country pages) submits only when the reader presses a
	// button: to their own mail program (mailto:) or to the repository's new-issue page. Nothing else
	// may be a form's target; the path limits GitHub to that one page (redirects keep the origin).
	`form-action 'self' mailto: ${NEW_ISSUE_URL}`,
].join('; ');
