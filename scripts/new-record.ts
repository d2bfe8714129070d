/**
 * `npm run new`: asks for the required fields of a record, one question at a time, checks each
 * answer against the schema as it goes, and writes content/resources/<scope>/<slug>.yaml (and the
 * organisation's file if it is new) with the schema modeline. Then it runs the validator.
 *
 * Answers can be piped in, one per line (the tests do this). An empty line takes the [default].
 * POP_CONTENT_DIR writes into (and validates) another content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import { InputEnded, Prompter } from './lib/contrib/prompt';
import { organizationYaml, resourceYaml, slugify } from './lib/contrib/record-yaml';
import { parseHours } from '../src/text/hours-text';
import { collectFiles, validateFiles } from '../src/validate/index';
import { formatProblem } from '../src/validate/problem';
import { today } from '../src/model/clock';
import { organizationSchema, ORG_TYPES } from '../src/schemas/organization';
import { countryCodes, ROOT, taxonomies, type TaxonomyName } from '../src/schemas/reference';
import {
	channelSchema,
	CONFIDENCE,
	COSTS,
	resourceSchema,
	SCOPES,
	STATUSES,
	VERIFICATION_METHODS,
} from '../src/schemas/resource';
import { sourceSchema } from '../src/schemas/common';

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const contentRoot = process.env.POP_CONTENT_DIR
	? path.resolve(ROOT, process.env.POP_CONTENT_DIR)
	: ROOT;
const p = new Prompter();

/** Checks an answer with a field's zod schema; the error names what the field expects. */
const field =
	<T>(schema: ZodTypeAny, optional = false) =>
	(a: string): Parsed<T | undefined> => {
		if (optional && a === '') return { ok: true, value: undefined };
		const r = schema.safeParse(a);
		return r.success
			? { ok: true, value: r.data as T }
			: {
					ok: false,
					error: `${r.error.issues[0]?.message ?? 'not valid'}. ${schema.description ?? ''}`.trim(),
				};
	};

/** A choice from a list, by number or id; several separated by commas when `multiple`. */
function choose(ids: readonly string[], multiple: boolean, min = 1) {
	return (a: string): Parsed<string[]> => {
		const parts = a.split(/[,\s]+/).filter(Boolean);
		if (parts.length < min) return { ok: false, error: min ? 'choose at least one' : '' };
		if (!multiple && parts.length > 1) return { ok: false, error: 'choose one' };
		const out: string[] = [];
		for (const part of parts) {
			const id = /^\d+$/.test(part) ? ids[Number(part) - 1] : ids.find((x) => x === part);
			if (!id)
				return {
					ok: false,
					error: `"${part}" is not one of the choices (a number from the list, or an id)`,
				};
			if (!out.includes(id)) out.push(id);
		}
		return { ok: true, value: out };
	};
}
const list = (name: TaxonomyName) => {
	const terms = taxonomies()[name].terms;
	return terms.map((t, i) => `  ${String(i + 1).padStart(2)}. ${t.id} — ${t.label}`).join('\n');
};
const ids = (name: TaxonomyName) => taxonomies()[name].terms.map((t) => t.id);
const yesNo = (a: string): Parsed<boolean | 'unknown'> =>
	/^(y|yes|true)$/i.test(a)
		? { ok: true, value: true }
		: /^(n|no|false)$/i.test(a)
			? { ok: true, value: false }
			: /^(unknown|u|\?)$/i.test(a)
				? { ok: true, value: 'unknown' }
				: { ok: false, error: 'answer yes, no or unknown' };
const codes = (a: string): Parsed<string[]> => {
	const cs = a
		.split(/[,\s]+/)
		.filter(Boolean)
		.map((c) => c.toUpperCase());
	const bad = cs.filter((c) => !countryCodes().includes(c));
	return bad.length
		? { ok: false, error: `not a country code: ${bad.join(', ')} (two letters, e.g. KE)` }
		: { ok: true, value: cs };
};
const langs = (a: string): Parsed<string[]> => {
	const ls = a.split(/[,\s]+/).filter(Boolean);
	const bad = ls.filter((l) => !channelSchema.shape.languages.element.safeParse(l).success);
	return bad.length
		? { ok: false, error: `not a language tag: ${bad.join(', ')} (e.g. en, sw, pt-BR)` }
		: { ok: true, value: ls };
};

