/**
 * `npm run new`, on a temporary copy of the fixture repository: answers typed (piped in, one a
 * line) or given in an answers file write a record that passes the validator; the country's
 * organisations are offered first; a missing or wrong answer is reported in plain words by its
 * key, and nothing is written; the record says a contributor checked it, and the notes for the
 * editors stay out of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Organization } from '../../src/schemas/organization';
import type { Resource } from '../../src/schemas/resource';
import { FileAsker, readAnswersFile } from '../../scripts/lib/contrib/answers';
import { ANSWER_KEYS, ANSWERS_SPEC, askNewRecord } from '../../scripts/lib/contrib/new-record';
import { answerProblemText } from '../../scripts/lib/contrib/prompt';
import { contentCopy, runScript, validateContent } from './helpers/content-copy';

let dir: string;
let fresh: string;
beforeAll(() => {
	dir = contentCopy('new');
});

const lines = (answers: string[]) => `${answers.join('\n')}\n`;
const read = (rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const exists = (rel: string) => fs.existsSync(path.join(dir, rel));

/** Answers as a person types them: a child helpline with two channels, run by a listed organisation. */
const TYPED = [
	'KE', // main country
	'Example Text Line', // name
	'', // no other name
	'en, sw', // languages
	'', // file name: the suggested example-text-line
	'1', // type: child_helpline
	'counselling, 3', // functions: counselling and referral (number 3)
	'', // status: active
	'', // scope: national
	'', // countries: KE
	'A fictional text line for young people in Kenya, used to test npm run new.',
	'Text us about anything. It is free.',
	'http://example.org/text-line', // refused (http:), asked again
	'https://example.org/text-line',
	'sms',
	'+254 722 000 444',
	'free',
	'Africa/Nairobi: MO-FR 08:00-20:00',
	'', // channel languages: en, sw
	'yes',
	'yes',
	'y', // another channel
	'web_chat',
	'https://example.org/text-line/chat',
	'', // cost unknown
	'24/7',
	'en',
	'',
	'',
	'', // no more channels
	'children, adolescents',
	'mental_health, 1',
	'https://example.org/text-line/about',
	'2026-11-20',
	'', // no title
	'website_check',
	'1', // the first organisation listed for KE
	'The chat is run by volunteers; the page does not say how many.', // notes for the editors
];

/** The same kind of service as an answers file: a new organisation, and notes for the editors. */
const ANSWERS_YAML = `# A fictional service, to test the answers file.
country: KE
name: Example Youth Line
languages: [en, sw]
resource_type: child_helpline
functions: [counselling, referral]
description: A fictional helpline for children and young people in Kenya, used to test npm run new.
summary_child: Call us about anything. It is free.
url: https://example.org/youth-line
channels:
  - type: voice_call
    value: 0722 000 555
    cost: free
    hours: "Africa/Nairobi: MO-FR 08:00-20:00; SA 09:00-13:00"
    anonymous: yes
    human_responder: yes
  - type: web_chat
    url: https://example.org/youth-line/chat
    hours: 24/7
    languages: [en]
audiences: [children, adolescents]
topics: [mental_health, cyberbullying]
source:
  url: https://example.org/youth-line/contact
  accessed: 2026-11-20
  title: Contact us
how_known: website_check
new_organization:
  name: Example Youth Trust
  type: ngo
  description: A fictional charity in Kenya, used to test npm run new.
notes_for_editors: The page also lists an SMS number, which the operator says is out of date.
`;

/** The answers with the listed ke-example-org instead of a new organisation. */
const withListedOrganization = (yaml: string) =>
	yaml.replace(/^new_organization:\n(?: {2}.*\n)+/m, 'organization: ke-example-org\n');

/** Runs the questions on an answers mapping in this process; the problems as printed. */
async function inProcess(data: Record<string, unknown>) {
	const asker = new FileAsker(data, ANSWERS_SPEC);
	const result = await askNewRecord(asker, { contentRoot: fresh });
	asker.finish();
	return { result, problems: asker.problems.map(answerProblemText) };
}
const baseAnswers = () =>
	YAML.parse(ANSWERS_YAML.replace('Example Youth Line', 'Example Other Line')) as Record<
		string,
		unknown
	>;

