import { Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { IconInbox, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFeedbackItem } from '../../shared/contracts/feedback.js';
import { useFeedback } from '../api/use-feedback.js';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatNumber } from '../lib/format.js';
import { ResponsesFilterBar } from '../responses/responses-filter-bar.js';
import type { ResponseFilters } from '../responses/response-filters.js';
import { navigate, useLocation } from '../router/history.js';
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
  const { search } = useLocation();
  const filters = useMemo(() => readInboxFilters(search), [search]);
  const query = useMemo(() => Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined)), [filters]);
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
  const filtered = Object.keys(filters).length > 0;

  let body;
  if (list.isPending) body = <SectionLoader />;
  else if (list.isError) body = <SectionError error={list.error} onRetry={() => void list.refetch()} />;
  else if (items.length === 0 && !filtered)
    body = (
      <Paper withBorder p={{ base: 'lg', sm: 48 }} data-testid="feedback-empty">
        <EmptyState icon={<IconInbox size={30} stroke={1.5} aria-hidden />} variant="light" size="lg" title={t('feedback.empty.title')} description={t('feedback.empty.text')} maw={640} mx="auto">
          <Group justify="center" mt="md" gap="sm">
            <LinkButton to={settingsPath('api-keys')}>{t('feedback.empty.apiKeys')}</LinkButton>
            <Button component="a" href="/api/docs" variant="default">
              {t('feedback.empty.docs')}
            </Button>
          </Group>
        </EmptyState>
      </Paper>
    );
  else if (items.length === 0)
    body = (
      <Paper withBorder p="xl" data-testid="feedback-no-match">
        <EmptyState icon={<IconSearch size={26} stroke={1.5} aria-hidden />} variant="light" title={t('feedback.empty.noMatchTitle')} description={t('feedback.empty.noMatchText')} mx="auto">
          <Button variant="default" mt="md" onClick={() => setFilters({})}>
            {t('responses.filters.clear')}
          </Button>
        </EmptyState>
      </Paper>
    );
  else
    body = (
      <Paper withBorder p={{ base: 'xs', sm: 'md' }} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isPlaceholderData}>
        <FeedbackList items={items} onOpen={setOpen} />
        <Group justify="space-between" mt="md" px="xs" gap="sm">
          <Text fz="sm" c="dimmed">
            {t('feedback.list.shown', {
              shown: formatNumber(items.length),
              total: formatNumber(total ?? items.length),
            })}
          </Text>
          {list.hasNextPage ? (
            <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="feedback-load-more">
              {t('feedback.list.loadMore')}
            </Button>
          ) : null}
        </Group>
      </Paper>
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
