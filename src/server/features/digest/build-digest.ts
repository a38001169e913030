import { compareNps } from '../../../domain/metrics/compare-nps.js';
import { compareProportions } from '../../../domain/metrics/compare-proportions.js';
import { markSignificantSegments } from '../../../domain/metrics/fdr.js';
import { minDetectableDifference } from '../../../domain/metrics/min-detectable.js';
import { adjustNps, type NpsCounts } from '../../../domain/metrics/nps.js';
import {
  BREAKDOWN_FDR,
  THIN_BELOW,
  type TMetric,
  type TMetricGroup,
} from '../../../shared/contracts/metrics.js';
import type { Db } from '../../db/client.js';
import type {
  DigestChange,
  DigestFigure,
  DigestGroupChange,
  DigestMailInput,
  DigestMark,
  DigestMetricRow,
} from '../../email/templates/digest-mail.js';
import { compareMetricPeriods, getMetrics } from '../metrics/metrics.service.js';
import * as repo from './digest.repo.js';
import { BASELINE_WEEKS, type DigestPeriod } from './digest-period.js';

const METRICS = ['nps', 'csat', 'ces'] as const satisfies readonly TMetric[];
/** The breakdowns the digest looks for changes in. */
const DIMENSIONS = ['segment', 'channel'] as const;
/** CSAT top-2-box and CES 2.0 "agree": the share the headline reports, counted from the score histogram. */
const SHARE_FROM: Record<'csat' | 'ces', number> = { csat: 4, ces: 5 };

/** Everything of the mail that is the same for every recipient of an organization. */
export type DigestContent = Omit<
  DigestMailInput,
  'language' | 'orgName' | 'recipientName' | 'dashboardUrl' | 'settingsUrl'
>;

interface Test {
  difference: number;
  ci: { low: number; high: number };
  pValue: number;
  /** Sign of the tested difference. */
  direction: number;
  /** The smaller period's answers: under THIN_BELOW the comparison is left out of the family. */
  n: number;
}

const figure = (g: TMetricGroup | undefined): DigestFigure => ({
  n: g?.n ?? 0,
  score: g?.score ?? null,
  ci: g?.ci ?? null,
});
const countsOf = (g: TMetricGroup): NpsCounts => ({
  promoters: g.promoters ?? 0,
  passives: g.passives ?? 0,
  detractors: g.detractors ?? 0,
});

function successes(metric: 'csat' | 'ces', g: TMetricGroup): number {
  return Object.entries(g.distribution).reduce(
    (sum, [score, count]) => (Number(score) >= SHARE_FROM[metric] ? sum + count : sum),
    0,
  );
}

/** Week against baseline for one group of answers; null when a period has none. */
function compareGroups(
  metric: TMetric,
  baseline: TMetricGroup | undefined,
  week: TMetricGroup | undefined,
): Test | null {
  if (!baseline || !week || baseline.n === 0 || week.n === 0) return null;
  const n = Math.min(baseline.n, week.n);
  if (metric === 'nps') {
    const c = compareNps(countsOf(baseline), countsOf(week));
    // The adjusted-Wald Δ, the centre of its interval (STATS.md; the compare API's `difference`).
    // The plain scores' difference can fall outside that interval when a group is all promoters
    // or all detractors, and a mail must never print an interval that misses its own estimate.
    return { difference: c.difference, ci: c.ci, pValue: c.pValue, direction: Math.sign(c.difference), n };
  }
  // Newcombe's interval and the pooled two-proportion z-test (domain/metrics).
  const c = compareProportions(
    { successes: successes(metric, baseline), n: baseline.n },
    { successes: successes(metric, week), n: week.n },
  );
  return { difference: c.difference, ci: c.ci, pValue: c.pValue, direction: Math.sign(c.difference), n };
}

export interface DigestDeps {
  db: Db;
}

/**
 * The digest of one organization for one week: NPS, CSAT and CES of the week against the four
 * weeks before (getMetrics, the numbers the overview shows), and which of those changes and
 * which segment or channel changes are significant.
 *
 * All comparisons of the mail form one family under Benjamini–Hochberg at 5 %: a mail that
 * tests a dozen groups every week would otherwise announce a "significant" change by chance
 * most weeks. Comparisons with fewer than 30 answers in either period are not tested at all,
 * so a thin week is reported with its numbers and never dramatised.
 */
