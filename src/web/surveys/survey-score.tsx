import { useTranslation } from 'react-i18next';
import type { TSurveyStats } from '../../shared/contracts/surveys-stats.js';
import { formatInterval, formatScore, localeOf } from '../analytics/format-metric.js';
import { StatCell } from './stat-cell.js';
import { unbroken } from './unbroken.js';

/**
 * A survey's score in the list: the estimate and, beneath it, its 95 % interval, written as the
 * overview writes them. No answers (or a metric the analytics do not score) is "—", never 0.
 */
export function SurveyScore({ stats, testId }: { stats: TSurveyStats | undefined; testId: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  if (!stats || stats.score === null || stats.metric === 'brand')
    return <StatCell testId={testId} value={null} notes={[]} />;
  return (
    <StatCell
      testId={testId}
      value={formatScore(stats.metric, stats.score, locale)}
      notes={
        stats.ci
          ? [t('surveys.list.interval', { range: unbroken(formatInterval(stats.metric, stats.ci, locale)) })]
          : []
      }
    />
  );
}