describe('npm run new, answers typed', () => {
	it('writes a valid record from typed answers, offering the organisations listed for the country', () => {
		const run = runScript('scripts/new-record.ts', [], { POP_CONTENT_DIR: dir }, lines(TYPED));
		expect(run.stderr).toBe('');
		expect(run.status, run.stdout).toBe(0);
		// A refused answer is worded as the validator words it: field: problem — fix.
		expect(run.stdout).toContain(
			'✗ url: "http://example.org/text-line" is not an allowed web address — use a full https:// address',
		);
		expect(run.stdout).toMatch(
			/Organisations already listed for KE:\n {3}1\. ke-example-org — Example Organisation\n/,
		);
		expect(run.stdout).toContain('wrote content/resources/ke/example-text-line.yaml');
		const text = read('content/resources/ke/example-text-line.yaml');
		expect(text.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../../public/schemas/resource.schema.json',
		);
		const r = YAML.parse(text) as Resource;
		expect(r).toMatchObject({
			name: 'Example Text Line',
			organization: 'ke-example-org',
			functions: ['counselling', 'referral'],
			countries: ['KE'],
			url: 'https://example.org/text-line',
			topics: ['mental_health', 'cyberbullying'],
		});
		expect(r.channels).toEqual([
			{
				type: 'sms',
				value: '+254 722 000 444',
				cost: 'free',
				hours: {
					timezone: 'Africa/Nairobi',
					schedule: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '20:00' }],
				},
				languages: ['en', 'sw'],
				anonymous: true,
				human_responder: true,
			},
			{
				type: 'web_chat',
				url: 'https://example.org/text-line/chat',
				cost: 'unknown',
				hours: { always_open: true },
				languages: ['en'],
				anonymous: 'unknown',
				human_responder: 'unknown',
			},
		]);
		// The contributor's own check, never an editor's.
		expect(r.verification).toEqual({
			last_verified: '2026-11-20',
			method: 'website_check',
			verified_by_role: 'community-contributor',
			confidence: 'low',
		});
		// The notes for the editors are printed for the pull request, and are not in the record.
		expect(run.stdout).toContain(
			'## Notes for the editors\n\nThe chat is run by volunteers; the page does not say how many.',
		);
		expect(text).not.toContain('volunteers');
		expect(validateContent(dir).status).toBe(0);
	});
	it('stops without writing anything when the typed answers run out', () => {
		const run = runScript(
			'scripts/new-record.ts',
			[],
			{ POP_CONTENT_DIR: dir },
			lines(['KE', 'Half Finished Line', '']),
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('Stopped: the input ended before an answer to "Languages');
		expect(exists('content/resources/ke/half-finished-line.yaml')).toBe(false);
	});
});

