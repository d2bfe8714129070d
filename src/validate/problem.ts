/** A validation problem, reported as `path:line:col  field: what is wrong — how to fix it`. */
export interface Problem {
	/** Repository-relative path of the file, with forward slashes. */
	file: string;
	line: number;
	col: number;
	/** The field, as a dotted path (`channels[0].value`), or `(file)` for whole-file problems. */
	field: string;
	message: string;
	hint: string;
	severity: 'error' | 'warning';
	/** Short rule id, stable for tests and annotations. */
	rule: string;
}

export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}:${p.col}`;
	const prefix = p.severity === 'warning' ? 'warning: ' : '';
	return `${where}  ${prefix}${p.field}: ${p.message} — ${p.hint}`;
}

/** GitHub Actions workflow command, so CI annotates the YAML line in the pull request. */
export function githubAnnotation(p: Problem): string {
	const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return `::${p.severity} file=${prop(p.file)},line=${p.line},col=${p.col},title=${prop(p.field)}::${esc(`${p.message} — ${p.hint}`)}`;
}

/** Dotted field path from JSON path segments: ['channels', 0, 'value'] → channels[0].value */
export function fieldName(path: (string | number)[]): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else out += out ? `.${seg}` : seg;
	}
	return out || '(file)';
}

/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
	const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = dp[0]!;
		dp[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = dp[j]!;
			dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return dp[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
	const lower = input.toLowerCase();
	// Two- and three-letter codes are all close to each other: only a change of case is a plausible typo.
	if (input.length <= 3) return candidates.find((c) => c.toLowerCase() === lower && c !== input);
	let best: string | undefined;
	let bestD = Infinity;
	for (const c of candidates) {
		const d = distance(lower, c.toLowerCase());
		if (d < bestD) {
			bestD = d;
			best = c;
		}
	}
	return best !== undefined && bestD <= Math.max(2, Math.floor(input.length / 3))
		? best
		: undefined;
}
