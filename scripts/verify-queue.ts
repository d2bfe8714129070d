/**
 * `npm run verify-queue`: the work list of a verification round. Every contact with the date of
 * the newest source that shows it and the record's confidence, worst first.
 *   --type child_helpline   only records of one resource type
 *   --country KE            only records serving one country
 *   --numbers               only phone numbers and short codes
 *   --all                   include contacts whose evidence is recent and sure (hidden by default)
 *   --json                  machine output
 */
import { datasetFromValidation } from '../src/validate/index';
import { datedSince, freshnessFigures, verifyQueue } from '../src/model/verify-queue';
import { assertValid, validateRepository } from '../src/validate/index';

const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const v = validateRepository();
assertValid(v);
const ds = datasetFromValidation(v);
const type = arg('--type');
const country = arg('--country')?.toUpperCase();
let items = verifyQueue(ds)
	.filter((x) => !type || x.type === type)
	.filter((x) => !country || ds.byId.get(x.id)!.countries.includes(country))
	.filter((x) => !process.argv.includes('--numbers') || x.number);
if (!process.argv.includes('--all'))
	items = items.filter((x) => x.evidence.state !== 'confirmed' || x.evidence.unsure);
if (process.argv.includes('--json')) {
	console.log(JSON.stringify(items, null, 2));
} else {
	for (const x of items) {
		const when = x.evidence.date ? `${x.evidence.state} ${x.evidence.date}` : 'undated';
		console.log(
			`${when.padEnd(20)} ${x.confidence.padEnd(7)} ${x.id}  channels[${x.channel}] ${x.channelType} ${x.shown}`,
		);
	}
	const f = freshnessFigures(ds, datedSince());
	console.log(
		`\n${items.length} contact(s) listed. Child-helpline numbers backed by a source dated ${f.sinceYear} or later: ${f.recentlyDated} of ${f.helplineNumbers} (${Math.round((100 * f.recentlyDated) / Math.max(1, f.helplineNumbers))}%); the other ${f.helplineNumbers - f.recentlyDated} are labelled on the site (${f.labelled} labelled).`,
	);
}
