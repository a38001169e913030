import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportSection } from './report-section.js';
import type { TCaseReport } from '../../../shared/contracts/cases.js';
import { DrillLink, useNumberLocale } from '../../analytics/drill-link.js';
import { formatCount } from '../../analytics/format-metric.js';
import { OPEN_WORK } from '../case-filters.js';
import { breachedCasesPath, statusCasesPath } from './report-links.js';

/** The open work now: per status and breached (each a link to exactly those cases), and by age (no filter for it). */
export function BacklogSection({ report, canLink }: { report: TCaseReport; canLink: boolean }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const { byStatus, ageing, breached } = report.backlog;
  const largest = Math.max(1, ...ageing.map((a) => a.count));
  const number = (value: number, to: string, name: string, testId: string): ReactNode =>
    canLink ? (
      <DrillLink
        to={to}
        label={t('cases.report.backlog.open', { value: formatCount(value, locale), name })}
        data-testid={testId}
      >
        {formatCount(value, locale)}
      </DrillLink>
    ) : (
      <span data-testid={testId}>{formatCount(value, locale)}</span>
    );
  return (
    <ReportSection
      title={t('cases.report.backlog.title')}
      subtitle={t('cases.report.backlog.subtitle')}
      testId="report-backlog"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <div>
          <Title order={3} fz="md" mb="xs">
            {t('cases.report.backlog.byStatus')}
          </Title>
          <dl className="stat-list">
            {OPEN_WORK.map((status) => (
              <Group key={status} justify="space-between" py={4} className="stat-line">
                <Text component="dt" fz="sm">
                  {t(`cases.status.${status}`)}
                </Text>
                <Text component="dd" fz="lg" fw={600} className="tabular" m={0}>
                  {number(
                    byStatus[status],
                    statusCasesPath(status),
                    t(`cases.status.${status}`),
                    `backlog-${status}`,
                  )}
                </Text>
              </Group>
            ))}
            <Group justify="space-between" py={4} className="stat-line">
              <Text component="dt" fz="sm" fw={600} c={breached > 0 ? 'red.8' : 'inherit'}>
                {t('cases.report.backlog.breached')}
              </Text>
              <Text
                component="dd"
                fz="lg"
                fw={700}
                className="tabular"
                m={0}
                c={breached > 0 ? 'red.8' : 'inherit'}
              >
                {number(
                  breached,
                  breachedCasesPath(),
                  t('cases.report.backlog.breached'),
                  'backlog-breached',
                )}
              </Text>
            </Group>
          </dl>
        </div>
        <div>
          <Title order={3} fz="md" mb="xs">
            {t('cases.report.backlog.byAge')}
          </Title>
          <Stack gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {ageing.map((a) => (
              <li key={a.bucket} data-testid={`backlog-age-${a.bucket}`} data-count={a.count}>
                <Group justify="space-between" gap="xs" mb={2}>
                  <Text fz="sm">{t(`cases.report.backlog.ages.${a.bucket}`)}</Text>
                  <Text fz="sm" fw={600} className="tabular">
                    {formatCount(a.count, locale)}
                  </Text>
                </Group>
                <div className="age-track" aria-hidden>
                  <div className="age-fill" style={{ width: `${(100 * a.count) / largest}%` }} />
                </div>
              </li>
            ))}
          </Stack>
        </div>
      </SimpleGrid>
    </ReportSection>
  );
}
