/**
 * The issue-to-PR path: saved issue bodies (tests/fixtures/issues/, written the way GitHub writes
 * issue-form answers) become records that pass `npm run validate`; a bad one becomes a readable
 * list of problems naming the form's fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { choiceIds, detectForm, issueToRecord, parseIssueBody, problemsMarkdown, writeFiles } from '../../src/lib/contrib/issue-to-record';
import { fieldsOf } from '../../src/lib/contrib/issue-forms';
import { contentCopy, runScript, validateContent } from './helpers/content-copy';

const FIX = 'tests/fixtures/issues';
const body = (name: string) => fs.readFileSync(path.join(FIX, `${name}.md`), 'utf8');
const GOOD = ['add-a-service', 'add-a-service-new-organisation', 'correct-a-record'];
let dir: string;

beforeAll(() => {
	dir = contentCopy('issues');
	const base = validateContent(dir);
	if (base.status !== 0) throw new Error(`the repository content does not validate by itself, so these tests cannot tell anything:\n${base.stdout}`);
});

describe('reading an issue body', () => {
	it('reads answers under each heading; "_No response_" is an empty answer', () => {
		const { values, unknown } = parseIssueBody(body('add-a-service'), 'add');
		expect(unknown).toEqual([]);
		expect(values.get('name')).toBe('Example Youth Chat Kenya');
		expect(values.get('email')).toBe('');
		expect(values.get('description')).toContain('\nTrained counsellors');
		expect(choiceIds(values.get('functions'))).toEqual(['counselling', 'referral']);
		expect(choiceIds('Online safety (general) (online_safety_general), Child sexual abuse material (csam)')).toEqual(['online_safety_general', 'csam']);
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
		const text = fs.readFileSync(path.join(dir, 'content/resources/ke/example-youth-chat-kenya.yaml'), 'utf8');
		expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../public/schemas/resource.schema.json');
		const r = YAML.parse(text);
		expect(r).toMatchObject({ name: 'Example Youth Chat Kenya', organization: 'ke-example-org', resource_type: 'child_helpline', countries: ['KE'], age: { min: 10, max: 24 } });
		expect(r.channels[0]).toMatchObject({ type: 'web_chat', url: 'https://example.org/youth-chat/start', hours: { timezone: 'Africa/Nairobi', schedule: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '14:00', closes: '22:00' }, { days: ['SA'], opens: '10:00', closes: '16:00' }] } });
		expect(r.channels[1]).toMatchObject({ type: 'voice_call', value: '+254 722 000 111', cost: 'standard_rate', hours: 'unknown' });
		expect(r.verification).toEqual({ last_verified: '2026-11-20', method: 'website_check', verified_by_role: 'community-contributor', confidence: 'low' });
		expect(r.notes).toContain('issue #42');
	});
	it('a new organisation gets its own file; a correction changes only what the form says and keeps comments', () => {
		const org = YAML.parse(fs.readFileSync(path.join(dir, 'content/organizations/br-instituto-exemplo-de-protecao.yaml'), 'utf8'));
		expect(org).toMatchObject({ name: 'Instituto Exemplo de Proteção', type: 'ngo', countries: ['BR'] });
		const text = fs.readFileSync(path.join(dir, 'content/resources/ke/example-helpline.yaml'), 'utf8');
		expect(text).toContain('# A fictional record that correct-a-record.md corrects');
		const r = YAML.parse(text);
		expect(r.description).toBe('A fictional helpline used by the issue-to-record tests.');
		expect(r.channels).toHaveLength(2);
		expect(r.channels[0]).toMatchObject({ type: 'voice_call', value: '+254 722 000 333', cost: 'free', hours: { timezone: 'Africa/Nairobi', schedule: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '07:00', closes: '23:00' }] } });
		expect(r.channels[1]).toMatchObject({ type: 'whatsapp', value: '+254 722 000 222' });
		expect(r.topics).toEqual(['abuse_violence', 'cyberbullying']);
		expect(r.sources.map((s: { url: string }) => s.url)).toEqual(['https://example.org/helpline', 'https://example.org/helpline/contact']);
	});
});

describe('a bad issue becomes a readable list of problems', () => {
	it('names each form field that is wrong, and says how to fix it', () => {
		const r = issueToRecord(body('add-a-service-bad'), { contentRoot: dir, issue: 43 });
		expect(r.ok).toBe(false);
		expect(r.files.size).toBe(0);
		const fields = r.problems.map((p) => p.field);
		for (const f of ['Description', 'Countries', 'Website', 'Channel 1: hours', 'Youngest age served', 'Date you read the source', 'Before you send']) expect(fields).toContain(f);
		const md = problemsMarkdown(r.problems);
		expect(md).toContain('- **Countries**: "XX" is not a country code — use the two-letter ISO code');
		expect(md).toContain('- **Website**: "http://example.org/youth-chat" is not an allowed web address');
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
		const run = runScript('scripts/issue-to-record.ts', ['--body-file', path.join(FIX, 'add-a-service-bad.md'), '--issue', '43', '--summary-file', summary], { POP_CONTENT_DIR: dir });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('- **Channel 1: hours**: "sometimes in the evening" is not days and times');
		expect(fs.readFileSync(summary, 'utf8')).toMatch(/^Thank you! Before this can become a record/);
		expect(fs.readdirSync(path.join(dir, 'content/resources/ke')).length).toBe(before);
	});
	it('an issue not written with a form is refused', () => {
		expect(issueToRecord('Please add the helpline in my town, thanks!', { contentRoot: dir }).problems[0]?.message).toMatch(/not written with/);
	});
});
