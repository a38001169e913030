import { responsesPath } from '../router/routes.js';

/**
 * The Responses page's filters as they stand in the address: the analytics filters
 * (`TMetricFilters`, days with `to` exclusive) plus what a drill-down narrows to. The same keys
 * `responsesPath` writes and the list and export APIs read.
 */
export const RESPONSE_FILTER_KEYS = [
  'metric',
  'category',
  'score',
  'hasComment',
  'from',
  'to',
  'surveyId',
  'channel',
  'segment',
  'region',
  'product',
  'language',
  'touchpoint',
  'contactExternalId',
  'q',
  'theme',
  'sentiment',
] as const;
export type ResponseFilterKey = (typeof RESPONSE_FILTER_KEYS)[number];
export type ResponseFilters = { [K in ResponseFilterKey]?: string | undefined };

export const FILTER_METRICS = ['nps', 'csat', 'ces'] as const;
export const FILTER_CATEGORIES = ['promoter', 'passive', 'detractor'] as const;
export const FILTER_CHANNELS = ['email', 'link', 'widget', 'api'] as const;
/** The comment's reading (the API's SENTIMENT_LABELS and THEME_ID_PATTERN, literal so zod stays out of this bundle). */
export const FILTER_SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export const THEME_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const SCALE_MAX: Record<string, number> = { nps: 10, csat: 5, ces: 7 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

function valid(key: ResponseFilterKey, value: string, all: ResponseFilters): boolean {
  switch (key) {
    case 'metric':
      return (FILTER_METRICS as readonly string[]).includes(value);
    case 'category':
      return all.metric === 'nps' && (FILTER_CATEGORIES as readonly string[]).includes(value);
    case 'score': {
      const max = all.metric ? (SCALE_MAX[all.metric] ?? 10) : 10;
      return /^\d{1,2}$/.test(value) && Number(value) <= max;
    }
    case 'hasComment':
      return value === 'true' || value === 'false';
    case 'from':
    case 'to':
      return DAY.test(value) || TIME.test(value);
    case 'theme':
      return THEME_ID.test(value);
    case 'sentiment':
      return (FILTER_SENTIMENTS as readonly string[]).includes(value);
    case 'q':
      // The API's limits on the comment search (contracts/responses.ts SEARCH_MAX_LENGTH).
      return value.length <= 200 && !value.includes('\u0000');
    default:
      return value.length <= 255;
  }
}

/**
 * Reads the filters from a query string. A value the API would refuse (a category without
 * NPS, a malformed day) is dropped, so a hand-edited address still shows a list.
 */
export function readResponseFilters(search: string): ResponseFilters {
  const params = new URLSearchParams(search);
  const raw: ResponseFilters = {};
  for (const key of RESPONSE_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) raw[key] = value;
  }
  const out: ResponseFilters = {};
  for (const key of RESPONSE_FILTER_KEYS) {
    const value = raw[key];
    if (value !== undefined && valid(key, value, raw)) out[key] = value;
  }
  // The address names the last day shown (`responsesPath` writes it so); the API's `to` day is exclusive.
  if (out.to && DAY.test(out.to)) out.to = addDays(out.to, 1);
  return out;
}

/** The address of the page with these filters; a metric change drops a category that no longer fits. */
export function responseFiltersPath(filters: ResponseFilters): string {
  const clean: ResponseFilters = {};
  for (const key of RESPONSE_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '' && valid(key, value, filters)) clean[key] = value;
  }
  return responsesPath(clean);
}

/** The export download of exactly these answers. */
export function exportPath(format: 'csv' | 'xlsx', filters: ResponseFilters, language: string): string {
  const params = new URLSearchParams();
  for (const key of RESPONSE_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('lang', language === 'de' ? 'de' : 'en');
  return `/api/v1/exports/responses.${format}?${params.toString()}`;
}

/** Days as the date inputs show them: `to` is exclusive in the filters (as for the API), inclusive on screen and in the address. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
