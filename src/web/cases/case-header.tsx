import { Alert, Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail, TCasePatch, TCasePriority } from '../../shared/contracts/cases.js';
import { useCaseAssignees } from '../api/use-case-assignees.js';
import { channelLabel } from '../contacts/channel-labels.js';
import { formatDateTime } from '../lib/format.js';
import { CasePriorityBadge } from './case-priority-badge.js';
import { CaseStatusBadge } from './case-status-badge.js';
import { PRIORITIES } from './case-filters.js';

const NONE = '';
const isPriority = (value: string): value is TCasePriority =>
  (PRIORITIES as readonly string[]).includes(value);

/**
 * The case's one `h1` (number and subject), where it stands (status, priority, escalation) and
 * who works it: assignee, team and priority change at once through `onChange`.
 */
export function CaseHeader({
  detail,
  onChange,
  saving,
}: {
  detail: TCaseDetail;
  onChange: (patch: TCasePatch) => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const assignees = useCaseAssignees();
  useEffect(() => {
    document.title = `#${detail.number} ${detail.subject} · Resonance`;
  }, [detail.number, detail.subject]);

  // The current assignee and team stay selectable even when the list does not name them (left the team).
  const people = assignees.data?.people ?? [];
  const personOptions = [
    { value: NONE, label: t('cases.detail.unassigned') },
    ...people.map((p) => ({ value: p.id, label: p.name || p.email })),
    ...(detail.assignee && !people.some((p) => p.id === detail.assignee?.id)
      ? [{ value: detail.assignee.id, label: detail.assignee.name }]
      : []),
  ];
  const teams = assignees.data?.teams ?? [];
  const teamOptions = [
    { value: NONE, label: t('cases.detail.noTeam') },
    ...teams.map((team) => ({ value: team.id, label: team.name })),
    ...(detail.team && !teams.some((team) => team.id === detail.team?.id)
      ? [{ value: detail.team.id, label: detail.team.name }]
      : []),
  ];

  return (
    <Paper withBorder p="lg" mb="lg" component="section" data-testid="case-header">
      <Stack gap="md">
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <Text fz="sm" c="dimmed" fw={600} data-testid="case-number">
              {t('cases.detail.number', { number: detail.number })}
            </Text>
            <CaseStatusBadge status={detail.status} />
            <CasePriorityBadge priority={detail.priority} />
            {detail.escalationLevel > 0 ? (
              <Badge color="red.9" radius="sm" tt="none" data-testid="case-escalation">
                {t('cases.detail.escalation', { level: detail.escalationLevel })}
              </Badge>
            ) : null}
          </Group>
          <Title order={1} fz={24} className="wrap-anywhere" data-testid="case-title">
            {detail.subject}
          </Title>
          <Text fz="sm" c="dimmed">
            {channelLabel(detail.channel)} ·{' '}
            {t('cases.detail.opened', { time: formatDateTime(detail.openedAt) })}
          </Text>
        </Stack>
        {detail.customerEscalatedAt ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            data-testid="case-customer-escalated"
          >
            {t('cases.detail.customerEscalated', { time: formatDateTime(detail.customerEscalatedAt) })}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label={t('cases.detail.assignee')}
            value={detail.assignee?.id ?? NONE}
            data={personOptions}
            onChange={(value) => onChange({ assigneeId: value ? value : null })}
            allowDeselect={false}
            searchable
            disabled={saving}
            data-testid="case-assignee"
          />
          <Select
            label={t('cases.detail.team')}
            value={detail.team?.id ?? NONE}
            data={teamOptions}
            onChange={(value) => onChange({ teamId: value ? value : null })}
            allowDeselect={false}
            disabled={saving}
            data-testid="case-team"
          />
          <Select
            label={t('cases.detail.priority')}
            value={detail.priority}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))}
            onChange={(value) => value && isPriority(value) && onChange({ priority: value })}
            allowDeselect={false}
            disabled={saving}
            data-testid="case-priority-select"
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
