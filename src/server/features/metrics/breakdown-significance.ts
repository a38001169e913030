import { compareNps } from '../../../domain/metrics/compare-nps.js';
import { markSignificantSegments } from '../../../domain/metrics/fdr.js';
import { minDetectableDifference } from '../../../domain/metrics/min-detectable.js';
import { adjustNps, answeredCount, type NpsCounts } from '../../../domain/metrics/nps.js';
import { BREAKDOWN_FDR, THIN_BELOW, type TMetricGroup } from '../../../shared/contracts/metrics.js';

/**
 * Marks each group of an NPS breakdown against all other answers ("the rest"): the adjusted-Wald
 * comparison per group, Benjamini–Hochberg over the groups with at least 30 answers, and for a
 * group that is not significant the smallest difference the data could have shown, so "no mark"
 * reads as "cannot tell below ±x points" rather than "no difference".
 */
export function markBreakdown(groups: readonly TMetricGroup[], total: NpsCounts): TMetricGroup[] {
  const tests = groups.flatMap((group) => {
    const counts = { promoters: group.promoters ?? 0, passives: group.passives ?? 0, detractors: group.detractors ?? 0 };
    const rest = { promoters: total.promoters - counts.promoters, passives: total.passives - counts.passives, detractors: total.detractors - counts.detractors };
    if (answeredCount(counts) === 0 || answeredCount(rest) === 0) return [];
    return [{ key: group.key, n: group.n, counts, rest, comparison: compareNps(rest, counts) }];
  });
  const marks = markSignificantSegments(
    tests.map((t) => ({ key: t.key, n: t.n, pValue: t.comparison.pValue })),
    { fdr: BREAKDOWN_FDR, minAnswers: THIN_BELOW },
  );
  const byKey = new Map(tests.map((t, i) => [t.key, { test: t, mark: marks[i] }]));
  return groups.map((group) => {
    const found = byKey.get(group.key);
    if (!found?.mark) return group;
    const { test, mark } = found;
    const a = adjustNps(test.counts);
    const b = adjustNps(test.rest);
    const mdd = mark.significant ? null : minDetectableDifference({ variance1: a.variance, variance2: b.variance, n1: a.adjustedN, n2: b.adjustedN });
    return {
      ...group,
      significance: {
        difference: test.comparison.difference,
        pValue: mark.pValue,
        adjustedP: mark.adjustedP,
        significant: mark.significant,
        tooFewAnswers: mark.tooFewAnswers,
        minDetectableDifference: mdd,
      },
    };
  });
}
