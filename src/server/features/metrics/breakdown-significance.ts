import { compareNps } from '../../../domain/metrics/compare-nps.js';
import {
  compareProportions,
  minDetectableProportionDifference,
  type ProportionCounts,
} from '../../../domain/metrics/compare-proportions.js';
import { markSignificantSegments } from '../../../domain/metrics/fdr.js';
import { minDetectableDifference } from '../../../domain/metrics/min-detectable.js';
import { adjustNps, answeredCount, type NpsCounts } from '../../../domain/metrics/nps.js';
import {
  BREAKDOWN_FDR,
  THIN_BELOW,
  type TMetric,
  type TMetricGroup,
} from '../../../shared/contracts/metrics.js';

/** One group's test against the rest: what the mark shows, and its detectable difference if unmarked. */
interface GroupTest {
  key: string;
  n: number;
  difference: number;
  pValue: number;
  minDetectable: () => number;
}

/**
 * Benjamini–Hochberg over the groups with at least 30 answers, then each group's mark; a group
 * that is not significant gets the smallest difference the data could have shown, so "no mark"
 * reads as "cannot tell below ±x points" rather than "no difference".
 */
function applyMarks(groups: readonly TMetricGroup[], tests: readonly GroupTest[]): TMetricGroup[] {
  const marks = markSignificantSegments(
    tests.map((t) => ({ key: t.key, n: t.n, pValue: t.pValue })),
    { fdr: BREAKDOWN_FDR, minAnswers: THIN_BELOW },
  );
  const byKey = new Map(tests.map((t, i) => [t.key, { test: t, mark: marks[i] }]));
  return groups.map((group) => {
    const found = byKey.get(group.key);
    if (!found?.mark) return group;
    const { test, mark } = found;
    return {
      ...group,
      significance: {
        difference: test.difference,
        pValue: mark.pValue,
        adjustedP: mark.adjustedP,
        significant: mark.significant,
        tooFewAnswers: mark.tooFewAnswers,
        minDetectableDifference: mark.significant ? null : test.minDetectable(),
      },
    };
  });
}

/** Each group of an NPS breakdown against all other answers: the adjusted-Wald comparison (STATS.md). */
export function markBreakdown(groups: readonly TMetricGroup[], total: NpsCounts): TMetricGroup[] {
  const tests = groups.flatMap((group): GroupTest[] => {
    const counts = {
      promoters: group.promoters ?? 0,
      passives: group.passives ?? 0,
      detractors: group.detractors ?? 0,
    };
    const rest = {
      promoters: total.promoters - counts.promoters,
      passives: total.passives - counts.passives,
      detractors: total.detractors - counts.detractors,
    };
    if (answeredCount(counts) === 0 || answeredCount(rest) === 0) return [];
    const comparison = compareNps(rest, counts);
    const minDetectable = () => {
      const a = adjustNps(counts);
      const b = adjustNps(rest);
      return minDetectableDifference({
        variance1: a.variance,
        variance2: b.variance,
        n1: a.adjustedN,
        n2: b.adjustedN,
      });
    };
    return [
      {
        key: group.key,
        n: group.n,
        difference: comparison.difference,
        pValue: comparison.pValue,
        minDetectable,
      },
    ];
  });
  return applyMarks(groups, tests);
}

/** The lowest score of the headline share: CSAT top-2-box (4–5 of 1–5), CES 2.0 % agree (5–7 of 1–7). */
export const SHARE_FROM: Record<Exclude<TMetric, 'nps'>, number> = { csat: 4, ces: 5 };

function shareCounts(distribution: Record<string, number>, from: number): ProportionCounts {
  let n = 0;
  let successes = 0;
  for (const [score, count] of Object.entries(distribution)) {
    n += count;
    if (Number(score) >= from) successes += count;
  }
  return { successes, n };
}

/**
 * Each group of a CSAT or CES breakdown against all other answers on the headline share: the
 * two-proportion test, difference in percentage points (this group minus the rest).
 */
export function markShareBreakdown(
  metric: Exclude<TMetric, 'nps'>,
  groups: readonly TMetricGroup[],
): TMetricGroup[] {
  const from = SHARE_FROM[metric];
  const counts = groups.map((group) => shareCounts(group.distribution, from));
  const total = counts.reduce((sum, c) => ({ successes: sum.successes + c.successes, n: sum.n + c.n }), {
    successes: 0,
    n: 0,
  });
  const tests = groups.flatMap((group, i): GroupTest[] => {
    const own = counts[i] as ProportionCounts;
    const rest = { successes: total.successes - own.successes, n: total.n - own.n };
    if (own.n === 0 || rest.n === 0) return [];
    const comparison = compareProportions(rest, own);
    return [
      {
        key: group.key,
        n: group.n,
        difference: comparison.difference,
        pValue: comparison.pValue,
        minDetectable: () => minDetectableProportionDifference(own, rest),
      },
    ];
  });
  return applyMarks(groups, tests);
}
