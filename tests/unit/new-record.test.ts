/** `npm run new` with scripted answers (one per line on stdin) writes a record that passes the validator. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Organization } from '../../src/schemas/organization';
import type { Resource } from '../../src/schemas/resource';
import { contentCopy, runScript, validateContent } from './helpers/content-copy';

let dir: string;
beforeAll(() => {
	dir = contentCopy('new');
});

const answers = (lines: string[]) => `${lines.join('\n')}\n`;

/** A child helpline with two channels, run by an organisation that is already listed. */
const EXISTING_ORG = [
	'KE', // main country
	'Example Text Line', // name
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
	'en, sw',
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
	'',
	'',
	'',
	'ke-example-org',
];

describe('npm run new', () => {
	it('writes a valid record with the schema modeline from scripted answers', () => {
		const run = runScript(
			'scripts/new-record.ts',
			[],
			{ POP_CONTENT_DIR: dir },
			answers(EXISTING_ORG),
		);
		expect(run.stderr).toBe('');
		expect(run.status, run.stdout).toBe(0);
		expect(run.stdout).toContain("✗ Invalid. The service's web page (https:).");
		expect(run.stdout).toContain('wrote content/resources/ke/example-text-line.yaml');
		const text = fs.readFileSync(
			path.join(dir, 'content/resources/ke/example-text-line.yaml'),
			'utf8',
		);
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
		const v = validateContent(dir);
		expect(v.status, v.stdout).toBe(0);
	});
	it('writes the organisation too when it is new, and a global record goes in global/', () => {
		const lines = [
			'global',
			'Example Report Tool',
			'',
			'takedown_tool',
			'takedown, reporting',
			'',
			'', // scope: global (default for global/)
			'A fictional global tool to ask platforms to take an image down, used to test npm run new.',
			'Get a photo of you taken down.',
			'https://example.org/report-tool',
			'en',
			'web_form',
			'https://example.org/report-tool/start',
			'free',
			'24/7',
			'',
			'yes',
			'no',
			'no',
			'children, adolescents',
			'self_generated_images',
			'csam, non_consensual_imagery',
			'https://example.org/report-tool/about',
			'2026-11-21',
			'About the tool',
			'website_check',
			'',
			'high',
			'', // organisation: the suggested new id global-example-report-tool
			'Example Report Foundation',
			'ngo',
			'A fictional foundation used to test npm run new.',
			'', // website: same as the service
		];
		const run = runScript('scripts/new-record.ts', [], { POP_CONTENT_DIR: dir }, answers(lines));
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).toContain('wrote content/organizations/global-example-report-tool.yaml');
		const r = YAML.parse(
			fs.readFileSync(path.join(dir, 'content/resources/global/example-report-tool.yaml'), 'utf8'),
		) as Resource;
		expect(r).toMatchObject({
			scope: 'global',
			countries: [],
			report_scope: ['csam', 'non_consensual_imagery'],
			organization: 'global-example-report-tool',
		});
		const org = YAML.parse(
			fs.readFileSync(
				path.join(dir, 'content/organizations/global-example-report-tool.yaml'),
				'utf8',
			),
		) as Organization;
		expect(org).toMatchObject({
			name: 'Example Report Foundation',
			type: 'ngo',
			countries: [],
			url: 'https://example.org/report-tool',
		});
		expect(validateContent(dir).status).toBe(0);
	});
	it('stops without writing anything when the answers run out', () => {
		const run = runScript(
			'scripts/new-record.ts',
			[],
			{ POP_CONTENT_DIR: dir },
			answers(['KE', 'Half Finished Line']),
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('Stopped: the input ended before an answer to "File name');
		expect(fs.existsSync(path.join(dir, 'content/resources/ke/half-finished-line.yaml'))).toBe(
			false,
		);
	});
});
