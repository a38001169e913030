import i18next from 'i18next';

const CHANNELS = [
  'survey',
  'review',
  'social',
  'chat',
  'email',
  'ticket',
  'call',
  'message',
  'other',
] as const;
type Channel = (typeof CHANNELS)[number];

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** One item's channel ("Review"); unknown channels as stored. */
export function channelLabel(channel: string): string {
  return isChannel(channel) ? i18next.t(`contacts.channels.${channel}`) : channel;
}
