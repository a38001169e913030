import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TSurveyStats } from '../../shared/contracts/surveys-stats.js';
import { formatInterval, formatScore, localeOf } from '../analytics/format-metric.js';
import { unbroken } from './unbroken.js';

/**
 * A survey's score in the list: the estimate and, beneath it, its 95 % interval, written as the
 * overview writes them. No answers (or a metric the analytics do not score) is "—", never 0.
 */
export function SurveyScore({ stats, testId }: { stats: TSurveyStats | undefined; testId: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  if (!stats || stats.score === null || stats.metric === 'brand') {
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        —
      </Text>
    );
  }
  return (
    <Stack gap={0} data-testid={testId}>
      <Text fz="sm" fw={650} className="tabular">
        {formatScore(stats.metric, stats.score, locale)}
      </Text>
      {stats.ci ? (
        <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('surveys.list.interval', { range: unbroken(formatInterval(stats.metric, stats.ci, locale)) })}
        </Text>
      ) : null}
    </Stack>
  );
}
