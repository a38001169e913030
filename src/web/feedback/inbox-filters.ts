import {
  readResponseFilters,
  RESPONSE_FILTER_KEYS,
  type ResponseFilters,
} from '../responses/response-filters.js';
import { feedbackPath } from '../router/routes.js';

/** The inbox's channels (the API's INBOX_CHANNELS, kept literal so zod stays out of this bundle). */
export const INBOX_CHANNELS = [
  'survey',
  'email',
  'link',
  'widget',
  'api',
  'review',
  'social',
  'chat',
  'ticket',
  'call',
  'message',
  'other',
] as const;
/** The drill-down's metrics and a source's own stars. */
export const INBOX_METRICS = ['nps', 'csat', 'ces', 'rating'] as const;
const RATING_SCALE_MAX = 100;

/**
 * The inbox's filters from the address: the Responses page's (read by its own reader, so both
 * pages drop the same bad values), widened to the inbox's channels and the `rating` metric.
 */
export function readInboxFilters(search: string): ResponseFilters {
  const filters = readResponseFilters(search);
  const params = new URLSearchParams(search);
  if (filters.channel !== undefined && !(INBOX_CHANNELS as readonly string[]).includes(filters.channel))
    delete filters.channel;
  if (params.get('metric') === 'rating') {
    filters.metric = 'rating';
    const score = params.get('score');
    if (score && /^\d{1,3}$/.test(score) && Number(score) <= RATING_SCALE_MAX) filters.score = score;
  }
  return filters;
}

/** The inbox's address with these filters; a category stays only with NPS, as the API wants. */
export function inboxFiltersPath(filters: ResponseFilters): string {
  const clean: Record<string, string> = {};
  for (const key of RESPONSE_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') clean[key] = value;
  }
  if (clean.metric !== 'nps') delete clean.category;
  return feedbackPath(clean);
}
