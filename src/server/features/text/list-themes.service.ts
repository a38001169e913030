import { themeImpact } from '../../../domain/metrics/theme-impact.js';
import { wilsonInterval } from '../../../domain/metrics/wilson.js';
import { answeredCount, type NpsCounts } from '../../../domain/metrics/nps.js';
import { THEME_IDS, themeNames } from '../../../domain/text/theme-catalog.js';
import type { TThemes, TThemesQuery } from '../../../shared/contracts/themes.js';
import type { Db } from '../../db/client.js';
import { listOrgThemes } from './org-themes.repo.js';
import { ownThemeNames } from './theme-discovery-dto.js';
import { periodTotals, themeRows, type ThemeRow } from './themes.repo.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The themes of a period: how often each is mentioned (share of the analysed comments, with its
 * Wilson interval), how it is spoken of, and what it costs the NPS — NPS(all) − NPS(without it),
 * with its interval — most mentioned first. Every curated theme and every one of the
 * organization's own is listed, mentioned or not.
 */
export async function listThemes(db: Db, organizationId: string, q: TThemesQuery): Promise<TThemes> {
  const from = new Date(`${q.from}T00:00:00Z`);
  const to = new Date(`${q.to}T00:00:00Z`);
  const [rows, totals, own] = await Promise.all([
    themeRows(db, organizationId, from, to),
    periodTotals(db, organizationId, from, to),
    listOrgThemes(db, organizationId).then(ownThemeNames),
  ]);
  const byId = new Map(rows.map((r) => [r.theme_id, r]));
  const all: NpsCounts = totals;
  const ids = [...new Set([...THEME_IDS, ...own.keys(), ...rows.map((r) => r.theme_id)])];
  const themes = ids.map((id) => figuresOf(id, themeNames(id, own), byId.get(id), totals.analysed, all));
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
): TThemes['themes'][number] {
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
          ci: { low: round1(impact.ci.low), high: round1(impact.ci.high) },
          hidden: impact.hidden,
        }
      : null,
  };
}
