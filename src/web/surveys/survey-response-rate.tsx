import { useTranslation } from 'react-i18next';
import type { TSurveyStats } from '../../shared/contracts/surveys-stats.js';
import { formatCount, formatPercentValue, localeOf } from '../analytics/format-metric.js';
import { StatCell } from './stat-cell.js';
import { unbroken } from './unbroken.js';

/** Answered of invited, with how many that is and the Wilson interval; "—" while nobody was invited. */
export function SurveyResponseRate({ stats, testId }: { stats: TSurveyStats | undefined; testId: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const rate = stats?.responseRate;
  if (!rate) return <StatCell testId={testId} value={null} notes={[]} />;
  return (
    <StatCell
      testId={testId}
      value={formatPercentValue(rate.percent, locale)}
      notes={[
        t('surveys.list.rateOf', {
          answered: formatCount(rate.answered, locale),
          sent: formatCount(rate.sent, locale),
        }),
        t('surveys.list.interval', {
          range: unbroken(
            `${formatPercentValue(rate.ci.low, locale)} – ${formatPercentValue(rate.ci.high, locale)}`,
          ),
        }),
      ]}
    />
  );
}
