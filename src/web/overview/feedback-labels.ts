import i18next from 'i18next';

/** Channels and metrics the dashboard has names for; others are shown as stored. */
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
const METRICS = ['nps', 'csat', 'ces', 'rating', 'brand'] as const;

type Channel = (typeof CHANNELS)[number];
type Metric = (typeof METRICS)[number];

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

export function channelName(channel: string): string {
  return isChannel(channel) ? i18next.t(`overview.channels.${channel}`) : channel;
}

export function metricName(metric: string): string {
  return isMetric(metric) ? i18next.t(`overview.metrics.${metric}`) : metric.toUpperCase();
}
