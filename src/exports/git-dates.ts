/**
 * When each record file was added and last changed, from `git log`, read once per build.
 * Without git, outside a repository, or in a shallow clone (CI checks out one commit), the dates
 * are missing or partial, and callers fall back to the record's own `last_verified` date.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { ROOT } from '../schemas/reference';

export interface FileDates {
	/** ISO date-time of the first commit that added the file (absent when history is shallow). */
	created?: string;
	/** ISO date-time of the last commit that changed it. */
	updated: string;
}

export interface GitDates {
	/** Repository-relative path → dates. */
	files: Map<string, FileDates>;
	/** Why dates may be incomplete, or undefined when the full history was read. */
	limitation?: string;
}

/**
 * Parses `git log --format=%x00%H %cI --name-only` output (newest commit first): for each file, the
 * oldest commit seen is when it was added and the newest is when it last changed. In a shallow
 * clone the boundary commits (`boundaries`) show every file as added, so they are skipped, and no
 * date of first addition is given.
 */
export function parseGitLog(
	out: string,
	boundaries: Set<string> = new Set(),
): Map<string, FileDates> {
	const shallow = boundaries.size > 0;
	const files = new Map<string, FileDates>();
	for (const block of out.split('\0').slice(1)) {
		const [head, ...names] = block.split('\n').map((l) => l.trim());
		const [hash, date] = (head ?? '').split(' ');
		if (!hash || !date || boundaries.has(hash)) continue;
		const iso = new Date(date).toISOString();
		for (const name of names) {
			if (!name) continue;
			const f = files.get(name);
			if (!f) files.set(name, shallow ? { updated: iso } : { created: iso, updated: iso });
			else if (!shallow) f.created = iso;
		}
	}
	return files;
}

/** Reads the dates of every file under `paths` (e.g. content/resources) from git, never throwing. */
export function readGitDates(paths: string[], root = ROOT): GitDates {
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	try {
		const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
		const boundaries = new Set<string>();
		if (shallow) {
			const file = git('rev-parse', '--path-format=absolute', '--git-path', 'shallow').trim();
			for (const h of fs.readFileSync(file, 'utf8').split('\n'))
				if (h.trim()) boundaries.add(h.trim());
		}
		// --no-renames: a moved file counts as added where it now lives, which is its id's history.
		const out = git(
			'log',
			'--no-renames',
			'--format=%x00%H %cI',
			'--name-only',
			'--diff-filter=AM',
			'--',
			...paths,
		);
		const files = parseGitLog(out, boundaries);
		return shallow
			? {
					files,
					limitation:
						'the git history is shallow: only changes after the first fetched commit are dated, and dates of first addition are not known',
				}
			: { files };
	} catch {
		return {
			files: new Map(),
			limitation: 'no git history: dates fall back to the date each record was last verified',
		};
	}
}
