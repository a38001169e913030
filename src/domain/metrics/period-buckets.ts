import { trendBucketOf } from './trend-buckets.js';

export type PeriodGrain = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;

/** One bucket of a period, its days as YYYY-MM-DD (UTC); `to` is exclusive. */
export interface PeriodBucket {
  /** `2026-11-03`, `2026-W45` or `2026-11`. */
  readonly key: string;
  /** The bucket's own first day, as `date_trunc` gives it (a week's Monday, a month's 1st). */
  readonly start: string;
  /** The days of the period inside it: the first and last buckets may be cut by the period. */
  readonly from: string;
  readonly to: string;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The grain a period's trend is drawn in: days up to 31 days (a month's weeks would be four
 * points), months beyond 366 days (a year's 53 weeks crowd a phone), ISO weeks between.
 * @throws RangeError for a period that does not end after it starts.
 */
export function periodGrain(from: Date, to: Date): PeriodGrain {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (!(days > 0)) throw new RangeError('a period must end after it starts');
  if (days <= 31) return 'day';
  return days > 366 ? 'month' : 'week';
}

/**
 * Every bucket of [from, to) in order, empty ones included, so a trend shows the quiet weeks
 * too. Weeks are ISO weeks and months calendar months, in UTC, matching PostgreSQL's
 * `date_trunc(grain, t at time zone 'UTC')`.
 * @throws RangeError for a period that does not end after it starts.
 */
export function periodBuckets(from: Date, to: Date, grain: PeriodGrain): PeriodBucket[] {
  if (!(to.getTime() > from.getTime())) throw new RangeError('a period must end after it starts');
  const buckets: PeriodBucket[] = [];
  let at = from.getTime();
  while (at < to.getTime()) {
    const whole =
      grain === 'day'
        ? { key: dayOf(at), start: new Date(at - (at % DAY_MS)), end: new Date(at - (at % DAY_MS) + DAY_MS) }
        : trendBucketOf(new Date(at), grain);
    const end = Math.min(whole.end.getTime(), to.getTime());
    buckets.push({ key: whole.key, start: dayOf(whole.start.getTime()), from: dayOf(at), to: dayOf(end) });
    at = end;
  }
  return buckets;
}
