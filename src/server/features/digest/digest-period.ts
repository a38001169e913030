import { trendBucketOf } from '../../../domain/metrics/trend-buckets.js';

/** The digest compares the week with this many weeks before it, pooled. */
export const BASELINE_WEEKS = 4;

const DAY_MS = 86_400_000;

/** The week a digest reports on and its baseline, as UTC days (`to` exclusive, as the metrics API takes them). */
export interface DigestPeriod {
  /** ISO week of the reported week, e.g. `2026-W45`; what `digest_subscriptions.last_period` records. */
  readonly key: string;
  /** Monday of the reported week. */
  readonly from: string;
  /** The Monday after it (exclusive). */
  readonly to: string;
  /** Monday BASELINE_WEEKS weeks before `from`; the baseline is [baselineFrom, from). */
  readonly baselineFrom: string;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The last complete ISO week (Monday to Monday, UTC) before `now`, and the four weeks before it.
 *
 * Why four weeks pooled and not only the week before: one week against one week compares two
 * thin samples, so real changes rarely reach significance and the mail would mostly report
 * noise either way. Four weeks make a steadier baseline, and a week that stands out against
 * a month is what a reader wants to hear about.
 *
 * A job that runs late (or is retried on Tuesday) still reports the same week.
 */
export function lastCompleteWeek(now: Date): DigestPeriod {
  const current = trendBucketOf(now, 'week');
  const previous = trendBucketOf(new Date(current.start.getTime() - DAY_MS), 'week');
  return {
    key: previous.key,
    from: day(previous.start.getTime()),
    to: day(current.start.getTime()),
    baselineFrom: day(previous.start.getTime() - BASELINE_WEEKS * 7 * DAY_MS),
  };
}
