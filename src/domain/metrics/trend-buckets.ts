import { estimateNps, npsCounts, type NpsEstimate } from './nps.js';

export type TrendGranularity = 'week' | 'month' | 'quarter';

const DAY_MS = 86_400_000;

export interface TrendBucket {
  /** `2026-W05` (ISO week), `2026-02` or `2026-Q1`. */
  readonly key: string;
  /** Inclusive start and exclusive end, UTC midnight. */
  readonly start: Date;
  readonly end: Date;
  readonly n: number;
  readonly estimate: NpsEstimate;
  /** Fewer answers than the threshold (30): draw hollow or merge, never as a confident point. */
  readonly isThin: boolean;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO 8601 week of a UTC time: weeks start on Monday and belong to the year of their Thursday. */
function isoWeek(at: Date): { year: number; week: number; monday: number } {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const weekday = (at.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = midnight - weekday * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week, monday };
}

/**
 * The bucket a time falls in, in UTC, so a week is the same for every viewer and matches
 * PostgreSQL's `date_trunc('week', … AT TIME ZONE 'UTC')`.
 * @throws RangeError for an invalid date.
 */
export function trendBucketOf(
  at: Date,
  granularity: TrendGranularity,
): { key: string; start: Date; end: Date } {
  if (Number.isNaN(at.getTime())) throw new RangeError('every answer needs a valid time');
  if (granularity === 'week') {
    const { year, week, monday } = isoWeek(at);
    return { key: `${year}-W${pad2(week)}`, start: new Date(monday), end: new Date(monday + 7 * DAY_MS) };
  }
  const year = at.getUTCFullYear();
  if (granularity === 'month') {
    const month = at.getUTCMonth();
    return {
      key: `${year}-${pad2(month + 1)}`,
      start: new Date(Date.UTC(year, month, 1)),
      end: new Date(Date.UTC(year, month + 1, 1)),
    };
  }
  const quarter = Math.floor(at.getUTCMonth() / 3);
  return {
    key: `${year}-Q${quarter + 1}`,
    start: new Date(Date.UTC(year, quarter * 3, 1)),
    end: new Date(Date.UTC(year, quarter * 3 + 3, 1)),
  };
}

/**
 * An NPS trend: answered scores per week, month or quarter, each with its n and adjusted-Wald
 * band, oldest first. Buckets without answers are left out rather than drawn as 0.
 */
export function trendBuckets(
  answers: readonly { readonly at: Date; readonly score: number }[],
  granularity: TrendGranularity,
  options: { readonly confidence?: number; readonly thinBelow?: number } = {},
): TrendBucket[] {
  const thinBelow = options.thinBelow ?? 30;
  const groups = new Map<string, { key: string; start: Date; end: Date; scores: number[] }>();
  for (const answer of answers) {
    const bucket = trendBucketOf(answer.at, granularity);
    const group = groups.get(bucket.key) ?? { ...bucket, scores: [] };
    group.scores.push(answer.score);
    groups.set(bucket.key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map(({ key, start, end, scores }) => {
      const estimate = estimateNps(
        npsCounts(scores),
        options.confidence === undefined ? {} : { confidence: options.confidence },
      );
      return { key, start, end, n: estimate.n, estimate, isThin: estimate.n < thinBelow };
    });
}
