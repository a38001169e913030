import { compareProportions } from './compare-proportions.js';
import { benjaminiHochberg } from './fdr.js';
import { normalCdf } from './normal.js';

/** A theme needs this many mentions in the period before its rise is tested. */
export const RISING_MIN_MENTIONS = 10;
/** The false-discovery rate across the themes of one period. */
export const RISING_FDR = 0.05;
/** The baseline is the stretch this many times the period's length right before it. */
export const RISING_BASELINE_FACTOR = 3;

/** One theme's counts in the period and in its baseline. */
export interface ThemeShareCounts<K> {
  readonly key: K;
  /** Comments of the period that mention the theme, and the period's analysed comments. */
  readonly mentions: number;
  readonly comments: number;
  readonly baselineMentions: number;
  readonly baselineComments: number;
}

export interface RisingMark<K> {
  readonly key: K;
  /** null when the theme was not tested: no comments in either window, or too few mentions. */
  readonly test: {
    /** The theme's share of the baseline's comments, as a fraction. */
    readonly baselineShare: number;
    /** One-sided p of "its share is no higher than in the baseline". */
    readonly pValue: number;
    /** Benjamini–Hochberg adjusted across the tested themes. */
    readonly qValue: number;
    readonly rising: boolean;
  } | null;
}

/**
 * "Rising" marks for the themes of a period (the recurring-problem signal of a journey audit):
 * each theme's share of the period's comments against its share of the baseline's, by the
 * pooled two-proportion z-test, one-sided (only a rise is a signal). Themes with fewer than
 * `minMentions` mentions in the period, or without comments in either window, are not tested and
 * are left out of the family before adjusting, so they cannot dilute the others; a tested theme
 * rises when its q ≤ `fdr`. Without the adjustment one of twenty steady themes would be marked
 * rising by chance every period.
 * @throws RangeError for counts that are negative, fractional, or more mentions than comments.
 */
export function risingThemes<K>(
  themes: readonly ThemeShareCounts<K>[],
  options: { readonly minMentions?: number; readonly fdr?: number } = {},
): RisingMark<K>[] {
  const minMentions = options.minMentions ?? RISING_MIN_MENTIONS;
  const fdr = options.fdr ?? RISING_FDR;
  if (!(fdr > 0 && fdr < 1))
    throw new RangeError(`the false-discovery rate must be between 0 and 1, got ${fdr}`);
  for (const t of themes) {
    for (const [name, x, n] of [
      ['period', t.mentions, t.comments],
      ['baseline', t.baselineMentions, t.baselineComments],
    ] as const) {
      if (!(Number.isInteger(x) && Number.isInteger(n) && x >= 0 && n >= 0 && x <= n))
        throw new RangeError(
          `${name} counts must be whole numbers with mentions ≤ comments, got ${x} of ${n}`,
        );
    }
  }
  const tested = themes.filter((t) => t.mentions >= minMentions && t.comments > 0 && t.baselineComments > 0);
  const pValues = tested.map((t) => {
    const { z } = compareProportions(
      { successes: t.baselineMentions, n: t.baselineComments },
      { successes: t.mentions, n: t.comments },
    );
    return normalCdf(-z);
  });
  const qValues = benjaminiHochberg(pValues);
  const byTheme = new Map(tested.map((t, i) => [t, i]));
  return themes.map((t) => {
    const i = byTheme.get(t);
    if (i === undefined) return { key: t.key, test: null };
    const qValue = qValues[i] as number;
    return {
      key: t.key,
      test: {
        baselineShare: t.baselineMentions / t.baselineComments,
        pValue: pValues[i] as number,
        qValue,
        rising: qValue <= fdr,
      },
    };
  });
}

/** Date.UTC would read year 1 as 1901. */
const YEAR_ONE = new Date('0001-01-01T00:00:00Z').getTime();

/**
 * The baseline window of a period [from, to): the `factor`× longer stretch ending at `from`,
 * cut at 1 January of year 1 (a period of centuries would otherwise reach before the calendar
 * the databases know).
 */
export function baselineWindow(
  from: Date,
  to: Date,
  factor: number = RISING_BASELINE_FACTOR,
): { from: Date; to: Date } {
  const length = to.getTime() - from.getTime();
  if (!(length > 0)) throw new RangeError('a period must end after it starts');
  return { from: new Date(Math.max(YEAR_ONE, from.getTime() - factor * length)), to: from };
}
