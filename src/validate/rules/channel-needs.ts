import type { RecordRule } from '../rule';

/** Each channel type says what it needs (data/taxonomies/channels.yaml, `needs`). */
export const channelNeedsRule: RecordRule = {
	name: 'channel-needs',
	description:
		'A channel has the value or link its type needs; messaging and social channels name their platform; a chatbot is not a person; an email channel holds an address.',
	check(r, ctx, report) {
		r.channels.forEach((c, i) => {
			const needs = ctx.channelTypes.find((t) => t.id === c.type)?.needs;
			if (needs === 'value' && !c.value)
				report(
					['channels', i],
					'channel-value',
					`a ${c.type} channel needs its value`,
					`add value: "…" with the ${c.type === 'email' ? 'address' : 'number'} as the source writes it`,
				);
			if (needs === 'url' && !c.url)
				report(
					['channels', i],
					'channel-url',
					`a ${c.type} channel needs its url`,
					'add url: https://… (the page where the child starts)',
				);
			if (needs === 'url_or_value' && !c.url && !c.value)
				report(
					['channels', i],
					'channel-url',
					`a ${c.type} channel needs a url or a value`,
					'add the link (url) or the number (value)',
				);
			if ((c.type === 'messaging_app_other' || c.type === 'social_dm') && !c.platform)
				report(
					['channels', i],
					'channel-platform',
					`a ${c.type} channel must name its platform`,
					'add platform: telegram, viber, messenger, instagram, tiktok …',
				);
			if (c.type === 'chatbot' && c.human_responder !== false)
				report(
					['channels', i, 'human_responder'],
					'chatbot-human',
					'a chatbot is answered by a machine',
					'set human_responder: false',
				);
			if (c.type === 'email' && c.value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.value))
				report(
					['channels', i, 'value'],
					'email',
					`"${c.value}" is not an email address`,
					'write the address, e.g. help@example.org',
				);
		});
	},
};