describe('npm run new -- --answers', () => {
	it('writes a record and its new organisation from a YAML answers file; both validate', () => {
		const file = path.join(dir, 'answers.yaml');
		fs.writeFileSync(file, ANSWERS_YAML);
		const run = runScript('scripts/new-record.ts', ['--answers', file], { POP_CONTENT_DIR: dir });
		expect(run.stderr).toBe('');
		expect(run.status, run.stdout).toBe(0);
		// Nothing is asked.
		expect(run.stdout).not.toContain('Main country');
		expect(run.stdout).toContain('wrote content/organizations/ke-example-youth-trust.yaml');
		expect(run.stdout).toContain('wrote content/resources/ke/example-youth-line.yaml');
		const text = read('content/resources/ke/example-youth-line.yaml');
		const r = YAML.parse(text) as Resource;
		expect(r).toMatchObject({ organization: 'ke-example-youth-trust', countries: ['KE'] });
		// A number written without quotes is kept as written, leading 0 included.
		expect(r.channels[0]).toMatchObject({ value: '0722 000 555', languages: ['en', 'sw'] });
		expect(r.channels[1]).toMatchObject({ languages: ['en'], hours: { always_open: true } });
		expect(r.verification).toMatchObject({
			method: 'website_check',
			verified_by_role: 'community-contributor',
			confidence: 'low',
		});
		expect(text).not.toContain('out of date');
		expect(run.stdout).toContain('## Notes for the editors');
		const org = YAML.parse(
			read('content/organizations/ke-example-youth-trust.yaml'),
		) as Organization;
		expect(org).toMatchObject({
			name: 'Example Youth Trust',
			type: 'ngo',
			countries: ['KE'],
			url: 'https://example.org/youth-line',
		});
		expect(validateContent(dir).status).toBe(0);
	});
	it('reads JSON too, and finds a listed organisation by its name; a global record goes in global/', () => {
		const file = path.join(dir, 'answers.json');
		fs.writeFileSync(
			file,
			JSON.stringify({
				country: 'global',
				name: 'Example Report Tool',
				languages: ['en'],
				resource_type: 'takedown_tool',
				functions: ['takedown', 'reporting'],
				description:
					'A fictional global tool to ask platforms to take an image down, used to test npm run new.',
				summary_child: 'Get a photo of you taken down.',
				url: 'https://example.com/report-tool',
				channels: [
					{ type: 'web_form', url: 'https://example.com/report-tool/start', cost: 'free' },
				],
				audiences: ['children', 'adolescents'],
				topics: ['self_generated_images'],
				report_scope: ['csam', 'non_consensual_imagery'],
				source: { url: 'https://example.com/report-tool/about', accessed: '2026-11-21' },
				how_known: 'desk_review',
				organization: 'Example Network',
			}),
		);
		const run = runScript('scripts/new-record.ts', ['--answers', file], { POP_CONTENT_DIR: dir });
		expect(run.status, run.stdout + run.stderr).toBe(0);
		const r = YAML.parse(read('content/resources/global/example-report-tool.yaml')) as Resource;
		expect(r).toMatchObject({
			scope: 'global',
			countries: [],
			report_scope: ['csam', 'non_consensual_imagery'],
			organization: 'global-example-network',
		});
		expect(validateContent(dir).status).toBe(0);
	});
	it('reports every missing answer by its key, in plain words, and writes nothing', () => {
		const file = path.join(dir, 'incomplete.yaml');
		fs.writeFileSync(
			file,
			'country: KE\nname: Example Unfinished Line\nurl: http://example.org/unfinished\nchannels:\n  - value: "116"\n',
		);
		const run = runScript('scripts/new-record.ts', ['--answers', file], { POP_CONTENT_DIR: dir });
		expect(run.status).toBe(1);
		expect(run.stdout.split('\n')).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^The answers have \d+ problems; nothing was written\./),
				'languages: this answer is missing — write the languages as codes, e.g. en, sw; und when no source says which',
				'resource_type: this answer is missing — choose the type of service, e.g. child_helpline (data/taxonomies/resource-types.yaml)',
				'description: this answer is missing — write what the service is and does, in facts, in at most 600 characters',
				'url: "http://example.org/unfinished" is not an allowed web address — use a full https:// address with no spaces; javascript:, data: and http: links are refused',
				'channels[0].type: this answer is missing — choose how to reach the service, e.g. voice_call, sms, web_chat (data/taxonomies/channels.yaml)',
				'source.url: this answer is missing — write the address of the page where you read the facts',
				'how_known: this answer is missing — say how you checked the facts: website_check, desk_review, contacted, self_reported',
			]),
		);
		expect(run.stdout).not.toMatch(/ZodError|Invalid enum|Required|undefined/);
		expect(exists('content/resources/ke/example-unfinished-line.yaml')).toBe(false);
	});
	it('reports what the validator finds in the whole record by answer key, and writes nothing', () => {
		const file = path.join(dir, 'clash.yaml');
		// 0722 116 116 is the number of a record already listed (ke/childline).
		fs.writeFileSync(
			file,
			withListedOrganization(
				ANSWERS_YAML.replace('Example Youth Line', 'Example Clashing Line').replace(
					'0722 000 555',
					'0722 116 116',
				),
			),
		);
		const run = runScript('scripts/new-record.ts', ['--answers', file], { POP_CONTENT_DIR: dir });
		expect(run.status, run.stdout).toBe(1);
		expect(run.stdout).toMatch(/^The validator found 1 problem; nothing was written\./m);
		expect(run.stdout).toMatch(/^channels\[0\]\.value: .*ke\/childline/m);
		expect(exists('content/resources/ke/example-clashing-line.yaml')).toBe(false);
	});
	it('an answers file that is not YAML is reported with its line, and nothing is written', () => {
		const file = path.join(dir, 'broken.yaml');
		fs.writeFileSync(file, 'country: KE\nname: [Example\n');
		const run = runScript('scripts/new-record.ts', ['--answers', file], { POP_CONTENT_DIR: dir });
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/broken\.yaml:\d+:\d+ {2}/);
		expect(run.stdout).toContain('Nothing was written.');
	});
	it('the example answers file in CONTRIBUTING.md writes a record that validates', () => {
		const doc = fs.readFileSync('CONTRIBUTING.md', 'utf8');
		const example = /```yaml\n([\s\S]*?)```/.exec(
			doc.slice(doc.indexOf('### The answers file')),
		)![1]!;
		const copy = contentCopy('new-example');
		const file = path.join(copy, 'answers.yaml');
		fs.writeFileSync(file, example);
		const run = runScript('scripts/new-record.ts', ['--answers', file], { POP_CONTENT_DIR: copy });
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).not.toContain('warning');
		expect(fs.existsSync(path.join(copy, 'content/resources/ke/example-youth-line.yaml'))).toBe(
			true,
		);
		expect(validateContent(copy).status).toBe(0);
	});
	it('--help lists every key of an answers file', () => {
		const run = runScript('scripts/new-record.ts', ['--help'], {});
		expect(run.status).toBe(0);
		for (const k of ANSWER_KEYS) expect(run.stdout).toContain(`  ${k.key} `);
	});
});

