import type { RecordRule } from '../rule';

const hostProblem = (url: string): [string, string] | undefined => {
	try {
		const u = new URL(url);
		// tel:, sms: and mailto: links have no host; the phone rule checks them.
		if (u.protocol === 'https:' && !u.hostname.includes('.'))
			return [
				`"${url}" has no valid host name`,
				'write the full address, e.g. https://example.org/chat',
			];
	} catch {
		return [`"${url}" is not a valid address`, 'copy the address exactly from the browser'];
	}
	return undefined;
};

export const urlsRule: RecordRule = {
	name: 'urls',
	description: 'Every web address of a record parses and has a host name with a dot.',
	check(r, _ctx, report) {
		r.channels.forEach((c, i) => {
			const p = c.url ? hostProblem(c.url) : undefined;
			if (p)
				report(
					['channels', i, 'url'],
					p[0].includes('not a valid') ? 'url-parse' : 'url-host',
					...p,
				);
		});
		const p = hostProblem(r.url);
		if (p)
			report(
				['url'],
				p[0].includes('not a valid') ? 'url-parse' : 'url-host',
				p[0],
				p[0].includes('not a valid')
					? 'copy it exactly from the browser'
					: 'write the full address',
			);
	},
};
