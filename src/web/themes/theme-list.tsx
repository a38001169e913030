import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TThemes } from '../../shared/contracts/themes.js';
import { useNumberLocale } from '../analytics/drill-link.js';
import { formatCount } from '../analytics/format-metric.js';
import { formatPercent } from '../lib/format-percent.js';
import { numberFormat } from '../lib/number-locale.js';
import { useThemePrecision } from '../api/use-theme-precision.js';
import { ImpactWhisker } from './impact-whisker.js';
import { ThemePrecisionNote } from './theme-precision-note.js';
import { AppLink } from '../router/app-link.js';
import { themePath } from '../router/routes.js';
import { TONE_COLOR, TONE_TEXT, toneOf } from './theme-tone.js';

type Theme = TThemes['themes'][number];

/**
 * The mentioned themes as rows: name, mentions with their share of the comments (and its
 * interval), how they are spoken of, and the NPS impact with its interval drawn around zero.
 * Each name opens the theme's page for the same period (`search`); a theme whose share rose
 * significantly against its baseline carries a "rising" badge.
 */
export function ThemeList({ themes, search }: { themes: readonly Theme[]; search: string }) {
  const { t, i18n } = useTranslation();
  const locale = useNumberLocale();
  const precision = useThemePrecision().data?.themes;
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';
  const points = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const qFormat = numberFormat(locale, { maximumSignificantDigits: 2 });
  // One scale for every row, wide enough for the widest interval shown.
  const reach = Math.max(
    5,
    ...themes.flatMap((x) =>
      x.nps && !x.nps.hidden ? [Math.abs(x.nps.ci.low), Math.abs(x.nps.ci.high)] : [],
    ),
  );
  return (
    <ul className="theme-list" data-testid="theme-list">
      <li className="theme-row theme-head" aria-hidden>
        <span>{t('themesPage.table.theme')}</span>
        <span className="theme-num">{t('themesPage.table.mentions')}</span>
        <span className="theme-bar">{t('themesPage.table.impactInterval')}</span>
        <span className="theme-num">{t('themesPage.table.impact')}</span>
      </li>
      {themes.map((theme) => {
        const tone = toneOf(theme.sentiment);
        const shown = theme.nps && !theme.nps.hidden ? theme.nps : null;
        return (
          <li key={theme.id} className="theme-row" data-testid="theme-row" data-theme={theme.id}>
            <span className="theme-name">
              <AppLink
                to={themePath(theme.id, search)}
                fz="sm"
                fw={600}
                display="block"
                data-testid="theme-link"
              >
                {theme.name[lang]}
              </AppLink>
              <span className="theme-tone">
                {theme.rising?.rising ? (
                  <Badge
                    variant="light"
                    color="orange"
                    c="orange.9"
                    size="sm"
                    data-testid="theme-rising"
                    title={t('themesPage.risingTitle', {
                      baseline: formatPercent(theme.rising.baselineShare, locale, 1),
                      share: formatPercent(theme.share?.percent ?? 0, locale, 1),
                      q: qFormat.format(theme.rising.qValue),
                    })}
                  >
                    {t('themesPage.rising')}
                  </Badge>
                ) : null}
                {tone ? (
                  <Badge
                    variant="outline"
                    color={TONE_COLOR[tone]}
                    c={TONE_TEXT[tone]}
                    size="sm"
                    data-testid="theme-tone"
                    data-tone={tone}
                  >
                    {t(`themesPage.tone.${tone}`)}
                  </Badge>
                ) : null}
                {theme.negativeShare !== null ? (
                  <Text span fz="xs" c="dimmed">
                    {t('themesPage.table.negativeShare', {
                      share: formatPercent(theme.negativeShare, locale),
                    })}
                  </Text>
                ) : null}
              </span>
              <ThemePrecisionNote figures={precision?.find((p) => p.id === theme.id)} />
            </span>
            <span className="theme-num">
              <Text span fz="sm" display="block" data-testid="theme-mentions">
                <span className="sr-only">{t('themesPage.table.mentions')}: </span>
                {formatCount(theme.mentions, locale)}
              </Text>
              {theme.share ? (
                <Text span fz="xs" c="dimmed" display="block">
                  {t('themesPage.table.shareOf', {
                    share: formatPercent(theme.share.percent, locale),
                    low: numberFormat(locale, { maximumFractionDigits: 0 }).format(
                      Math.round(theme.share.ci.low),
                    ),
                    high: formatPercent(theme.share.ci.high, locale),
                  })}
                </Text>
              ) : null}
            </span>
            <span className="theme-bar">
              {shown ? (
                <ImpactWhisker
                  impact={shown.impact}
                  low={shown.ci.low}
                  high={shown.ci.high}
                  reach={reach}
                  thin={shown.ci.low < 0 && shown.ci.high > 0}
                />
              ) : null}
            </span>
            <span className="theme-num" data-testid="theme-impact">
              {shown ? (
                <>
                  <Text span fz="sm" fw={600} {...(shown.ci.high < 0 ? { c: 'red.8' } : {})}>
                    <span className="sr-only">{t('themesPage.table.impact')}: </span>
                    {t('themesPage.table.points', { value: points.format(shown.impact) })}
                  </Text>
                  <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    <span className="sr-only">{t('themesPage.table.impactInterval')}: </span>
                    {points.format(shown.ci.low)} … {points.format(shown.ci.high)}
                  </Text>
                </>
              ) : (
                <Text span fz="xs" c="dimmed" title={t('themesPage.table.fewAnswersText')}>
                  {theme.nps ? t('themesPage.table.fewAnswers') : '–'}
                </Text>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
