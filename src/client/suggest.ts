/**
 * The suggest form, enhanced (src/components/SuggestForm.astro works without this): as the reader
 * types, the message is composed with the same code the intake reads it back with
 * (src/model/suggestion.ts) and shown in the box; the "e-mail" and "GitHub" links carry it, and
 * "Copy" copies it. Nothing is stored and nothing is requested: the message leaves the page only
 * when the reader follows a link or copies it. On the /suggest/ page a `?country=KE` or
 * `?service=…` in the address fills those fields in. Loaded by the /suggest/ page, and by site.js
 * when the reader opens the form on a record or country page.
 */
import {
	composeSuggestion,
	suggestionIssueUrl,
	suggestionMailto,
	type AgeBand,
	type SuggestionFields,
} from '../model/suggestion';
import { $, $$, attr } from './dom';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function enhance(form: HTMLFormElement): void {
	if (form.hasAttribute('data-enhanced')) return;
	form.setAttribute('data-enhanced', '');
	const field = (name: string): Field | null => {
		const el = form.elements.namedItem(name);
		return el instanceof HTMLInputElement ||
			el instanceof HTMLSelectElement ||
			el instanceof HTMLTextAreaElement
			? el
			: null;
	};
	const value = (name: string) => field(name)?.value ?? '';
	const mail = $<HTMLAnchorElement>('[data-suggest-mailto]', form);
	const github = $<HTMLAnchorElement>('[data-suggest-github]', form);
	const copy = $<HTMLButtonElement>('[data-suggest-copy]', form);
	const box = $<HTMLTextAreaElement>('[data-suggest-message]', form);
	const status = $('[data-suggest-status]', form);
	const what = field('what');
	const country = field('country');
	const help = $('[data-suggest-country-help]', form);
	if (!mail || !github || !box || !what) return;

	const fields = (): SuggestionFields => {
		const missing = field('missing');
		const chosen = country instanceof HTMLSelectElement ? country.selectedOptions[0] : undefined;
		return {
			record: value('record'),
			service: value('service'),
			missing: missing instanceof HTMLInputElement && missing.checked,
			country: value('country'),
			countryName: chosen?.value ? chosen.text : attr(form, 'data-country-name') || undefined,
			where: value('where'),
			what: value('what'),
			age: value('age') as AgeBand,
			lang: value('lang'),
			date: new Date().toISOString().slice(0, 10),
		};
	};
	const update = () => {
		const f = fields();
		const message = composeSuggestion(f);
		box.value = message.body;
		mail.href = suggestionMailto(attr(form, 'data-email'), message);
		github.href = suggestionIssueUrl(attr(form, 'data-new-issue'), f);
		const link = help && $<HTMLAnchorElement>('a', help);
		if (help && link && country instanceof HTMLSelectElement) {
			const chosen = country.selectedOptions[0];
			help.hidden = !chosen?.value;
			if (chosen?.value) {
				const base = attr(document.documentElement, 'data-base');
				link.href = `${base}/countries/${chosen.value.toLowerCase()}/#help-now`;
				link.textContent = attr(link, 'data-text').replace('{country}', chosen.text);
			}
		}
	};
	const say = (text: string) => {
		if (status) status.textContent = text;
	};
	// The reader's text is the one thing the message needs: ask for it before anything goes.
	const ready = (event: Event) => {
		update();
		if (what.value.trim()) return true;
		event.preventDefault();
		form.reportValidity();
		return false;
	};

	if (form.hasAttribute('data-prefill')) {
		const q = new URLSearchParams(window.location.search);
		for (const name of ['service', 'country', 'record']) {
			const el = field(name);
			const v = q.get(name);
			if (!el || !v) continue;
			if (el instanceof HTMLSelectElement) {
				const code = v.toUpperCase();
				if ([...el.options].some((o) => o.value === code)) el.value = code;
			} else
				el.value = v.slice(
					0,
					el instanceof HTMLInputElement && el.maxLength > 0 ? el.maxLength : 200,
				);
		}
	}

	form.addEventListener('input', update);
	form.addEventListener('change', update);
	mail.addEventListener('click', ready);
	github.addEventListener('click', ready);
	// Enter in a field: the same as the e-mail link, with the composed message.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (ready(event)) window.location.href = mail.href;
	});
	copy?.addEventListener('click', () => {
		update();
		const done = () => say(attr(form, 'data-copied'));
		const failed = () => {
			box.focus();
			box.select();
			say(attr(form, 'data-copy-failed'));
		};
		if (navigator.clipboard) navigator.clipboard.writeText(box.value).then(done, failed);
		else failed();
	});
	for (const el of $$('[data-suggest-nojs]', form)) el.hidden = true;
	for (const el of $$('[data-suggest-js], [data-suggest-mailto], [data-suggest-github]', form))
		el.hidden = false;
	update();
}

for (const form of $$<HTMLFormElement>('[data-suggest-form]')) enhance(form);
