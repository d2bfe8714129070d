/**
 * A suggestion (src/model/suggestion.ts: the e-mail, the copied text or the suggestion issue) as
 * the answers of the "Correct a record" or "Add a service" issue form, so `npm run intake` runs
 * exactly what the issue path runs (issue-run.ts → issueToRecord, the validator) on it.
 *
 * The mapping says only what the message says:
 * - about a record → a correction: the record, the reader's words as "What is wrong", the link
 *   they give (if it is a web address) as the source, read on the day the message was written;
 * - a missing service → a new record: its name and country, "Not known" in every answer that
 *   allows it, the link as the source; everything else stays empty for the editor to find out;
 * - everything else the message holds (where they saw it, their age band, the page language, the
 *   reader's own words for a new service) goes to "Notes for the editors", which never reaches
 *   the record;
 * - the confirmations are left unticked: a young person's message is not a check of the facts,
 *   so the draft always lists them as the editor's to do.
 */
import type { SuggestionFields } from '../../../src/model/suggestion';
import { choiceText, fieldsOf, type FormName } from './issue-forms';

export interface IntakeOptions {
	/** The record the message is about, when the message does not say (or says wrongly). */
	record?: string | undefined;
	/** Treat the message as a service that is missing. */
	missing?: boolean | undefined;
	/** The day the source was seen: --date, else the message's own date, else `today`. */
	date?: string | undefined;
	today: string;
}

export type IntakeMapping =
	| { ok: true; form: FormName; body: string; answers: Map<string, string> }
	| { ok: false; problem: string };

const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;

/** The text GitHub writes for a "Not known" choice of a form field (e.g. "Not known (unknown)"). */
function unknownChoice(form: FormName, id: string): string {
	const f = fieldsOf(form).find((x) => x.id === id);
	const c = f?.choices?.find((x) => x.id === 'unknown');
	if (c) return choiceText(c);
	if (f?.type === 'input') return 'unknown';
	throw new Error(`the ${form} form has no "unknown" answer for ${id}`);
}

/** An issue-form body, written the way GitHub writes one: a `### Label` above each answer. */
export function issueBody(form: FormName, answers: Map<string, string>): string {
	return fieldsOf(form)
		.map((f) => {
			const value =
				f.type === 'checkboxes'
					? f.choices!.map((c) => `- [ ] ${c.label}`).join('\n')
					: // A line of the reader's text that starts with # is moved off the margin, so it can
						// never read as the heading of another field ("### Website").
						answers.get(f.id)?.trim().replace(/^#/gm, ' #') || '_No response_';
			return `### ${f.label}\n\n${value}`;
		})
		.join('\n\n');
}

export function suggestionToIssue(s: SuggestionFields, opts: IntakeOptions): IntakeMapping {
	const record = opts.record ?? s.record;
	const missing = !record && (opts.missing ?? s.missing ?? false);
	if (!record && !missing)
		return {
			ok: false,
			problem:
				'the message names no record and does not say the service is missing: find the record on the site and run again with --record <id> (e.g. ke/childline-kenya), or with --missing for a new service',
		};
	const form: FormName = record ? 'correct' : 'add';
	const answers = new Map<string, string>();
	const date = opts.date ?? s.date ?? opts.today;
	const source = s.where && WEB_ADDRESS.test(s.where) ? s.where : undefined;
	if (source) answers.set('source_url', source);
	answers.set('source_accessed', date);

	const notes = ['Sent without an account with the suggest form of the site (npm run intake).'];
	if (record) {
		answers.set('record', record);
		answers.set('what_is_wrong', s.what ?? '');
		if (s.service) notes.push(`Service named in the message: ${s.service}`);
		if (s.country) notes.push(`Country named in the message: ${s.country}`);
	} else {
		if (s.service) answers.set('name', s.service);
		if (s.country) answers.set('country', s.country);
		for (const id of [
			'channel1_cost',
			'channel1_hours',
			'channel1_anonymous',
			'channel1_human',
			'youth_participation',
		])
			answers.set(id, unknownChoice('add', id));
		if (s.what) notes.push('What the message says:', s.what);
	}
	if (s.where && !source) notes.push(`Where they saw it: ${s.where}`);
	if (s.age) notes.push(`Age band: ${s.age}`);
	if (s.lang) notes.push(`Language of the page: ${s.lang}`);
	answers.set('notes', notes.join('\n'));
	return { ok: true, form, body: issueBody(form, answers), answers };
}