describe('answers checked one by one (in process)', () => {
	// A content copy of their own: the runs above add organisations.
	beforeAll(() => {
		fresh = contentCopy('new-answers');
	});
	it('a wrong answer is worded as the validator words it, and a typo in a key is caught', async () => {
		const data = baseAnswers();
		data.functions = ['counseling'];
		(data.channels as Record<string, unknown>[])[1]!.url = 'example.org/youth-line/chat';
		(data.channels as Record<string, unknown>[])[0]!.hours = 'sometimes';
		data.descripton = data.description;
		delete data.description;
		data.notes = 'a note';
		const { problems } = await inProcess(data);
		expect(problems).toEqual([
			'functions: "counseling" is not an allowed value — did you mean "counselling"? Allowed: counselling, information, referral, reporting, takedown, takedown_support, education, awareness, peer_support, advocacy, research, emergency_response',
			'description: this answer is missing — write what the service is and does, in facts, in at most 600 characters',
			'channels[0].hours: the time zone is missing: write it first, e.g. "Africa/Nairobi: MO-FR 08:00-17:00" — or write 24/7, or unknown',
			'channels[1].url: "example.org/youth-line/chat" is not an allowed link — write the whole address, https://example.org/youth-line/chat, after opening it to check that it is the page meant',
			'descripton: this key is not a question of npm run new — did you mean description?',
			"notes: this key is not a question of npm run new — notes for the editors go under notes_for_editors (they stay out of the record); the record's own notes field, for provenance, can be added to the file afterwards",
		]);
	});
	it('an organisation that is already listed is not added again', async () => {
		const data = baseAnswers();
		data.new_organization = { name: 'Example Organisation', type: 'ngo', description: 'Again.' };
		const { problems, result } = await inProcess(data);
		expect(problems).toEqual([
			'new_organization.name: "Example Organisation" is already listed as ke-example-org — write organization: ke-example-org instead of new_organization',
		]);
		expect([...result.files.keys()]).toEqual(['content/resources/ke/example-other-line.yaml']);
	});
	it('file names are transliterated by the language of the service; a rough one is flagged', async () => {
		const tr = baseAnswers();
		Object.assign(tr, {
			country: 'TR',
			name: 'Çocuk Işığı Hattı',
			languages: ['tr'],
			countries: ['TR'],
		});
		const t = await inProcess(tr);
		expect(t.result.recordPath).toBe('content/resources/tr/cocuk-isigi-hatti.yaml');
		expect([...t.result.files.keys()]).toContain(
			'content/organizations/tr-example-youth-trust.yaml',
		);
		const ar = baseAnswers();
		Object.assign(ar, { country: 'JO', name: 'خط نجدة الطفل', languages: ['ar'] });
		const a = await inProcess(ar);
		expect(a.result.recordPath).toBe('content/resources/jo/kht-njda-altfl.yaml');
		expect(a.result.notes[0]).toMatch(/^the file name kht-njda-altfl was made from Arabic letters/);
		// A name no table covers needs a file name from the contributor.
		const ja = baseAnswers();
		Object.assign(ja, { country: 'JP', name: 'こどものでんわ', languages: ['ja'] });
		expect((await inProcess(ja)).problems).toEqual([
			"file_name: this answer is missing — the name has no letters that can be written in Latin letters (こどものでんわ): write a file name, e.g. from the service's own name in Latin letters, or give alternate_name",
		]);
	});
	it('reads an answers file by the same rules as the validator (position of a YAML problem)', () => {
		const file = path.join(fresh, 'tabs.yaml');
		fs.writeFileSync(file, 'country: KE\nchannels:\n\t- type: sms\n');
		const r = readAnswersFile(file);
		expect(r.data).toBeUndefined();
		expect(r.problems[0]).toMatch(/tabs\.yaml:3:1 {2}/);
	});
});
