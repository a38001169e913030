import { Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFeedbackItem } from '../../shared/contracts/feedback.js';
import { useFeedback } from '../api/use-feedback.js';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';
import { PagedListBody } from '../components/paged-list-body.js';
import { formatNumber } from '../lib/format.js';
import { ResponsesFilterBar } from '../responses/responses-filter-bar.js';
import { useAddressFilters } from '../responses/use-address-filters.js';
import type { ResponseFilters } from '../responses/response-filters.js';
import { navigate } from '../router/history.js';
import { settingsPath } from '../router/routes.js';
import { FeedbackDetail } from './feedback-detail.js';
import { FeedbackList } from './feedback-list.js';
import { INBOX_CHANNELS, INBOX_METRICS, inboxFiltersPath, readInboxFilters } from './inbox-filters.js';

/**
 * The feedback inbox: every item of every channel, newest first, with the Responses page's
 * filters (in the address) and the comment search; a row opens its details in a drawer.
 */
export function FeedbackPage() {
  const { t } = useTranslation();
  const { filters, query, filtered } = useAddressFilters(readInboxFilters);
  const list = useFeedback(query);
  const [open, setOpen] = useState<TFeedbackItem | null>(null);
  const setFilters = (next: ResponseFilters) => navigate(inboxFiltersPath(next), { replace: true });
  const channels = useMemo(
    () =>
      INBOX_CHANNELS.map((c) => ({
        value: c,
        label: t(`feedback.channels.${c}`),
      })),
    [t],
  );
  const metrics = useMemo(
    () =>
      INBOX_METRICS.map((m) => ({
        value: m,
        label: t(`feedback.metrics.${m}`),
      })),
    [t],
  );

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? null;

  const body = (
    <PagedListBody
      list={list}
      shown={items.length}
      total={total}
      filtered={filtered}
      texts="feedback"
      testIdPrefix="feedback"
      onClearFilters={() => setFilters({})}
      padding={{ base: 'xs', sm: 'md' }}
      empty={
        <Paper withBorder p={{ base: 'lg', sm: 48 }} data-testid="feedback-empty">
          <EmptyState
            icon={<IconInbox size={30} stroke={1.5} aria-hidden />}
            variant="light"
            size="lg"
            title={t('feedback.empty.title')}
            description={t('feedback.empty.text')}
            maw={640}
            mx="auto"
          >
            <Group justify="center" mt="md" gap="sm">
              <LinkButton to={settingsPath('api-keys')}>{t('feedback.empty.apiKeys')}</LinkButton>
              <Button component="a" href="/api/docs" variant="default">
                {t('feedback.empty.docs')}
              </Button>
            </Group>
          </EmptyState>
        </Paper>
      }
    >
      <FeedbackList items={items} onOpen={setOpen} />
    </PagedListBody>
  );

  return (
    <>
      <PageHeader title={t('feedback.page.title')} subtitle={t('feedback.page.subtitle')} />
      <ResponsesFilterBar filters={filters} onChange={setFilters} channels={channels} metrics={metrics} />
      {total !== null && !list.isError ? (
        <Text fw={600} mb="sm" role="status" data-testid="feedback-count" data-count={total}>
          {t('feedback.list.count', {
            count: total,
            formatted: formatNumber(total),
          })}
        </Text>
      ) : null}
      {body}
      <FeedbackDetail item={open} onClose={() => setOpen(null)} />
    </>
  );
}
