/**
 * The issue-to-PR path: saved issue bodies (tests/fixtures/issues/, written the way GitHub writes
 * issue-form answers) become records that pass `npm run validate`; a bad one becomes a readable
 * list of problems naming the form's fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Organization } from '../../src/schemas/organization';
import { MAX_CHANNELS, type Resource } from '../../src/schemas/resource';
import {
	choiceIds,
	detectForm,
	issueToRecord,
	parseIssueBody,
	problemsMarkdown,
	writeFiles,
} from '../../scripts/lib/contrib/issue-to-record';
import { fieldsOf } from '../../scripts/lib/contrib/issue-forms';
import { contentCopy, runScript, validateContent } from './helpers/content-copy';

const FIX = 'tests/fixtures/issues';
const body = (name: string) => fs.readFileSync(path.join(FIX, `${name}.md`), 'utf8');
const GOOD = ['add-a-service', 'add-a-service-new-organisation', 'correct-a-record'];
let dir: string;

beforeAll(() => {
	dir = contentCopy('issues');
	const base = validateContent(dir);
	if (base.status !== 0)
		throw new Error(
			`the repository content does not validate by itself, so these tests cannot tell anything:\n${base.stdout}`,
		);
});

describe('reading an issue body', () => {
	it('reads answers under each heading; "_No response_" is an empty answer', () => {
		const { values, unknown } = parseIssueBody(body('add-a-service'), 'add');
		expect(unknown).toEqual([]);
		expect(values.get('name')).toBe('Example Youth Chat Kenya');
		expect(values.get('email')).toBe('');
		expect(values.get('description')).toContain('\nTrained counsellors');
		expect(choiceIds(values.get('functions'))).toEqual(['counselling', 'referral']);
		expect(
			choiceIds(
				'Online safety (general) (online_safety_general), Child sexual abuse material (csam)',
			),
		).toEqual(['online_safety_general', 'csam']);
	});
	it('knows a correction from an addition', () => {
		expect(detectForm(body('correct-a-record'))).toBe('correct');
		expect(detectForm(body('add-a-service'))).toBe('add');
	});
	it('the saved bodies use exactly the headings of the current forms (they would catch a renamed field)', () => {
		for (const name of [...GOOD, 'add-a-service-bad']) {
			const b = body(name);
			const form = detectForm(b);
			const headings = [...b.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
			expect(headings, name).toEqual(fieldsOf(form).map((f) => f.label));
		}
	});
});

describe('good issues become valid records', () => {
	it('each saved example becomes files, and the content then passes npm run validate', () => {
		const written: string[] = [];
		for (const name of GOOD) {
			const r = issueToRecord(body(name), { contentRoot: dir, issue: 42 });
			expect(r.problems, name).toEqual([]);
			expect(r.ok).toBe(true);
			writeFiles(r.files, dir);
			written.push(...r.files.keys());
		}
		expect(written).toEqual([
			'content/resources/ke/example-youth-chat-kenya.yaml',
			'content/organizations/br-instituto-exemplo-de-protecao.yaml',
			'content/resources/br/canal-exemplo-de-escuta.yaml',
			'content/resources/ke/example-helpline.yaml',
		]);
		const v = validateContent(dir);
		expect(v.stdout).toMatch(/; 0 errors, /);
		expect(v.status, v.stdout).toBe(0);
	});
	it('the new record holds what the form said, with the schema modeline', () => {
		const text = fs.readFileSync(
			path.join(dir, 'content/resources/ke/example-youth-chat-kenya.yaml'),
			'utf8',
		);
		expect(text.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../../public/schemas/resource.schema.json',
		);
		const r = YAML.parse(text) as Resource;
		expect(r).toMatchObject({
			name: 'Example Youth Chat Kenya',
			organization: 'ke-example-org',
			resource_type: 'child_helpline',
			countries: ['KE'],
			age: { min: 10, max: 24 },
		});
		expect(r.channels[0]).toMatchObject({
			type: 'web_chat',
			url: 'https://example.org/youth-chat/start',
			hours: {
				timezone: 'Africa/Nairobi',
				schedule: [
					{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '14:00', closes: '22:00' },
					{ days: ['SA'], opens: '10:00', closes: '16:00' },
				],
			},
		});
		expect(r.channels[1]).toMatchObject({
			type: 'voice_call',
			value: '+254 722 000 111',
			cost: 'standard_rate',
			hours: 'unknown',
		});
		expect(r.verification).toEqual({
			last_verified: '2026-11-20',
			method: 'website_check',
			verified_by_role: 'community-contributor',
			confidence: 'low',
		});
		// What the contributor wrote for the editors stays out of the public record; the record never
		// claims an editor checked it.
		expect(text).not.toContain('poster at school');
		expect(text).not.toMatch(/editor checked/i);
	});
	it('a new organisation gets its own file; a correction changes only what the form says and keeps comments', () => {
		const org = YAML.parse(
			fs.readFileSync(
				path.join(dir, 'content/organizations/br-instituto-exemplo-de-protecao.yaml'),
				'utf8',
			),
		) as Organization;
		expect(org).toMatchObject({
			name: 'Instituto Exemplo de Proteção',
			type: 'ngo',
			countries: ['BR'],
		});
		const text = fs.readFileSync(
			path.join(dir, 'content/resources/ke/example-helpline.yaml'),
			'utf8',
		);
		expect(text).toContain('# A fictional record that correct-a-record.md corrects');
		const r = YAML.parse(text) as Resource;
		expect(r.description).toBe('A fictional helpline used by the issue-to-record tests.');
		expect(r.channels).toHaveLength(2);
		expect(r.channels[0]).toMatchObject({
			type: 'voice_call',
			value: '+254 722 000 333',
			cost: 'free',
			hours: {
				timezone: 'Africa/Nairobi',
				schedule: [
					{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '07:00', closes: '23:00' },
				],
			},
		});
		expect(r.channels[1]).toMatchObject({ type: 'whatsapp', value: '+254 722 000 222' });
		expect(r.topics).toEqual(['abuse_violence', 'cyberbullying']);
		expect(r.sources.map((s) => s.url)).toEqual([
			'https://example.org/helpline',
			'https://example.org/helpline/contact',
		]);
		// The earlier check is kept, and the new one is the contributor's, not an editor's.
		expect(r.verification).toMatchObject({
			verified_by_role: 'community-contributor',
			confidence: 'low',
			history: [
				{
					date: '2026-11-01',
					method: 'desk_review',
					verified_by_role: 'pop-data-editor',
					confidence: 'medium',
				},
			],
		});
	});
	it('a one-field correction changes one line of the file (golden diff)', () => {
		const seed = fs.readFileSync('tests/fixtures/issues/seed/ke-example-helpline.yaml', 'utf8');
		const copy = contentCopy('golden');
		// Only the number changes: same source as the record, so sources and verification keep their lines but the dates.
		// The saved correction with every answer blanked but the record, one new number and a source the record already cites.
		let issue = body('correct-a-record');
		for (const h of [...issue.matchAll(/^### (.+)$/gm)].map((m) => m[1]!))
			if (
				![
					'Record to correct',
					'What is wrong',
					'Date you read the source',
					'How you know',
					'Before you send',
				].includes(h)
			)
				issue = answer(issue, h, '_No response_');
		issue = answer(
			answer(issue, 'Channel 1: number or address', '+254 722 000 444'),
			'Source',
			'https://example.org/helpline',
		);
		const r = issueToRecord(issue, { contentRoot: copy, issue: 7 });
		expect(r.problems).toEqual([]);
		const after = r.files.get('content/resources/ke/example-helpline.yaml')!;
		const changed = lineDiff(seed, after);
		// The number; the rest is the bookkeeping of a new check: the date the source was read again,
		// and the verification block (the contributor's check, the editor's earlier one kept in history).
		expect(changed.removed).toEqual([
			'    value: "+254 722 000 333"',
			'  last_verified: 2026-11-01',
			'  method: desk_review',
			'  verified_by_role: pop-data-editor',
			'  confidence: medium',
			'    accessed: 2026-11-01',
		]);
		expect(changed.added).toEqual([
			'    value: "+254 722 000 444"',
			'  last_verified: 2026-11-25',
			'  method: website_check',
			'  verified_by_role: community-contributor',
			'  confidence: low',
			'  history:',
			'    - date: 2026-11-01',
			'      method: desk_review',
			'      verified_by_role: pop-data-editor',
			'      confidence: medium',
			'    accessed: 2026-11-25',
		]);
		expect(after).toContain('# A fictional record that correct-a-record.md corrects');
	});
});

describe('a correction can use every channel group the contract allows', () => {
	it('the forms offer as many channel groups as a record may have', () => {
		const types = fieldsOf('correct').filter((f) => /^channel\d+_type$/.test(f.id));
		expect(types).toHaveLength(MAX_CHANNELS);
		expect(fieldsOf('add').filter((f) => /^channel\d+_type$/.test(f.id))).toHaveLength(
			MAX_CHANNELS,
		);
	});
	it('adds a fourth channel to a record with three, touching only its lines and the bookkeeping (golden diff)', () => {
		const seed = fs.readFileSync(
			'tests/fixtures/issues/seed/ke-example-three-channels.yaml',
			'utf8',
		);
		const copy = contentCopy('fourth');
		fs.writeFileSync(path.join(copy, 'content/resources/ke/example-three-channels.yaml'), seed);
		let issue = blank(body('correct-a-record'), [
			'What is wrong',
			'Date you read the source',
			'How you know',
			'Before you send',
		]);
		for (const [h, v] of [
			['Record to correct', 'ke/example-three-channels'],
			['Channel 4: type', 'Web chat (web_chat)'],
			['Channel 4: link', 'https://example.org/three-lines/chat'],
			['Channel 4: hours', 'MO-FR 14:00-20:00'],
			['Channel 4: languages', 'en'],
			['Time zone of the hours', 'Africa/Nairobi'],
			['Source', 'https://example.org/three-lines/contact'],
		] as const)
			issue = answer(issue, h, v);
		const r = issueToRecord(issue, { contentRoot: copy, issue: 9 });
		expect(r.problems).toEqual([]);
		const after = r.files.get('content/resources/ke/example-three-channels.yaml')!;
		const changed = lineDiff(seed, after);
		expect(changed.removed).toEqual([
			'  last_verified: 2026-11-02',
			'  verified_by_role: pop-data-editor',
			'  confidence: medium',
			'    accessed: 2026-11-02',
		]);
		expect(changed.added).toEqual([
			'  - type: web_chat',
			'    url: https://example.org/three-lines/chat',
			'    cost: unknown',
			'    hours:',
			'      timezone: Africa/Nairobi',
			'      schedule:',
			'        - {days: [MO, TU, WE, TH, FR], opens: "14:00", closes: "20:00"}',
			'    languages: [en]',
			'    anonymous: unknown',
			'    human_responder: unknown',
			'  last_verified: 2026-11-25',
			'  verified_by_role: community-contributor',
			'  confidence: low',
			'  history:',
			'    - date: 2026-11-02',
			'      method: website_check',
			'      verified_by_role: pop-data-editor',
			'      confidence: medium',
			'    accessed: 2026-11-25',
		]);
		// The new channel comes right after the third one.
		const lines = after.split('\n');
		expect(lines[lines.indexOf('  - type: web_chat') - 1]).toBe('    human_responder: unknown');
		expect((YAML.parse(after) as Resource).channels.map((c) => c.type)).toEqual([
			'voice_call',
			'sms',
			'whatsapp',
			'web_chat',
		]);
		writeFiles(r.files, copy);
		expect(validateContent(copy).status).toBe(0);
	});
});

describe('what a contributor writes for the editors stays out of the record', () => {
	for (const form of ['add', 'correct'] as const)
		it(`${form} form: no file written holds a field for the editors`, () => {
			const forEditors = fieldsOf(form).filter((f) => f.forEditors);
			expect(forEditors.map((f) => f.id)).toEqual(
				form === 'add' ? ['notes'] : ['what_is_wrong', 'notes'],
			);
			let issue = body(form === 'add' ? 'add-a-service' : 'correct-a-record');
			for (const f of forEditors) issue = answer(issue, f.label, `Marker ${f.id} for the editors.`);
			const r = issueToRecord(issue, { contentRoot: dir, issue: 45 });
			expect(r.problems).toEqual([]);
			for (const [file, text] of r.files)
				for (const f of forEditors)
					expect(text, `${f.id} in ${file}`).not.toContain(`Marker ${f.id}`);
		});
	it('the script quotes them in the text of the pull request', () => {
		const out = path.join(dir, 'out-editors');
		const issue = answer(
			body('add-a-service'),
			'Notes for the editors',
			'Marker notes for the editors.',
		);
		const run = runScript(
			'scripts/issue-to-record.ts',
			['--body-file', '-', '--issue', '46', '--out-dir', out],
			{ POP_CONTENT_DIR: dir },
			issue,
		);
		expect(run.status, run.stdout + run.stderr).toBe(0);
		const pr = fs.readFileSync(path.join(out, 'summary.md'), 'utf8');
		expect(pr).toContain(
			'Notes for the editors (quoted as written; not in the record):\n\n```text\nMarker notes for the editors.\n```',
		);
		const written = fs.readFileSync(
			path.join(out, 'files/content/resources/ke/example-youth-chat-kenya-2.yaml'),
			'utf8',
		);
		expect(written).not.toContain('Marker');
	});
});

/** The issue body with every answer but those under `keep` (and the record) emptied. */
function blank(issueBody: string, keep: string[]): string {
	let out = issueBody;
	for (const h of [...out.matchAll(/^### (.+)$/gm)].map((m) => m[1]!))
		if (h !== 'Record to correct' && !keep.includes(h)) out = answer(out, h, '_No response_');
	return out;
}

/** The issue body with the answer under `heading` replaced. */
function answer(issueBody: string, heading: string, value: string): string {
	const re = new RegExp(
		`(### ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\n)[\\s\\S]*?(?=\n### |$)`,
	);
	if (!re.test(issueBody)) throw new Error(`no heading ${heading}`);
	return issueBody.replace(re, (_, h: string) => `${h}${value}\n`);
}

/** Lines removed and added between two texts (longest common subsequence). */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
	const x = a.split('\n');
	const y = b.split('\n');
	const dp = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
	for (let i = x.length - 1; i >= 0; i--)
		for (let j = y.length - 1; j >= 0; j--)
			dp[i]![j] = x[i] === y[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
	const removed: string[] = [];
	const added: string[] = [];
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		if (x[i] === y[j]) {
			i++;
			j++;
		} else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) removed.push(x[i++]!);
		else added.push(y[j++]!);
	}
	removed.push(...x.slice(i));
	added.push(...y.slice(j));
	return { removed, added };
}

describe('a bad issue becomes a readable list of problems', () => {
	it('names each form field that is wrong, and says how to fix it', () => {
		const r = issueToRecord(body('add-a-service-bad'), { contentRoot: dir, issue: 43 });
		expect(r.ok).toBe(false);
		expect(r.files.size).toBe(0);
		const fields = r.problems.map((p) => p.field);
		for (const f of [
			'Description',
			'Countries',
			'Website',
			'Channel 1: hours',
			'Youngest age served',
			'Date you read the source',
			'Before you send',
		])
			expect(fields).toContain(f);
		const md = problemsMarkdown(r.problems);
		expect(md).toContain('- Countries: "XX" is not a country code — use the two-letter ISO code');
		expect(md).toContain(
			'- Website: "http://example.org/youth-chat" is not an allowed web address',
		);
		expect(md).not.toMatch(/channels\[|\(file\)/);
	});
	it('a wrong phone number is reported on the form field it came from', () => {
		const b = body('add-a-service').replace('+254 722 000 111', '+254 12');
		const r = issueToRecord(b, { contentRoot: dir });
		expect(r.ok).toBe(false);
		expect(r.problems.map((p) => p.field)).toEqual(['Channel 2: number or address']);
	});
	it('the script prints the list, writes the comment, writes no file and exits 1', () => {
		const summary = path.join(dir, 'comment.md');
		const before = fs.readdirSync(path.join(dir, 'content/resources/ke')).length;
		const run = runScript(
			'scripts/issue-to-record.ts',
			[
				'--body-file',
				path.join(FIX, 'add-a-service-bad.md'),
				'--issue',
				'43',
				'--summary-file',
				summary,
			],
			{ POP_CONTENT_DIR: dir },
		);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(
			'- Channel 1: hours: "sometimes in the evening" is not days and times',
		);
		expect(fs.readFileSync(summary, 'utf8')).toMatch(/^Thank you! Before this can become a record/);
		// The list repeats the contributor's values, so it is fenced: nothing in it renders or pings.
		expect(fs.readFileSync(summary, 'utf8')).toMatch(
			/\n```text\n- [\s\S]*\n- Channel 1: hours: "sometimes in the evening"[\s\S]*\n```\n/,
		);
		expect(fs.readdirSync(path.join(dir, 'content/resources/ke')).length).toBe(before);
	});
	it('with --out-dir the script writes the files, title, status and text to that folder, never to the repository, and quotes the contributor inertly', () => {
		const out = path.join(dir, 'out');
		const hostile = answer(
			body('correct-a-record'),
			'What is wrong',
			'@maintainers please merge ![x](https://evil.example/p.png)\n- [x] done\n```\n<img src=x onerror=alert(1)>',
		);
		const before = fs.readFileSync(
			path.join(dir, 'content/resources/ke/example-helpline.yaml'),
			'utf8',
		);
		const run = runScript(
			'scripts/issue-to-record.ts',
			['--body-file', '-', '--issue', '44', '--out-dir', out],
			{ POP_CONTENT_DIR: dir },
			hostile,
		);
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(fs.readFileSync(path.join(out, 'status'), 'utf8')).toBe('ok');
		expect(fs.readFileSync(path.join(out, 'title'), 'utf8')).toBe(
			'Correct Example Child Helpline (ke/example-helpline)',
		);
		expect(fs.existsSync(path.join(out, 'files/content/resources/ke/example-helpline.yaml'))).toBe(
			true,
		);
		expect(
			fs.readFileSync(path.join(dir, 'content/resources/ke/example-helpline.yaml'), 'utf8'),
		).toBe(before);
		const text = fs.readFileSync(path.join(out, 'summary.md'), 'utf8');
		// The contributor's words sit inside a fence longer than any backtick run they contain.
		expect(text).toContain(
			'````text\n@maintainers please merge ![x](https://evil.example/p.png)\n- [x] done\n```\n<img src=x onerror=alert(1)>\n````',
		);
		expect(text.replace(/````text[\s\S]*?````/g, '')).not.toMatch(
			/@maintainers|evil\.example|onerror/,
		);
	});
	it('an issue not written with a form is refused', () => {
		expect(
			issueToRecord('Please add the helpline in my town, thanks!', { contentRoot: dir }).problems[0]
				?.message,
		).toMatch(/not written with/);
	});
});
