import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseShare } from '../../../shared/contracts/cases.js';
import { useNumberLocale } from '../../analytics/drill-link.js';
import { formatCount } from '../../analytics/format-metric.js';
import { formatShareInterval, formatShareValue } from './format-share.js';
import { FEW_CASES } from './report-links.js';
import { ShareWhisker } from './share-whisker.js';

export interface ShareHeadlineProps {
  label: string;
  share: TCaseShare;
  /** "12 of 16 met": the translation key, given successes and n. */
  countKey: 'cases.report.sla.met' | 'cases.report.recovery.of';
  testId: string;
}

/** An overall share: the percentage, its interval drawn and written, and of how many cases. */
export function ShareHeadline({ label, share, countKey, testId }: ShareHeadlineProps) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const few = share.n < FEW_CASES;
  return (
    <Paper withBorder p="md" data-testid={testId} data-n={share.n} data-percent={share.percent ?? undefined}>
      <Stack gap={6}>
        <Text fz="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.1} className="tabular" data-testid={`${testId}-percent`}>
          {formatShareValue(share, locale)}
        </Text>
        <ShareWhisker share={share} />
        <Text fz="xs" c="dimmed" className="tabular">
          {t('cases.report.table.interval')}: {formatShareInterval(share, locale)}
        </Text>
        <Text fz="sm" data-testid={`${testId}-count`}>
          {t(countKey, { successes: formatCount(share.successes, locale), n: formatCount(share.n, locale) })}
        </Text>
        {few && share.n > 0 ? (
          <Text fz="xs" c="dimmed" data-testid={`${testId}-few`}>
            {t('cases.report.table.fewCases')} · {t('cases.report.table.fewCasesText', { min: FEW_CASES })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
