import type { RecordRule } from '../rule';

export const censusRule: RecordRule = {
	name: 'census',
	description:
		'The channel census never calls a kind not offered, discontinued or offered but unlisted while a channel of that kind is in the record, puts no kind in two of its lists, and cites a source the record lists.',
	check(r, ctx, report) {
		const cen = r.channel_census;
		if (!cen) return;
		const offered = new Set(
			r.channels.map((c) => ctx.channelTypes.find((t) => t.id === c.type)?.kind).filter(Boolean),
		);
		(cen.not_offered ?? []).forEach((k, j) => {
			if (offered.has(k))
				report(
					['channel_census', 'not_offered', j],
					'census-offered',
					`${k} is listed as not offered, but a channel of that kind is in channels`,
					'remove it from not_offered, or remove the channel if the service no longer has it (then list it under discontinued)',
				);
		});
		(cen.offered_unlisted ?? []).forEach((k, j) => {
			if (offered.has(k))
				report(
					['channel_census', 'offered_unlisted', j],
					'census-offered',
					`${k} is listed as offered but unlisted, but a channel of that kind is in channels`,
					'remove it from offered_unlisted: the channel already says the service offers it',
				);
			if (cen.not_offered?.includes(k) || cen.discontinued?.some((d) => d.kind === k))
				report(
					['channel_census', 'offered_unlisted', j],
					'census-twice',
					`${k} is listed as offered but unlisted and also as not offered or discontinued`,
					'keep it in one list only: the one the newest source supports',
				);
		});
		(cen.discontinued ?? []).forEach((d, j) => {
			if (offered.has(d.kind))
				report(
					['channel_census', 'discontinued', j, 'kind'],
					'census-offered',
					`${d.kind} is listed as discontinued, but a channel of that kind is in channels`,
					'remove one of them',
				);
			if (cen.not_offered?.includes(d.kind))
				report(
					['channel_census', 'discontinued', j, 'kind'],
					'census-twice',
					`${d.kind} is both discontinued and not offered`,
					'keep it under discontinued only',
				);
		});
		if (!r.sources.some((s) => s.url === cen.source))
			report(
				['channel_census', 'source'],
				'census-source',
				"the census source is not among the record's sources",
				'add it to sources, with the date you read it',
			);
	},
};
