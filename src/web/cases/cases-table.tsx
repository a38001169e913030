import { Box, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseSummary } from '../../shared/contracts/cases.js';
import { formatDateTime } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { navigate } from '../router/history.js';
import { casePath } from '../router/routes.js';
import { CasePriorityBadge } from './case-priority-badge.js';
import { CaseStatusBadge } from './case-status-badge.js';
import { SlaDue } from './sla-due.js';
import { useNow } from './use-now.js';

/** Who the case is about, as the list names them. */
function contactName(c: TCaseSummary['contact'], fallback: string): string {
  return c?.name ?? c?.email ?? fallback;
}

/**
 * One row per case: a table on wide screens (the subject links to the case, the whole row is
 * clickable too), a stack of cards on phones. Subjects and names are text nodes, never HTML.
 */
export function CasesTable({ cases }: { cases: readonly TCaseSummary[] }) {
  const { t } = useTranslation();
  // The SLA column counts down while the list is open.
  const now = useNow(30_000);
  const noContact = t('cases.list.noContact');
  const unassigned = t('cases.list.unassigned');

  return (
    <>
      <Box visibleFrom="md">
        <Table.ScrollContainer minWidth={900}>
          <Table
            highlightOnHover
            verticalSpacing="sm"
            aria-label={t('cases.list.label')}
            data-testid="cases-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.list.number')}</Table.Th>
                <Table.Th>{t('cases.list.subject')}</Table.Th>
                <Table.Th>{t('cases.list.contact')}</Table.Th>
                <Table.Th>{t('cases.list.priority')}</Table.Th>
                <Table.Th>{t('cases.list.status')}</Table.Th>
                <Table.Th>{t('cases.list.assignee')}</Table.Th>
                <Table.Th>{t('cases.list.sla')}</Table.Th>
                <Table.Th>{t('cases.list.opened')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr
                  key={c.id}
                  data-testid="case-row"
                  data-id={c.id}
                  data-number={c.number}
                  style={{ cursor: 'pointer' }}
                  onClick={(event) => {
                    // The link handles its own clicks (and middle clicks); the rest of the row follows it.
                    if (event.target instanceof Element && event.target.closest('a')) return;
                    navigate(casePath(c.id));
                  }}
                >
                  <Table.Td>
                    <Text fz="sm" c="dimmed" className="nowrap">
                      #{c.number}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={320}>
                    <AppLink
                      to={casePath(c.id)}
                      fw={600}
                      fz="sm"
                      className="wrap-anywhere"
                      data-testid="case-subject"
                    >
                      {c.subject}
                    </AppLink>
                  </Table.Td>
                  <Table.Td maw={200}>
                    <Text fz="sm" className="wrap-anywhere" {...(c.contact ? {} : { c: 'dimmed' })}>
                      {contactName(c.contact, noContact)}
                    </Text>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <CasePriorityBadge priority={c.priority} />
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <CaseStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" {...(c.assignee ? {} : { c: 'dimmed' })}>
                      {c.assignee?.name ?? unassigned}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SlaDue item={c} now={now} />
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" c="dimmed" className="nowrap">
                      <time dateTime={c.openedAt}>{formatDateTime(c.openedAt)}</time>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack
        gap={0}
        component="ul"
        hiddenFrom="md"
        aria-label={t('cases.list.label')}
        data-testid="cases-cards"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {cases.map((c) => (
          <li key={c.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
            <UnstyledButton
              component="a"
              href={casePath(c.id)}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                navigate(casePath(c.id));
              }}
              w="100%"
              p="sm"
              display="block"
              data-testid="case-card"
              data-id={c.id}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
                <Text fz="xs" c="dimmed">
                  #{c.number} · {contactName(c.contact, noContact)}
                </Text>
                <SlaDue item={c} now={now} />
              </Group>
              <Text fw={600} fz="sm" className="wrap-anywhere" mb={6}>
                {c.subject}
              </Text>
              <Group gap={6} wrap="wrap">
                <CasePriorityBadge priority={c.priority} />
                <CaseStatusBadge status={c.status} />
                <Text fz="xs" c="dimmed">
                  {c.assignee?.name ?? unassigned} ·{' '}
                  <time dateTime={c.openedAt}>{formatDateTime(c.openedAt)}</time>
                </Text>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </>
  );
}
