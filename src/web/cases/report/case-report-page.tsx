import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconDownload, IconListDetails, IconReportAnalytics } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles.js';
import { caseReportCsvUrl, useCaseReport } from '../../api/use-case-report.js';
import { utcToday } from '../../analytics/overview-url.js';
import { PageHeader } from '../../components/page-header.js';
import { SectionError } from '../../components/section-error.js';
import { SectionLoader } from '../../components/section-loader.js';
import { followLink, navigate, useLocation } from '../../router/history.js';
import { areaPath, caseReportPath } from '../../router/routes.js';
import { useSession } from '../../session/session-context.js';
import { BacklogSection } from './backlog-section.js';
import './case-report.css';
import { RecoverySection } from './recovery-section.js';
import { ReportKpis } from './report-kpis.js';
import { ReportPeriodBar } from './report-period-bar.js';
import { parseReportPeriod, reportPeriodSearch, reportRange, type ReportPeriod } from './report-period.js';
import { SlaSection } from './sla-section.js';

/**
 * The follow-up report (issue 14): how fast and how reliably cases are answered and resolved,
 * the backlog now, and whether detractors came back after resolution. The period sits in the
 * address; the numbers link to their cases where the list can filter and the viewer works cases.
 */
export function CaseReportPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const { search } = useLocation();
  // Today is fixed while the page is open, so a preset does not move under someone reading it.
  const [today] = useState(() => utcToday(new Date()));
  const period = useMemo(() => parseReportPeriod(search), [search]);
  const range = useMemo(() => reportRange(period, today), [period, today]);
  const report = useCaseReport(range);
  const canLink = can(role, 'cases.work');
  const setPeriod = (next: ReportPeriod) =>
    navigate(caseReportPath(reportPeriodSearch(next)), { replace: true });

  let body;
  if (report.isPending) body = <SectionLoader />;
  else if (report.isError) body = <SectionError error={report.error} onRetry={() => void report.refetch()} />;
  else {
    const r = report.data;
    const empty = r.opened === 0 && r.resolved === 0 && r.recovery.all.n === 0;
    const backlog = r.backlog.byStatus.new + r.backlog.byStatus.open + r.backlog.byStatus.waiting;
    body = (
      <div data-fetching={report.isPlaceholderData || undefined} aria-busy={report.isPlaceholderData}>
        {empty ? (
          <Paper withBorder p={{ base: 'lg', sm: 48 }} mb="lg" data-testid="report-empty">
            <EmptyState
              icon={<IconReportAnalytics size={30} stroke={1.5} aria-hidden />}
              variant="light"
              size="lg"
              title={t('cases.report.empty.title')}
              description={t('cases.report.empty.text')}
              maw={680}
              mx="auto"
            >
              {canLink ? (
                <Group justify="center" mt="md">
                  <Button
                    component="a"
                    href={areaPath('cases')}
                    onClick={(e) => followLink(e, areaPath('cases'))}
                    variant="default"
                  >
                    {t('cases.report.empty.cases')}
                  </Button>
                </Group>
              ) : null}
            </EmptyState>
          </Paper>
        ) : (
          <>
            <ReportKpis report={r} />
            <SlaSection report={r} canLink={canLink} />
          </>
        )}
        {/* The backlog is now, not the period's: shown whenever there is open work. */}
        {!empty || backlog > 0 ? <BacklogSection report={r} canLink={canLink} /> : null}
        {empty ? null : <RecoverySection report={r} canLink={canLink} />}
      </div>
    );
  }

  return (
    <>
      <PageHeader
        title={t('cases.report.title')}
        subtitle={t('cases.report.subtitle')}
        titleTestId="report-title"
        actions={
          <Group gap="sm">
            {canLink ? (
              <Button
                component="a"
                href={areaPath('cases')}
                onClick={(e) => followLink(e, areaPath('cases'))}
                variant="subtle"
                leftSection={<IconListDetails size={16} aria-hidden />}
              >
                {t('cases.page.title')}
              </Button>
            ) : null}
            <Button
              component="a"
              href={caseReportCsvUrl(range)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              data-testid="report-download"
            >
              {t('cases.report.download')}
            </Button>
          </Group>
        }
      />
      <ReportPeriodBar period={period} range={range} onChange={setPeriod} />
      {body}
    </>
  );
}
