import {
  Button,
  Chip,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCasePriority, TCaseStatus } from '../../shared/contracts/cases.js';
import { useCaseAssignees } from '../api/use-case-assignees.js';
import { channelLabel } from '../contacts/channel-labels.js';
import {
  ASSIGNEE_FILTERS,
  DEFAULT_CASE_FILTERS,
  isNarrowed,
  OPEN_WORK,
  PRIORITIES,
  STATUSES,
  type AssigneeFilter,
  type CaseFilters,
} from './case-filters.js';

const isAssignee = (value: string): value is AssigneeFilter =>
  (ASSIGNEE_FILTERS as readonly string[]).includes(value);

/** The list's filters; each change goes into the address (the page writes it), so a view can be shared. */
export function CasesFilterBar({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (next: CaseFilters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const isOpenWork =
    filters.statuses.length === OPEN_WORK.length && OPEN_WORK.every((s) => filters.statuses.includes(s));

  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid="cases-filters"
    >
      <h2 id={`${id}-title`} className="sr-only">
        {t('cases.filters.label')}
      </h2>
      <Stack gap="md">
        <div role="group" aria-labelledby={`${id}-status`}>
          <Text id={`${id}-status`} fz="sm" fw={500} mb={6}>
            {t('cases.filters.status')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Chip
              checked={isOpenWork}
              onChange={() => onChange({ ...filters, statuses: OPEN_WORK })}
              variant="outline"
              data-testid="cases-filter-open-work"
            >
              {t('cases.filters.openWork')}
            </Chip>
            <Chip
              checked={filters.statuses.length === 0}
              onChange={() => onChange({ ...filters, statuses: [] })}
              variant="outline"
              data-testid="cases-filter-all-statuses"
            >
              {t('cases.filters.allStatuses')}
            </Chip>
            <span
              aria-hidden
              style={{ width: 1, alignSelf: 'stretch', background: 'var(--mantine-color-gray-3)' }}
            />
            <Chip.Group<true, TCaseStatus>
              multiple
              value={[...filters.statuses]}
              onChange={(statuses) => onChange({ ...filters, statuses })}
            >
              {STATUSES.map((status) => (
                <Chip key={status} value={status} data-testid={`cases-filter-status-${status}`}>
                  {t(`cases.status.${status}`)}
                </Chip>
              ))}
            </Chip.Group>
          </Group>
        </div>
        <Group gap="xl" align="flex-end" wrap="wrap">
          <div role="group" aria-labelledby={`${id}-assignee`}>
            <Text id={`${id}-assignee`} fz="sm" fw={500} mb={6}>
              {t('cases.filters.assignee')}
            </Text>
            <SegmentedControl
              value={filters.person ? '' : filters.assignee}
              onChange={(value) => {
                if (!isAssignee(value)) return;
                // Choosing everyone, mine or unassigned replaces the one person a link named.
                const next: CaseFilters = { ...filters, assignee: value };
                delete next.person;
                onChange(next);
              }}
              data={[
                { value: 'all', label: t('cases.filters.everyone') },
                { value: 'me', label: t('cases.filters.mine') },
                { value: 'none', label: t('cases.filters.unassigned') },
              ]}
              data-testid="cases-filter-assignee"
            />
          </div>
          <div role="group" aria-labelledby={`${id}-priority`}>
            <Text id={`${id}-priority`} fz="sm" fw={500} mb={6}>
              {t('cases.filters.priority')}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Chip.Group<true, TCasePriority>
                multiple
                value={[...filters.priorities]}
                onChange={(priorities) => onChange({ ...filters, priorities })}
              >
                {PRIORITIES.map((priority) => (
                  <Chip
                    key={priority}
                    value={priority}
                    size="sm"
                    data-testid={`cases-filter-priority-${priority}`}
                  >
                    {t(`cases.priority.${priority}`)}
                  </Chip>
                ))}
              </Chip.Group>
            </Group>
          </div>
          <Switch
            label={t('cases.filters.breachedOnly')}
            checked={filters.breachedOnly}
            onChange={(e) => onChange({ ...filters, breachedOnly: e.currentTarget.checked })}
            mb={6}
            data-testid="cases-filter-breached"
          />
          {filters.person || filters.teamId || filters.channel ? (
            <LinkedFilters filters={filters} onChange={onChange} />
          ) : null}
          {isNarrowed(filters) ? (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={() => onChange(DEFAULT_CASE_FILTERS)}
              data-testid="cases-clear-filters"
            >
              {t('cases.filters.clear')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The person, team or channel a link (the report's) narrowed the list to: the bar has no control
 * for them, so each is shown by name with a button that removes it.
 */
function LinkedFilters({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (next: CaseFilters) => void;
}) {
  const { t } = useTranslation();
  const assignees = useCaseAssignees();
  const people = assignees.data?.people ?? [];
  const teams = assignees.data?.teams ?? [];
  const { person, teamId, channel, ...rest } = filters;
  const parts: { key: string; label: string; value: string; without: CaseFilters }[] = [];
  if (person)
    parts.push({
      key: 'person',
      label: t('cases.filters.person'),
      value: people.find((p) => p.id === person)?.name ?? person,
      without: { ...rest, ...(teamId ? { teamId } : {}), ...(channel ? { channel } : {}) },
    });
  if (teamId)
    parts.push({
      key: 'team',
      label: t('cases.filters.team'),
      value: teams.find((team) => team.id === teamId)?.name ?? teamId,
      without: { ...rest, ...(person ? { person } : {}), ...(channel ? { channel } : {}) },
    });
  if (channel)
    parts.push({
      key: 'channel',
      label: t('cases.filters.channel'),
      value: channelLabel(channel),
      without: { ...rest, ...(person ? { person } : {}), ...(teamId ? { teamId } : {}) },
    });
  return (
    <Group gap="xs" mb={6} wrap="wrap">
      {parts.map((part) => (
        <Group
          key={part.key}
          gap={4}
          wrap="nowrap"
          pl="sm"
          pr={4}
          py={2}
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 999 }}
          data-testid={`cases-filter-linked-${part.key}`}
        >
          <Text fz="sm">
            {part.label}: <strong>{part.value}</strong>
          </Text>
          <CloseButton
            size="sm"
            aria-label={t('cases.filters.remove', { name: `${part.label}: ${part.value}` })}
            onClick={() => onChange(part.without)}
          />
        </Group>
      ))}
    </Group>
  );
}
