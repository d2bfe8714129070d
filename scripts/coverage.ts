/** `npm run coverage`: what the dataset covers and where it is thin. --json for machine output. */
import { datasetFromValidation } from '../src/validate/index';
import { coverage, coverageText } from '../src/model/coverage';
import { assertValid, validateRepository } from '../src/validate/index';

const v = validateRepository();
assertValid(v);
const ds = datasetFromValidation(v);
console.log(
	process.argv.includes('--json') ? JSON.stringify(coverage(ds), null, 2) : coverageText(ds),
);
