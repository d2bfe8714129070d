/**
 * `npm run spot-check`: compares our child-helpline numbers with the independent reference lists
 * in data/reference/*.yaml and prints agree / outdated / disagree / not-in-our-data, the agreement
 * rate over shared numbers, and every disagreement with both numbers and the record file.
 * `--json` prints the full results instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
	combineTotals,
	parseReference,
	spotCheck,
	type ServiceTotals,
	type SpotCheckResult,
	type SpotRecord,
	type Totals,
} from './lib/spot-check';
import { validateRepository } from '../src/validate/index';

const DIR = 'data/reference';
const files = fs
	.readdirSync(DIR)
	.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
	.sort();
const v = validateRepository();
const records: SpotRecord[] = v.resources.map((e) => ({ id: e.id, file: e.file, data: e.data }));
const fileOf = new Map(records.map((r) => [r.id, r.file]));

const runs = files.map((f) => {
	const file = path.join(DIR, f);
	const reference = parseReference(YAML.parse(fs.readFileSync(file, 'utf8')), file);
	return { file, reference, result: spotCheck(reference, records) };
});

if (process.argv.includes('--json')) {
	console.log(
		JSON.stringify(
			{
				runs: runs.map(({ file, reference, result }) => ({
					file,
					source: reference.source,
					result,
				})),
				totals: combineTotals(runs.map((r) => r.result)),
			},
			null,
			2,
		),
	);
	process.exit(0);
}

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1)}%`);
const row = (label: string, t: Totals) =>
	`${label.padEnd(44)} ${String(t.numbers).padStart(7)} ${String(t.agree).padStart(6)} ${String(t.outdated).padStart(9)} ${String(t.disagree).padStart(9)} ${String(t.notInOurData).padStart(8)} ${String(t.skipped).padStart(8)} ${String(t.shared).padStart(7)} ${pct(t.rate).padStart(7)}`;
const header = `${'reference'.padEnd(44)} ${'numbers'.padStart(7)} ${'agree'.padStart(6)} ${'outdated'.padStart(9)} ${'disagree'.padStart(9)} ${'not-ours'.padStart(8)} ${'skipped'.padStart(8)} ${'shared'.padStart(7)} ${'rate'.padStart(7)}`;

console.log('Spot check of child-helpline numbers against independent reference lists\n');
console.log(
	'agree: the number is a channel of one of our child_helpline / youth_serving_crisis_helpline records in the country',
);
console.log(
	'outdated: it is one of their previous_numbers (the reference is outdated); counted as agreement',
);
console.log(
	'not-ours: we have no such record in the country (not shared); skipped: every such record cites the reference\n',
);

for (const { file, reference, result } of runs) {
	console.log(`== ${file}`);
	console.log(`   ${reference.source.title}`);
	console.log(`   ${reference.source.url}`);
	console.log(
		`   ${reference.entries.length} entries (${result.entriesWithoutNumbers} without a number); records skipped as not independent: ${result.skippedRecords.length ? result.skippedRecords.join(', ') : 'none'}`,
	);
}

const totals = combineTotals(runs.map((r) => r.result));
console.log(`\n${header}`);
for (const { file, result } of runs) {
	console.log(row(`${path.basename(file, '.yaml')} (all)`, result.all));
	console.log(row(`${path.basename(file, '.yaml')} (child helplines)`, result.inScope));
}
console.log(row('TOTAL (all entries)', totals.all));
console.log(row('TOTAL (child-helpline entries)', totals.inScope));
console.log(
	`\nAgreement over shared numbers: ${pct(totals.all.rate)} of ${totals.all.shared} (all entries); ${pct(totals.inScope.rate)} of ${totals.inScope.shared} (entries the reference presents as helplines for children or young people).`,
);
console.log(
	`Current numbers only (without previous_numbers matches): ${pct(totals.all.currentRate)} (all), ${pct(totals.inScope.currentRate)} (child-helpline entries).`,
);

const srow = (label: string, t: ServiceTotals) =>
	`${label.padEnd(44)} ${String(t.entries).padStart(7)} ${String(t.shared).padStart(6)} ${String(t.conflicts).padStart(9)} ${pct(t.serviceRate).padStart(8)} ${String(t.numbers).padStart(7)} ${String(t.agree).padStart(6)} ${String(t.outdated).padStart(9)} ${String(t.missing).padStart(8)} ${pct(t.rate).padStart(7)}`;
console.log(
	'\nService level: a reference entry is shared when one of its numbers is a channel or previous number of one of our records in the country (any type), or when the entry names our record in `ours:`.',
);
console.log(
	'For each shared service, every reference number is agree, outdated (our previous number) or missing (we carry the service, not this number).\n',
);
console.log(
	'conflicts: shared services with no number in common; services: share of shared services that agree on a number; rate: share of the reference numbers of shared services that we carry.\n',
);
console.log(
	`${'reference'.padEnd(44)} ${'entries'.padStart(7)} ${'shared'.padStart(6)} ${'conflicts'.padStart(9)} ${'services'.padStart(8)} ${'numbers'.padStart(7)} ${'agree'.padStart(6)} ${'outdated'.padStart(9)} ${'missing'.padStart(8)} ${'rate'.padStart(7)}`,
);
for (const { file, result } of runs) {
	console.log(srow(`${path.basename(file, '.yaml')} (all)`, result.services.all));
	console.log(srow(`${path.basename(file, '.yaml')} (child helplines)`, result.services.inScope));
}
console.log(srow('TOTAL (all entries)', totals.services.all));
console.log(srow('TOTAL (child-helpline entries)', totals.services.inScope));
console.log(
	`\nShared services that agree on a number: ${pct(totals.services.all.serviceRate)} of ${totals.services.all.shared} (all entries); ${pct(totals.services.inScope.serviceRate)} of ${totals.services.inScope.shared} (child-helpline entries). Reference numbers of shared services that we carry: ${pct(totals.services.all.rate)} of ${totals.services.all.numbers} (all); ${pct(totals.services.inScope.rate)} of ${totals.services.inScope.numbers} (child helplines). Shared: ${totals.services.all.shared} of ${totals.services.all.entries} entries with a number.`,
);
console.log('\nConflicts (a shared service with no number in common):');
for (const { file, result } of runs)
	for (const e of result.services.entries)
		if (e.records.length && e.numbers.every((n) => n.status === 'missing'))
			console.log(
				`- [${path.basename(file, '.yaml')}] ${e.entry.country} ${e.entry.name}: ${e.entry.numbers.map((n) => `"${n}"`).join(', ')}; ours: ${e.records.map((id) => fileOf.get(id) ?? id).join(', ')}`,
			);
console.log('\nMissing from a service we share (a reference number our record does not carry):');
for (const { file, result } of runs)
	for (const e of result.services.entries)
		for (const n of e.numbers)
			if (n.status === 'missing')
				console.log(
					`- [${path.basename(file, '.yaml')}] ${e.entry.country} ${e.entry.name}: reference "${n.reference}"${e.inScope ? '' : ' (kind: other)'}; ours: ${e.records.map((id) => fileOf.get(id) ?? id).join(', ')} (paired by ${e.via})`,
				);
console.log('\nNot paired with any of our records (services we may not carry; not counted):');
for (const { file, result } of runs)
	for (const e of result.services.entries)
		if (!e.records.length)
			console.log(
				`- [${path.basename(file, '.yaml')}] ${e.entry.country} ${e.entry.name}: ${e.entry.numbers.map((n) => `"${n}"`).join(', ')}${e.inScope ? '' : ' (kind: other)'}`,
			);

console.log(
	'\n== Country level (the first definition): every reference number in a country where we have a child or youth helpline record',
);
const describe = (r: SpotCheckResult['entries'][number]['results'][number]) =>
	r.elsewhere.length
		? `; found elsewhere in our data: ${r.elsewhere.map((e) => `${e.id} (${e.type}, ${e.via === 'channel' ? 'channel' : 'previous number'} "${e.value}")`).join(', ')}`
		: '';

console.log('\nDisagreements (reference number not among our helpline records in that country):');
for (const { file, result } of runs)
	for (const e of result.entries)
		for (const r of e.results) {
			if (r.status !== 'disagree') continue;
			console.log(
				`- [${path.basename(file, '.yaml')}] ${e.entry.country} ${e.entry.name}: reference "${r.reference}"${r.inScope ? '' : ' (kind: other)'}${describe(r)}`,
			);
			for (const o of r.ours)
				console.log(
					`    ours: ${o.file ?? o.id}: ${o.values.map((x) => `"${x}"`).join(', ') || '(no number)'}${o.previous.length ? `; previous: ${o.previous.map((x) => `"${x}"`).join(', ')}` : ''}`,
				);
		}

console.log('\nOutdated in the reference (matches one of our previous_numbers):');
for (const { file, result } of runs)
	for (const e of result.entries)
		for (const r of e.results)
			if (r.status === 'outdated' && r.match)
				console.log(
					`- [${path.basename(file, '.yaml')}] ${e.entry.country} ${e.entry.name}: "${r.reference}" = previous number "${r.match.value}" of ${fileOf.get(r.match.id) ?? r.match.id}`,
				);

console.log('\nNot in our data (no child-helpline record in the country):');
for (const { file, result } of runs)
	for (const e of result.entries)
		for (const r of e.results)
			if (r.status === 'not_in_our_data')
				console.log(
					`- [${path.basename(file, '.yaml')}] ${e.entry.country} ${e.entry.name}: "${r.reference}"${describe(r)}`,
				);