async function main(): Promise<number> {
	const R = resourceSchema.shape;
	p.say(
		'New POP Atlas record. Press Enter to take the [default]. Every fact needs a source: have its page open.\n',
	);

	const where = await p.ask('Main country (two-letter code), or "global" or "regional"', {
		parse: (a) =>
			/^(global|regional)$/i.test(a)
				? { ok: true, value: a.toLowerCase() }
				: codes(a).ok && a.length === 2
					? { ok: true, value: a.toLowerCase() }
					: {
							ok: false,
							error: 'write a two-letter country code such as KE, or global, or regional',
						},
	});
	const name = (await p.ask('Name of the service', { parse: field<string>(R.name) }))!;
	const slug = await p.ask('File name (lower-case letters, digits, hyphens)', {
		default: slugify(name) || undefined,
		parse: (a) => {
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a))
				return {
					ok: false,
					error: 'use lower-case letters, digits and single hyphens, e.g. childline-kenya',
				};
			if (fs.existsSync(path.join(contentRoot, 'content/resources', where, `${a}.yaml`)))
				return {
					ok: false,
					error: `content/resources/${where}/${a}.yaml already exists: choose another name, or edit that file`,
				};
			return { ok: true, value: a };
		},
	});

	p.say(`\nType of service:\n${list('resource-types')}`);
	const [resourceType] = await p.ask('Type (number or id)', {
		parse: choose(ids('resource-types'), false),
	});
	p.say(`\nWhat it does:\n${list('functions')}`);
	const functions = await p.ask('Functions (numbers or ids, separated by commas)', {
		parse: choose(ids('functions'), true),
	});
	const status = (await p.ask(`Status (${STATUSES.join(', ')})`, {
		default: 'active',
		parse: field<string>(R.status),
	}))!;
	const scope = (await p.ask(`Where it serves (${SCOPES.join(', ')})`, {
		default: where === 'global' ? 'global' : where === 'regional' ? 'regional' : 'national',
		parse: field<string>(R.scope),
	}))!;
	const countries =
		scope === 'global'
			? []
			: await p.ask('Countries served (codes separated by commas)', {
					default: where.length === 2 ? where.toUpperCase() : undefined,
					parse: codes,
				});
	const description = (await p.ask(
		'Description: what the service is and does, in facts (at most 600 characters)',
		{ parse: field<string>(R.description) },
	))!;
	const childFacing = taxonomies()['resource-types'].terms.find(
		(t) => t.id === resourceType,
	)?.child_facing;
	const summaryChild = await p.ask(
		`One plain line for a child (at most 140 characters)${childFacing ? '' : '; Enter to skip'}`,
		{ parse: field<string>(R.summary_child.unwrap(), !childFacing) },
	);
	const url = (await p.ask('Website of the service (https://)', { parse: field<string>(R.url) }))!;
	const languages = await p.ask('Languages the service works in (e.g. en, sw)', {
		parse: (a) => (a ? langs(a) : { ok: false, error: 'give at least one language' }),
	});

	const channels: Record<string, unknown>[] = [];
	const channelTypes = ids('channels');
	const channelTerms = taxonomies().channels.terms;
	p.say(`\nChannels: every way to reach the service.\n${list('channels')}`);
	do {
		const n = channels.length + 1;
		const [type] = await p.ask(`Channel ${n}: type (number or id)`, {
			parse: choose(channelTypes, false),
		});
		const needs = channelTerms.find((t) => t.id === type)?.needs;
		const c: Record<string, unknown> = { type };
		if (needs === 'value' || needs === 'url_or_value') {
			const v = await p.ask(
				`Channel ${n}: number or address, as people write it${needs === 'url_or_value' ? ' (Enter to give a link instead)' : ''}`,
				{ parse: field<string>(channelSchema.shape.value.unwrap(), needs === 'url_or_value') },
			);
			if (v) c.value = v;
		}
		if (needs === 'url' || (needs === 'url_or_value' && !c.value)) {
			c.url = await p.ask(`Channel ${n}: link (https://)`, {
				parse: field<string>(channelSchema.shape.url.unwrap()),
			});
		}
		if (type === 'messaging_app_other' || type === 'social_dm')
			c.platform = await p.ask(`Channel ${n}: platform (telegram, viber, messenger, instagram …)`, {
				parse: (a) =>
					/^[a-z0-9_]+$/.test(a)
						? { ok: true, value: a }
						: { ok: false, error: 'one lower-case word, e.g. telegram' },
			});
		c.cost = await p.ask(`Channel ${n}: cost (${COSTS.join(', ')})`, {
			default: 'unknown',
			parse: field<string>(channelSchema.shape.cost),
		});
		c.hours = await p.ask(
			`Channel ${n}: hours (24/7, unknown, or e.g. Africa/Nairobi: MO-FR 08:00-17:00)`,
			{
				default: 'unknown',
				parse: (a) => {
					const h = parseHours(a);
					return h.ok ? { ok: true, value: h.hours } : { ok: false, error: h.error };
				},
			},
		);
		c.languages = await p.ask(
			`Channel ${n}: languages (Enter for ${languages.join(', ')}; "none" if not known)`,
			{
				default: languages.join(', '),
				parse: (a) => (a === 'none' ? { ok: true, value: [] } : langs(a)),
			},
		);
		c.anonymous = await p.ask(`Channel ${n}: can a child stay anonymous? (yes, no, unknown)`, {
			default: 'unknown',
			parse: yesNo,
		});
		c.human_responder = await p.ask(`Channel ${n}: does a person answer? (yes, no, unknown)`, {
			default: type === 'chatbot' ? 'no' : 'unknown',
			parse: yesNo,
		});
		channels.push(c);
	} while (
		await p.ask('Add another channel? (yes, no)', {
			default: 'no',
			parse: (a) =>
				/^(y|yes)$/i.test(a)
					? { ok: true, value: true }
					: /^(n|no)$/i.test(a)
						? { ok: true, value: false }
						: { ok: false, error: 'answer yes or no' },
		})
	);

	p.say(`\nWho it is for:\n${list('audiences')}`);
	const audiences = await p.ask('Audiences (numbers or ids, separated by commas)', {
		parse: choose(ids('audiences'), true),
	});
	p.say(`\nWhat it helps with:\n${list('topics')}`);
	const topics = await p.ask('Topics (numbers or ids, separated by commas)', {
		parse: choose(ids('topics'), true),
	});
	let reportScope: string[] | undefined;
	if (functions.includes('reporting')) {
		p.say(`\nWhat reports it accepts:\n${list('report-scope')}`);
		reportScope = await p.ask('Report scope (numbers or ids, separated by commas)', {
			parse: choose(ids('report-scope'), true),
		});
	}

	p.say('\nThe source: the page where you read these facts.');
	const sourceUrl = (await p.ask('Address of the source', {
		parse: field<string>(sourceSchema.shape.url),
	}))!;
	const accessed = await p.ask('Date you read it (YYYY-MM-DD)', {
		default: today(),
		parse: (a) =>
			/^\d{4}-\d{2}-\d{2}$/.test(a) && a <= today()
				? { ok: true, value: a }
				: { ok: false, error: `a date written YYYY-MM-DD, not after today (${today()})` },
	});
	const sourceTitle = await p.ask('Title of the source (Enter to skip)', {
		parse: field<string>(sourceSchema.shape.title.unwrap(), true),
	});
	const method = (await p.ask(`How were the facts checked (${VERIFICATION_METHODS.join(', ')})`, {
		default: 'desk_review',
		parse: field<string>(R.verification.shape.method),
	}))!;
	const role = (await p.ask('Your role (never your name)', {
		default: 'pop-data-editor',
		parse: field<string>(R.verification.shape.verified_by_role),
	}))!;
	const confidence = (await p.ask(
		`How sure are you of the contact facts (${CONFIDENCE.join(', ')})`,
		{ default: 'medium', parse: field<string>(R.verification.shape.confidence) },
	))!;
	const source: Record<string, unknown> = { url: sourceUrl, accessed };
	if (sourceTitle) source.title = sourceTitle;

	// The organisation: an existing file, or a new one.
	const orgDir = path.join(contentRoot, 'content/organizations');
	const existing = fs.existsSync(orgDir)
		? fs
				.readdirSync(orgDir)
				.filter((f) => f.endsWith('.yaml'))
				.map((f) => f.replace(/\.yaml$/, ''))
		: [];
	const orgPrefix = where.length === 2 ? where : where;
	const organization = await p.ask(
		'Organisation that runs it: the file name of a listed one, or a new id',
		{
			default: `${orgPrefix}-${slugify(name, 40)}`,
			parse: (a) =>
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a)
					? { ok: true, value: a }
					: { ok: false, error: 'lower-case letters, digits and hyphens, e.g. ke-childline-kenya' },
		},
	);
	const files = new Map<string, string>();
	if (!existing.includes(organization)) {
		p.say(
			`\n"${organization}" is a new organisation: content/organizations/${organization}.yaml will be written too.`,
		);
		const O = organizationSchema.shape;
		const org: Record<string, unknown> = {
			name: await p.ask('Its official name', { parse: field<string>(O.name) }),
			type: await p.ask(`Its type (${ORG_TYPES.join(', ')})`, { parse: field<string>(O.type) }),
			countries: scope === 'global' ? [] : countries,
			description: await p.ask('What it is, in facts (at most 600 characters)', {
				parse: field<string>(O.description),
			}),
			url: await p.ask('Its website (https://)', { default: url, parse: field<string>(O.url) }),
			sources: [source],
		};
		files.set(`content/organizations/${organization}.yaml`, organizationYaml(org));
	}

	const record: Record<string, unknown> = {
		name,
		organization,
		resource_type: resourceType,
		functions,
		status,
		scope,
		countries,
		description,
		summary_child: summaryChild,
		url,
		channels,
		audiences,
		topics,
		languages,
		report_scope: reportScope,
		verification: { last_verified: accessed, method, verified_by_role: role, confidence },
		sources: [source],
	};
	const recordPath = `content/resources/${where}/${slug}.yaml`;
	files.set(recordPath, resourceYaml(record));
	p.close();

	for (const [rel, text] of files) {
		const abs = path.join(contentRoot, rel);
		fs.mkdirSync(path.dirname(abs), { recursive: true });
		fs.writeFileSync(abs, text);
		p.say(`\nwrote ${rel}`);
	}
	const result = validateFiles(collectFiles(ROOT, contentRoot));
	const mine = result.problems.filter((x) => files.has(x.file));
	if (mine.length) {
		p.say(
			`\nThe validator found ${mine.length} problem${mine.length === 1 ? '' : 's'}; fix ${mine.length === 1 ? 'it' : 'them'} in the file, then run npm run validate:`,
		);
		for (const x of mine) p.say(formatProblem(x));
		return mine.some((x) => x.severity === 'error') ? 1 : 0;
	}
	p.say(
		`\nValid. Next: check every fact against the source, add any optional fields (see CONTRIBUTING.md), run npm run validate, and open a pull request.`,
	);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(err: unknown) => {
		p.close();
		console.error(
			`\n${err instanceof InputEnded ? `Stopped: ${err.message}. Nothing was written.` : String(err)}`,
		);
		process.exit(2);
	},
);
