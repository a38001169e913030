import { wilsonInterval } from '../../../domain/metrics/wilson.js';
import { THEME_IDS, themeNames } from '../../../domain/text/theme-catalog.js';
import type { TThemePrecision } from '../../../shared/contracts/tag-verdicts.js';
import type { Db } from '../../db/client.js';
import { themeVerdictCounts } from './tag-verdicts.repo.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * `GET /api/v1/themes/precision`: per theme, how often the analyser's tag was right by the
 * organization's own verdicts — agreed / (agreed + disagreed) with its 95 % Wilson interval. Only
 * judged tags count, so it measures precision, never recall (a theme the analyser missed has no
 * tag to judge). Every curated theme is listed, judged or not.
 */
export async function themePrecision(db: Db, organizationId: string): Promise<TThemePrecision> {
  const counts = await themeVerdictCounts(db, organizationId);
  const byId = new Map(counts.map((c) => [c.theme_id, c]));
  const ids = [...new Set([...THEME_IDS, ...counts.map((c) => c.theme_id)])];
  return {
    themes: ids.map((id) => {
      const agreed = byId.get(id)?.agreed ?? 0;
      const disagreed = byId.get(id)?.disagreed ?? 0;
      const w = agreed + disagreed > 0 ? wilsonInterval(agreed, agreed + disagreed) : null;
      return {
        id,
        name: themeNames(id),
        agreed,
        disagreed,
        precision: w
          ? {
              percent: round1(w.proportion * 100),
              ci: { low: round1(w.low * 100), high: round1(w.high * 100) },
            }
          : null,
      };
    }),
  };
}
