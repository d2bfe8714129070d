/// <reference types="astro/client" />
declare namespace App {
	interface Locals {
		/** The interface language of the page being rendered, from its path (set by src/middleware.ts). */
		lang: import('./i18n/languages').Lang;
	}
}
