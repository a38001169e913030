import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TSurveyStats } from '../../shared/contracts/surveys-stats.js';
import { formatCount, localeOf } from '../analytics/format-metric.js';

/** How many answers carry the survey's score: 0 when nobody answered, "—" for a metric that is not scored. */
export function SurveyAnswerCount({
  stats,
  isPending,
  testId,
}: {
  stats: TSurveyStats | undefined;
  isPending: boolean;
  testId: string;
}) {
  const { i18n } = useTranslation();
  const text = stats
    ? stats.n === null
      ? '—'
      : formatCount(stats.n, localeOf(i18n.language))
    : isPending
      ? '…'
      : '—';
  return (
    <Text
      fz="sm"
      fw={stats?.n ? 650 : 400}
      c={stats?.n ? 'inherit' : 'dimmed'}
      className="tabular"
      data-testid={testId}
    >
      {text}
    </Text>
  );
}
