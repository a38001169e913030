import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseReport } from '../../../shared/contracts/cases.js';
import { useNumberLocale } from '../../analytics/drill-link.js';
import { formatCount } from '../../analytics/format-metric.js';
import { formatDuration } from './format-duration.js';

type Duration = TCaseReport['firstResponse'];

/** Cases opened and resolved in the period, and how long first responses and resolutions took. */
export function ReportKpis({ report }: { report: TCaseReport }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" mb="lg" data-testid="report-kpis">
      <Kpi
        label={t('cases.report.kpi.opened')}
        value={formatCount(report.opened, locale)}
        testId="kpi-opened"
      />
      <Kpi
        label={t('cases.report.kpi.resolved')}
        value={formatCount(report.resolved, locale)}
        testId="kpi-resolved"
      />
      <DurationKpi
        label={t('cases.report.kpi.firstResponse')}
        duration={report.firstResponse}
        testId="kpi-first-response"
      />
      <DurationKpi
        label={t('cases.report.kpi.resolution')}
        duration={report.resolution}
        testId="kpi-resolution"
      />
    </SimpleGrid>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} className="tabular" data-testid={`${testId}-value`}>
        {value}
      </Text>
    </Paper>
  );
}

/** The median large, the 90th percentile beside it in words, and from how many cases. */
function DurationKpi({ label, duration, testId }: { label: string; duration: Duration; testId: string }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap={2}>
        <Text fz="sm" c="dimmed">
          {label}
        </Text>
        {duration.n === 0 ? (
          <Text fz="lg" fw={600} c="dimmed" lh={1.6}>
            {t('cases.report.kpi.none')}
          </Text>
        ) : (
          <>
            <Text fz={28} fw={700} lh={1.2} className="tabular">
              <span data-testid={`${testId}-median`}>{formatDuration(duration.medianMinutes, locale)}</span>{' '}
              <Text span fz="sm" fw={400} c="dimmed">
                {t('cases.report.kpi.median')}
              </Text>
            </Text>
            <Text fz="sm" data-testid={`${testId}-p90`}>
              {t('cases.report.kpi.p90', { value: formatDuration(duration.p90Minutes, locale) })}
            </Text>
            <Text fz="xs" c="dimmed" data-testid={`${testId}-n`}>
              {t('cases.report.kpi.basis', { count: duration.n, formatted: formatCount(duration.n, locale) })}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
