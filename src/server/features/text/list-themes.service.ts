import { mulberry32 } from '../../../domain/metrics/mulberry32.js';
import { baselineWindow, risingThemes, type RisingMark } from '../../../domain/metrics/rising-themes.js';
import { themeImpact } from '../../../domain/metrics/theme-impact.js';
import { themeImpactBootstrap } from '../../../domain/metrics/theme-impact-bootstrap.js';
import { fnv1a } from '../../../domain/text/fnv1a.js';
import { wilsonInterval } from '../../../domain/metrics/wilson.js';
import { answeredCount, type NpsCounts } from '../../../domain/metrics/nps.js';
import { THEME_IDS, themeNames } from '../../../domain/text/theme-catalog.js';
import type { TThemes, TThemesQuery } from '../../../shared/contracts/themes.js';
import type { Db } from '../../db/client.js';
import { listOrgThemes } from './org-themes.repo.js';
import { ownThemeNames } from './theme-discovery-dto.js';
import { analysedComments, periodTotals, themeMentions, themeRows, type ThemeRow } from './themes.repo.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

type Figures = TThemes['themes'][number];

function risingDto(test: RisingMark<string>['test']): Figures['rising'] {
  if (!test) return null;
  return {
    baselineShare: round1(test.baselineShare * 100),
    pValue: test.pValue,
    qValue: test.qValue,
    rising: test.rising,
  };
}

/**
 * The themes of a period: how often each is mentioned (share of the analysed comments, with its
 * Wilson interval), how it is spoken of, what it costs the NPS — NPS(all) − NPS(without it),
 * with its bootstrap interval — and whether its share rose against its baseline (the 3× longer
 * stretch right before the period), most mentioned first. Every curated theme and every one of
 * the organization's own is listed, mentioned or not.
 */
export async function listThemes(
  db: Db,
  organizationId: string,
  q: TThemesQuery,
  /** A theme to list even when it is neither curated nor mentioned in the period (its own page). */
  alsoTheme?: string,
): Promise<TThemes> {
  const from = new Date(`${q.from}T00:00:00Z`);
  const to = new Date(`${q.to}T00:00:00Z`);
  const baseline = baselineWindow(from, to);
  const [rows, totals, baselineRows, baselineTotals, own] = await Promise.all([
    themeRows(db, organizationId, from, to),
    periodTotals(db, organizationId, from, to),
    themeMentions(db, organizationId, baseline.from, baseline.to),
    analysedComments(db, organizationId, baseline.from, baseline.to),
    listOrgThemes(db, organizationId).then(ownThemeNames),
  ]);
  const byId = new Map(rows.map((r) => [r.theme_id, r]));
  const all: NpsCounts = totals;
  const ids = [
    ...new Set([
      ...THEME_IDS,
      ...own.keys(),
      ...rows.map((r) => r.theme_id),
      ...(alsoTheme === undefined ? [] : [alsoTheme]),
    ]),
  ];
  const marks = risingThemes(
    ids.map((id) => ({
      key: id,
      mentions: Math.min(byId.get(id)?.mentions ?? 0, totals.analysed),
      comments: totals.analysed,
      baselineMentions: Math.min(baselineRows.get(id) ?? 0, baselineTotals),
      baselineComments: baselineTotals,
    })),
  );
  const themes = ids.map((id, i) => ({
    ...figuresOf(id, themeNames(id, own), byId.get(id), totals.analysed, all),
    rising: risingDto(marks[i]?.test ?? null),
  }));
  themes.sort((a, b) => b.mentions - a.mentions || a.name.en.localeCompare(b.name.en));
  return {
    from: q.from,
    to: q.to,
    analysedComments: totals.analysed,
    npsAnswers: answeredCount(all),
    themes,
  };
}

function figuresOf(
  id: string,
  name: TThemes['themes'][number]['name'],
  row: ThemeRow | undefined,
  analysed: number,
  all: NpsCounts,
): Omit<Figures, 'rising'> {
  const mentions = row?.mentions ?? 0;
  const withTheme: NpsCounts = {
    promoters: row?.promoters ?? 0,
    passives: row?.passives ?? 0,
    detractors: row?.detractors ?? 0,
  };
  const without: NpsCounts = {
    promoters: all.promoters - withTheme.promoters,
    passives: all.passives - withTheme.passives,
    detractors: all.detractors - withTheme.detractors,
  };
  const share = analysed > 0 ? wilsonInterval(Math.min(mentions, analysed), analysed) : null;
  const answers = answeredCount(withTheme);
  const impact = answers > 0 && answeredCount(without) > 0 ? themeImpact(withTheme, without) : null;
  // A fixed seed per theme: the interval is the same on every call, in the list and on its page.
  const bootstrap = impact
    ? themeImpactBootstrap(withTheme, without, { random: mulberry32(fnv1a(id)) })
    : null;
  return {
    id,
    name,
    mentions,
    share: share
      ? {
          percent: round1(share.proportion * 100),
          ci: { low: round1(share.low * 100), high: round1(share.high * 100) },
        }
      : null,
    sentiment:
      row?.sentiment === null || row?.sentiment === undefined ? null : Math.round(row.sentiment * 100) / 100,
    negativeShare: mentions > 0 ? round1(((row?.negative ?? 0) / mentions) * 100) : null,
    nps: impact
      ? {
          answers,
          npsWith: round1(impact.npsWith),
          npsWithout: round1(impact.npsWithout),
          impact: round1(impact.impact),
          ci: { low: round1((bootstrap ?? impact.ci).low), high: round1((bootstrap ?? impact.ci).high) },
          analyticCi: { low: round1(impact.ci.low), high: round1(impact.ci.high) },
          hidden: impact.hidden,
        }
      : null,
  };
}
