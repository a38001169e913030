import type { TFunction } from 'i18next';
import type { TFeedbackItem } from '../../shared/contracts/feedback.js';
import { INBOX_CHANNELS } from './inbox-filters.js';

type Channel = (typeof INBOX_CHANNELS)[number];
const isChannel = (value: string): value is Channel => (INBOX_CHANNELS as readonly string[]).includes(value);

/** The item's channel as a word; a channel the dashboard does not know yet is shown as stored. */
export function channelLabel(t: TFunction, item: Pick<TFeedbackItem, 'channel'>): string {
  return isChannel(item.channel) ? t(`feedback.channel.${item.channel}`) : item.channel;
}

/** Who gave it: the contact's name (or id), else the author the source named, else anonymous. */
export function whoGaveIt(t: TFunction, item: Pick<TFeedbackItem, 'contact' | 'author'>): string {
  if (item.contact) return item.contact.name ?? item.contact.externalId;
  const author = item.author;
  return author?.name ?? author?.handle ?? author?.email ?? t('feedback.list.anonymous');
}

/** A survey answer's answering channel (kept in its touchpoint); null for other items. */
export function answeredVia(
  t: TFunction,
  item: Pick<TFeedbackItem, 'channel' | 'touchpoint'>,
): string | null {
  if (item.channel !== 'survey' || item.touchpoint === null || !isChannel(item.touchpoint)) return null;
  return t('feedback.detail.answeredVia', { channel: t(`feedback.channel.${item.touchpoint}`) });
}