export async function buildDigest(
  deps: DigestDeps,
  organizationId: string,
  period: DigestPeriod,
): Promise<DigestContent> {
  const week = { from: period.from, to: period.to };
  const baseline = { from: period.baselineFrom, to: period.from };
  const read = (
    metric: TMetric,
    range: { from: string; to: string },
    groupBy: 'none' | 'segment' | 'channel',
  ) => getMetrics(deps, organizationId, { metric, groupBy, weighted: false, ...range });

  const tests: Array<{ key: string; test: Test }> = [];
  const headline = new Map<TMetric, { week: TMetricGroup; baseline: TMetricGroup; test: Test | null }>();
  const groups: Array<{
    key: string;
    metric: TMetric;
    dimension: (typeof DIMENSIONS)[number];
    group: string;
    week: TMetricGroup;
    baseline: TMetricGroup;
    test: Test;
  }> = [];

  for (const metric of METRICS) {
    const [w, b] = await Promise.all([read(metric, week, 'none'), read(metric, baseline, 'none')]);
    const test = compareGroups(metric, b.overall, w.overall);
    headline.set(metric, { week: w.overall, baseline: b.overall, test });
    if (test) tests.push({ key: metric, test });
    if (w.overall.n === 0) continue;
    for (const dimension of DIMENSIONS) {
      const [wg, bg] = await Promise.all([read(metric, week, dimension), read(metric, baseline, dimension)]);
      const before = new Map(bg.groups.map((g) => [g.key, g]));
      for (const g of wg.groups) {
        const prior = before.get(g.key);
        // A group holding every answer of both periods is the headline again: not a second test.
        if (prior?.n === b.overall.n && g.n === w.overall.n) continue;
        const groupTest = compareGroups(metric, prior, g);
        if (!prior || !groupTest) continue;
        const key = `${metric}|${dimension}|${g.key}`;
        groups.push({ key, metric, dimension, group: g.key, week: g, baseline: prior, test: groupTest });
        tests.push({ key, test: groupTest });
      }
    }
  }

  const marks = markSignificantSegments(
    tests.map(({ key, test }) => ({ key, n: test.n, pValue: test.pValue })),
    { fdr: BREAKDOWN_FDR, minAnswers: THIN_BELOW },
  );
  const markOf = new Map<string, DigestMark>(
    marks.map((m, i) => [
      m.key,
      m.tooFewAnswers
        ? 'too-few'
        : m.significant
          ? (tests[i]?.test.direction ?? 0) > 0
            ? 'up'
            : 'down'
          : 'none',
    ]),
  );
  const change = (key: string, test: Test): DigestChange => ({
    difference: test.difference,
    ci: test.ci,
    pValue: test.pValue,
    mark: markOf.get(key) ?? 'none',
  });

  const metrics: DigestMetricRow[] = METRICS.map((metric) => {
    const h = headline.get(metric);
    return {
      metric,
      week: figure(h?.week),
      baseline: figure(h?.baseline),
      change: h?.test ? change(metric, h.test) : null,
    };
  });
  const groupChanges: DigestGroupChange[] = groups
    .map((g) => ({
      metric: g.metric,
      dimension: g.dimension,
      key: g.group,
      week: figure(g.week),
      baseline: figure(g.baseline),
      change: change(g.key, g.test),
    }))
    .filter((g) => g.change.mark === 'up' || g.change.mark === 'down')
    .sort((a, b) => a.change.pValue - b.change.pValue);

  const nps = headline.get('nps');
  const npsMark = metrics[0]?.change?.mark ?? null;
  let npsDrop: DigestContent['npsDrop'] = null;
  let npsDetectable: number | null = null;
  if (nps?.test) {
    if (npsMark === 'down') {
      // The journey-audit trigger of STATS.md (significant one-sided, and at least 10 points),
      // computed by the same call the overview's period comparison uses. Only said when the
      // fall also survived the mail's false-discovery control, so the mail never calls a drop
      // "material" next to an NPS it marks as not significant.
      const compared = await compareMetricPeriods(deps, organizationId, {
        metric: 'nps',
        aFrom: baseline.from,
        aTo: baseline.to,
        bFrom: week.from,
        bTo: week.to,
      });
      const verdict = compared.comparison?.drop.verdict;
      if (verdict === 'material-drop' || verdict === 'confirmed-drop') npsDrop = verdict;
    }
    if (npsMark !== 'up' && npsMark !== 'down') {
      const a = adjustNps(countsOf(nps.week));
      const b = adjustNps(countsOf(nps.baseline));
      npsDetectable = minDetectableDifference({
        variance1: a.variance,
        variance2: b.variance,
        n1: a.adjustedN,
        n2: b.adjustedN,
      });
    }
  }

  const invitations = await repo.invitationCounts(
    deps.db,
    organizationId,
    new Date(`${week.from}T00:00:00Z`),
    new Date(`${week.to}T00:00:00Z`),
  );
  return {
    week: { key: period.key, ...week },
    baseline: { ...baseline, weeks: BASELINE_WEEKS },
    metrics,
    groupChanges,
    comparisons: marks.filter((m) => !m.tooFewAnswers).length,
    fdr: BREAKDOWN_FDR,
    thinBelow: THIN_BELOW,
    npsDrop,
    npsDetectable,
    invitations: invitations.sent > 0 ? invitations : null,
  };
}
