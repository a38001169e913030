import { type Interval } from './interval.js';
import { twoSidedZ } from './normal.js';
import { answeredCount, npsScore, npsVariance, type NpsCounts } from './nps.js';

/** Themes mentioned less often than this are hidden: their impact is mostly noise. */
export const MIN_THEME_MENTIONS = 10;

export interface ThemeImpact {
  /** Answers that mention the theme. */
  readonly mentions: number;
  readonly hidden: boolean;
  readonly npsWith: number;
  readonly npsWithout: number;
  /**
   * NPS(all) − NPS(without the theme) = (n_T/n)·(NPS_T − NPS_rest), in points. Negative for a
   * theme that drags the score down; −impact is the gain if its answers looked like the rest.
   * Impacts of themes that share answers overlap and do not add up.
   */
  readonly impact: number;
  /** (n_T/n)·√(V_T/n_T + V_R/n_R), in points. */
  readonly standardError: number;
  readonly ci: Interval;
  readonly detractorOddsRatio: {
    /** Odds of being a detractor with the theme ÷ without it. */
    readonly value: number;
    /** SE of ln OR, √Σ(1/cell). */
    readonly logStandardError: number;
    readonly ci: Interval;
    /** True when a zero cell made us add 0.5 to every cell (Haldane–Anscombe). */
    readonly corrected: boolean;
  };
}

/**
 * How much a theme (e.g. "delivery late") costs the NPS, and how strongly it goes with being a
 * detractor. Both are associations: unhappy customers also mention more themes.
 * @throws RangeError when no answer, or every answer, mentions the theme: there is nothing to compare.
 */
export function themeImpact(
  withTheme: NpsCounts,
  withoutTheme: NpsCounts,
  options: { readonly confidence?: number } = {},
): ThemeImpact {
  const nT = answeredCount(withTheme);
  const nR = answeredCount(withoutTheme);
  if (nT === 0 || nR === 0)
    throw new RangeError('a theme impact needs answers both with and without the theme');
  const z = twoSidedZ(options.confidence ?? 0.95);
  const share = nT / (nT + nR);
  const npsWith = npsScore(withTheme);
  const npsWithout = npsScore(withoutTheme);
  const impact = share * (npsWith - npsWithout);
  const standardError = 100 * share * Math.sqrt(npsVariance(withTheme) / nT + npsVariance(withoutTheme) / nR);

  const cells = [
    withTheme.detractors,
    nT - withTheme.detractors,
    withoutTheme.detractors,
    nR - withoutTheme.detractors,
  ];
  const corrected = cells.some((cell) => cell === 0);
  const [a, b, c, d] = cells.map((cell) => (corrected ? cell + 0.5 : cell)) as [
    number,
    number,
    number,
    number,
  ];
  const logOr = Math.log((a * d) / (b * c));
  const logStandardError = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return {
    mentions: nT,
    hidden: nT < MIN_THEME_MENTIONS,
    npsWith,
    npsWithout,
    impact,
    standardError,
    ci: { low: impact - z * standardError, high: impact + z * standardError },
    detractorOddsRatio: {
      value: Math.exp(logOr),
      logStandardError,
      ci: { low: Math.exp(logOr - z * logStandardError), high: Math.exp(logOr + z * logStandardError) },
      corrected,
    },
  };
}
