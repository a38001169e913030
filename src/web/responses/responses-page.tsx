import { EmptyState, Group, Paper, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PeriodHint } from '../analytics/period-hint.js';
import { useResponses } from '../api/use-responses.js';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';
import { PagedListBody } from '../components/paged-list-body.js';
import { formatNumber } from '../lib/format.js';
import { navigate } from '../router/history.js';
import { areaPath } from '../router/routes.js';
import { ExportButtons } from './export-buttons.js';
import { readResponseFilters, responseFiltersPath, type ResponseFilters } from './response-filters.js';
import { ResponsesFilterBar } from './responses-filter-bar.js';
import { ResponsesTable } from './responses-table.js';
import { useAddressFilters } from './use-address-filters.js';

/**
 * The answers behind any number: the filters live in the address (the keys `responsesPath`
 * writes), the list shows score, comment, customer, survey, channel and time, newest first,
 * and the exports download exactly what is listed.
 */
export function ResponsesPage() {
  const { t } = useTranslation();
  const { filters, query, filtered } = useAddressFilters(readResponseFilters);
  const list = useResponses(query);
  const setFilters = (next: ResponseFilters) => navigate(responseFiltersPath(next), { replace: true });

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? null;

  const body = (
    <PagedListBody
      list={list}
      shown={items.length}
      total={total}
      filtered={filtered}
      texts="responses"
      testIdPrefix="responses"
      onClearFilters={() => setFilters({})}
      padding={{ base: 'sm', sm: 'md' }}
      empty={
        <Paper withBorder p={{ base: 'lg', sm: 48 }} data-testid="responses-empty">
          <EmptyState
            icon={<IconMessages size={30} stroke={1.5} aria-hidden />}
            variant="light"
            size="lg"
            title={t('responses.empty.title')}
            description={t('responses.empty.text')}
            maw={640}
            mx="auto"
          >
            <LinkButton to={areaPath('surveys')} mt="md">
              {t('responses.empty.action')}
            </LinkButton>
          </EmptyState>
        </Paper>
      }
    >
      <ResponsesTable responses={items} />
    </PagedListBody>
  );

  return (
    <>
      <PageHeader
        title={t('responses.page.title')}
        subtitle={t('responses.page.subtitle')}
        actions={<ExportButtons filters={filters} />}
      />
      <ResponsesFilterBar filters={filters} onChange={setFilters} />
      <Group gap="lg" mb="sm" align="baseline" wrap="wrap">
        {total !== null && !list.isError ? (
          <Text fw={600} role="status" data-testid="responses-count" data-count={total}>
            {t('responses.list.count', { count: total, formatted: formatNumber(total) })}
          </Text>
        ) : null}
        <PeriodHint label={null} from={filters.from} to={filters.to} testId="responses-period" />
      </Group>
      {body}
    </>
  );
}
