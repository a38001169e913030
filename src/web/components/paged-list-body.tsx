import { Button, EmptyState, Group, Paper, Text, type MantineSpacing, type StyleProp } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.js';
import { SectionError } from './section-error.js';
import { SectionLoader } from './section-loader.js';

/** What a list page reads of its TanStack infinite query. */
export interface PagedList {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  isPlaceholderData: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
}

interface Props {
  list: PagedList;
  /** Rows shown so far (all loaded pages) and the total the first page reported. */
  shown: number;
  total: number | null;
  /** Whether any filter is set: an empty list then means "nothing matches", not "nothing yet". */
  filtered: boolean;
  /** The first-use empty state, with what to do. */
  empty: ReactNode;
  /** i18n key prefix of the page: `<prefix>.empty.noMatchTitle|noMatchText`, `<prefix>.list.shown|loadMore`. */
  texts: 'responses' | 'feedback';
  testIdPrefix: string;
  onClearFilters: () => void;
  padding: StyleProp<MantineSpacing>;
  children: ReactNode;
}

/**
 * The body every filtered list page shares (Responses, Feedback inbox): loading, error with
 * retry, the first-use empty state, "nothing matches" with a way out, and the rows with how
 * many of how many are shown and a button for the next page.
 */
export function PagedListBody({
  list,
  shown,
  total,
  filtered,
  empty,
  texts,
  testIdPrefix,
  onClearFilters,
  padding,
  children,
}: Props) {
  const { t } = useTranslation();
  if (list.isPending) return <SectionLoader />;
  if (list.isError) return <SectionError error={list.error} onRetry={() => void list.refetch()} />;
  if (shown === 0 && !filtered) return empty;
  if (shown === 0)
    return (
      <Paper withBorder p="xl" data-testid={`${testIdPrefix}-no-match`}>
        <EmptyState
          icon={<IconSearch size={26} stroke={1.5} aria-hidden />}
          variant="light"
          title={t(`${texts}.empty.noMatchTitle`)}
          description={t(`${texts}.empty.noMatchText`)}
          mx="auto"
        >
          <Button variant="default" mt="md" onClick={onClearFilters}>
            {t('responses.filters.clear')}
          </Button>
        </EmptyState>
      </Paper>
    );
  return (
    <Paper
      withBorder
      p={padding}
      style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
      aria-busy={list.isPlaceholderData}
    >
      {children}
      <Group justify="space-between" mt="md" px="xs" gap="sm">
        <Text fz="sm" c="dimmed">
          {t(`${texts}.list.shown`, { shown: formatNumber(shown), total: formatNumber(total ?? shown) })}
        </Text>
        {list.hasNextPage ? (
          <Button
            variant="default"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            data-testid={`${testIdPrefix}-load-more`}
          >
            {t(`${texts}.list.loadMore`)}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
