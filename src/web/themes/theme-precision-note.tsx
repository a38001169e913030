import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TThemePrecision } from '../../shared/contracts/tag-verdicts.js';
import { useNumberLocale } from '../analytics/drill-link.js';
import { formatPercent } from '../lib/format-percent.js';

/**
 * How often the theme's tag was right by this organization's own verdicts ("why this tag"), with
 * its Wilson interval; nothing while nobody judged it.
 */
export function ThemePrecisionNote({ figures }: { figures: TThemePrecision['themes'][number] | undefined }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  if (!figures?.precision) return null;
  return (
    <Text
      span
      fz="xs"
      c="dimmed"
      display="block"
      title={t('textTags.precisionHint')}
      data-testid="theme-precision"
    >
      {t('textTags.precision', {
        agreed: figures.agreed,
        judged: figures.agreed + figures.disagreed,
        percent: formatPercent(figures.precision.percent, locale),
        low: formatPercent(figures.precision.ci.low, locale),
        high: formatPercent(figures.precision.ci.high, locale),
      })}
    </Text>
  );
}
