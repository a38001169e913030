import {
  Button,
  CloseButton,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format.js';
import type { OutcomeCounts, OutcomeRow } from './outcome-rows.js';

/** More rows than this stay behind "… and n more": the counts above already say it all. */
export const SHOWN_ROWS = 100;

export interface SendOutcomeSummaryProps {
  /** The send's totals: over all its invitations, never over the rows listed below. */
  counts: OutcomeCounts;
  /** Customers to list, newest first (at most SHOWN_ROWS are shown). */
  rows: readonly OutcomeRow[];
  /** How many customers the send has in all, for "… and n more". */
  total: number;
  onDismiss: () => void;
}

/** After a send: how many were invited, held over quota, or not sent and why, in plain words; each customer on request. */
export function SendOutcomeSummary({ counts, rows, total, onDismiss }: SendOutcomeSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [isOpen, setOpen] = useState(false);

  const resultOf = (row: OutcomeRow): string => {
    if (row.status === 'held')
      return row.until
        ? t('sending.outcome.status.held', { date: formatDate(row.until) })
        : t('sending.outcome.status.heldNoDate');
    if (row.status === 'skipped' && row.reason) {
      const reason = t(`sending.skipReasons.${row.reason}`);
      return row.until
        ? `${reason} (${t('sending.outcome.reasonUntil', { date: formatDate(row.until) })})`
        : reason;
    }
    return t(`sending.outcome.status.${row.status}`);
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="gray.0"
      component="section"
      aria-labelledby={titleId}
      data-testid="send-outcome"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} fz="md" id={titleId}>
            {t('sending.outcome.title')}
          </Title>
          <CloseButton onClick={onDismiss} aria-label={t('sending.outcome.dismiss')} />
        </Group>
        <SimpleGrid cols={3} spacing="sm" role="status">
          {(['invited', 'held', 'skipped'] as const).map((key) => (
            <Stack key={key} gap={0} data-testid={`send-outcome-${key}`}>
              <Text fz={24} fw={650} className="tabular">
                {formatNumber(counts[key])}
              </Text>
              <Text fz="sm" c="dimmed">
                {t(`sending.outcome.${key === 'invited' ? 'scheduled' : key}`)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        {counts.invited > 0 ? <Text fz="sm">{t('sending.outcome.scheduledText')}</Text> : null}
        {counts.held > 0 && counts.heldUntil ? (
          <Text fz="sm">{t('sending.outcome.heldUntil', { date: formatDate(counts.heldUntil) })}</Text>
        ) : null}
        {counts.reasons.length > 0 ? (
          <Stack gap={4}>
            <Text fz="sm" fw={600}>
              {t('sending.outcome.reasonsTitle')}
            </Text>
            <List fz="sm" spacing={2} data-testid="send-outcome-reasons">
              {counts.reasons.map((group) => (
                <List.Item key={group.reason} data-reason={group.reason}>
                  <Text span fw={600} className="tabular">
                    {formatNumber(group.count)} ×{' '}
                  </Text>
                  {t(`sending.skipReasons.${group.reason}`)}
                  {group.until ? (
                    <Text
                      span
                      c="dimmed"
                    >{` — ${t('sending.outcome.reasonUntil', { date: formatDate(group.until) })}`}</Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {rows.length > 0 ? (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              px={0}
              onClick={() => setOpen((v) => !v)}
              aria-expanded={isOpen}
              data-testid="send-outcome-toggle"
            >
              {isOpen ? t('sending.outcome.hideContacts') : t('sending.outcome.showContacts')}
            </Button>
            {isOpen ? (
              <Table.ScrollContainer minWidth={360} mt="xs">
                <Table
                  verticalSpacing={4}
                  fz="sm"
                  aria-label={t('sending.outcome.contactsTitle')}
                  data-testid="send-outcome-table"
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('sending.outcome.customer')}</Table.Th>
                      <Table.Th>{t('sending.outcome.result')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.slice(0, SHOWN_ROWS).map((row, index) => (
                      <Table.Tr key={`${row.contact}-${index}`}>
                        <Table.Td className="wrap-anywhere">{row.contact}</Table.Td>
                        <Table.Td>{resultOf(row)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {total > Math.min(rows.length, SHOWN_ROWS) ? (
                  <Text fz="sm" c="dimmed" mt={4} data-testid="send-outcome-more">
                    {t('sending.outcome.moreContacts', { count: total - Math.min(rows.length, SHOWN_ROWS) })}
                  </Text>
                ) : null}
              </Table.ScrollContainer>
            ) : null}
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
