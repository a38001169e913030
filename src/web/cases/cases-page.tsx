import { Alert, Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { IconLifebuoy, IconLock, IconReportAnalytics, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useCases } from '../api/use-cases.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatNumber } from '../lib/format.js';
import { followLink, navigate, useLocation } from '../router/history.js';
import { caseReportPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import {
  caseFiltersPath,
  caseListQuery,
  DEFAULT_CASE_FILTERS,
  isNarrowed,
  readCaseFilters,
  type CaseFilters,
} from './case-filters.js';
import { CasesFilterBar } from './cases-filter-bar.js';
import { CasesTable } from './cases-table.js';

/** The agent's list of cases: the open work by default, filters in the address, newest first. */
export function CasesPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const allowed = can(role, 'cases.work');
  return (
    <>
      <PageHeader
        title={t('cases.page.title')}
        subtitle={t('cases.page.subtitle')}
        actions={
          // Everyone who reads the numbers may open the report, also without working cases.
          <Button
            component="a"
            href={caseReportPath()}
            onClick={(e) => followLink(e, caseReportPath())}
            variant="default"
            leftSection={<IconReportAnalytics size={16} aria-hidden />}
            data-testid="cases-report-link"
          >
            {t('cases.report.link')}
          </Button>
        }
      />
      {allowed ? (
        <CasesList />
      ) : (
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={18} aria-hidden />}
          data-testid="no-permission"
        >
          {t('cases.page.noPermission', { role: t(`roles.${role}`) })}
        </Alert>
      )}
    </>
  );
}

function CasesList() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const filters = useMemo(() => readCaseFilters(search), [search]);
  const query = useMemo(() => caseListQuery(filters), [filters]);
  const list = useCases(query);
  const setFilters = (next: CaseFilters) => navigate(caseFiltersPath(next), { replace: true });
  const cases = list.data?.pages.flatMap((p) => p.cases) ?? [];

  let body;
  if (list.isPending) body = <SectionLoader />;
  else if (list.isError) body = <SectionError error={list.error} onRetry={() => void list.refetch()} />;
  else if (cases.length === 0 && !isNarrowed(filters))
    body = (
      <Paper withBorder p={{ base: 'lg', sm: 48 }} data-testid="cases-empty">
        <EmptyState
          icon={<IconLifebuoy size={30} stroke={1.5} aria-hidden />}
          variant="light"
          size="lg"
          title={t('cases.empty.title')}
          description={t('cases.empty.text')}
          maw={640}
          mx="auto"
        >
          <Group justify="center" mt="md">
            <Button component="a" href="/api/docs" variant="default">
              {t('cases.empty.docs')}
            </Button>
          </Group>
        </EmptyState>
      </Paper>
    );
  else if (cases.length === 0)
    body = (
      <Paper withBorder p="xl" data-testid="cases-no-match">
        <EmptyState
          icon={<IconSearch size={26} stroke={1.5} aria-hidden />}
          variant="light"
          title={t('cases.empty.noMatchTitle')}
          description={t('cases.empty.noMatchText')}
          mx="auto"
        >
          <Button variant="default" mt="md" onClick={() => setFilters(DEFAULT_CASE_FILTERS)}>
            {t('cases.filters.clear')}
          </Button>
        </EmptyState>
      </Paper>
    );
  else
    body = (
      <Paper
        withBorder
        p={{ base: 'xs', sm: 'md' }}
        style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={list.isPlaceholderData}
      >
        <CasesTable cases={cases} />
        <Group justify="space-between" mt="md" px="xs" gap="sm">
          <Text fz="sm" c="dimmed" role="status" data-testid="cases-shown" data-count={cases.length}>
            {t('cases.list.shown', { count: cases.length, formatted: formatNumber(cases.length) })}
          </Text>
          {list.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
              data-testid="cases-load-more"
            >
              {t('cases.list.loadMore')}
            </Button>
          ) : null}
        </Group>
      </Paper>
    );

  return (
    <>
      <CasesFilterBar filters={filters} onChange={setFilters} />
      {body}
    </>
  );
}
