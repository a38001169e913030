import type { TDimension, TGroupBy, TMetric, TMetricFilters } from '../../shared/contracts/metrics.js';

/**
 * The overview's state as it sits in the address: period, dimension filters and the chosen
 * views. Pure (no window, no clock: `today` comes in), so a shared link always opens the same
 * view and the mapping is unit-tested both ways.
 */

export const PERIOD_PRESETS = ['30d', '90d', '12m', 'all'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Period =
  | { kind: 'preset'; preset: PeriodPreset }
  | { kind: 'custom'; from: string | null; to: string | null };
export const DEFAULT_PRESET: PeriodPreset = '12m';

// The contract's lists as literals: importing them would pull zod into the dashboard's first bundle.
const METRICS = ['nps', 'csat', 'ces'] as const satisfies readonly TMetric[];
export const TIME_GROUPS = ['week', 'month', 'quarter'] as const satisfies readonly TGroupBy[];
export type TrendGranularity = (typeof TIME_GROUPS)[number];
export const DEFAULT_TREND: TrendGranularity = 'month';
/** The breakdowns in the order the panel offers them. */
export const BREAKDOWN_DIMENSIONS = [
  'segment',
  'region',
  'channel',
  'touchpoint',
  'product',
  'survey',
  'language',
] as const satisfies readonly TDimension[];
// A dimension the API gains must be offered here too: this line stops compiling until it is.
const everyDimension: Exclude<TDimension, (typeof BREAKDOWN_DIMENSIONS)[number]> extends never
  ? true
  : never = true;
void everyDimension;
export const DEFAULT_BREAKDOWN: TDimension = 'segment';

/** A filter key of the metrics API other than the period: the dimension's name, `surveyId` for surveys. */
export type DimensionFilterKey = Exclude<keyof TMetricFilters, 'from' | 'to'>;

export function filterKeyOf(dimension: TDimension): DimensionFilterKey {
  return (dimension === 'survey' ? 'surveyId' : dimension) as DimensionFilterKey;
}

export const FILTER_KEYS: readonly DimensionFilterKey[] = BREAKDOWN_DIMENSIONS.map(filterKeyOf);

/**
 * Filters by what the comment says: not breakdowns (an answer mentions several themes), but
 * narrowing every figure of the view. Checked here as the API checks them (literals, so zod
 * stays out of the bundle), so a hand-edited address never answers with an error.
 */
export const COMMENT_FILTER_KEYS = ['theme', 'sentiment'] as const satisfies readonly DimensionFilterKey[];
const COMMENT_FILTER_VALUE: Record<(typeof COMMENT_FILTER_KEYS)[number], (value: string) => boolean> = {
  theme: (value) => /^[a-z0-9][a-z0-9_-]{0,63}$/.test(value),
  sentiment: (value) => value === 'negative' || value === 'neutral' || value === 'positive',
};
export const METRIC_LIST: readonly TMetric[] = METRICS;

export interface OverviewState {
  period: Period;
  /** Only the dimension filters that are set. */
  filters: Partial<Record<DimensionFilterKey, string>>;
  trend: TrendGranularity;
  breakdown: TDimension;
  /** The metric the trend and the breakdown show. */
  metric: TMetric;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD, else null. */
function day(value: string | null): string | null {
  if (value === null || !DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseOverviewSearch(search: string): OverviewState {
  const params = new URLSearchParams(search);
  const from = day(params.get('from'));
  // The address names the last day shown ("1 Dec – 4 Dec" is `to=…-12-04`); the state and the API end exclusively.
  const last = day(params.get('to'));
  let to = last ? addDays(last, 1) : null;
  if (from && to && to <= from) to = null;
  const period: Period =
    from || to
      ? { kind: 'custom', from, to }
      : { kind: 'preset', preset: oneOf(PERIOD_PRESETS, params.get('period'), DEFAULT_PRESET) };
  const filters: Partial<Record<DimensionFilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    // The API takes 1–200 characters; anything else could only answer with an error.
    if (value && value.length <= 200) filters[key] = value;
  }
  for (const key of COMMENT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value && COMMENT_FILTER_VALUE[key](value)) filters[key] = value;
  }
  return {
    period,
    filters,
    trend: oneOf(TIME_GROUPS, params.get('trend'), DEFAULT_TREND),
    breakdown: oneOf(BREAKDOWN_DIMENSIONS, params.get('by'), DEFAULT_BREAKDOWN),
    metric: oneOf(METRICS, params.get('metric'), 'nps'),
  };
}

/** The address's query string for a state ('' or '?…'), defaults left out so links stay short. */
export function overviewSearch(state: OverviewState): string {
  const params = new URLSearchParams();
  if (state.period.kind === 'custom') {
    if (state.period.from) params.set('from', state.period.from);
    if (state.period.to) params.set('to', addDays(state.period.to, -1));
  } else if (state.period.preset !== DEFAULT_PRESET) params.set('period', state.period.preset);
  for (const key of [...FILTER_KEYS, ...COMMENT_FILTER_KEYS]) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.trend !== DEFAULT_TREND) params.set('trend', state.trend);
  if (state.breakdown !== DEFAULT_BREAKDOWN) params.set('by', state.breakdown);
  if (state.metric !== 'nps') params.set('metric', state.metric);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(isoDay: string, months: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  // Clamp to the target month's last day (31 March minus a month is 28/29 February, not 3 March).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A period as the API's `from` (inclusive) and `to` (exclusive) UTC days. Presets end with
 * today included: "last 30 days" is today and the 29 days before it.
 */
export function periodRange(period: Period, today: string): { from?: string; to?: string } {
  if (period.kind === 'custom')
    return { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
  const to = addDays(today, 1);
  switch (period.preset) {
    case '30d':
      return { from: addDays(to, -30), to };
    case '90d':
      return { from: addDays(to, -90), to };
    case '12m':
      return { from: addMonths(to, -12), to };
    case 'all':
      return {};
  }
}

/** The metrics API's filters for the state on `today` (a UTC day). */
export function metricFilters(state: OverviewState, today: string): TMetricFilters {
  return { ...periodRange(state.period, today), ...state.filters } as TMetricFilters;
}

/** Today as a UTC day, the calendar the API buckets by. */
export function utcToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}
