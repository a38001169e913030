import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconBell,
  IconClock,
  IconLock,
  IconMail,
  IconMessage2,
  IconPlus,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail, TCaseEvent } from '../../shared/contracts/cases.js';
import { formatDateTime } from '../lib/format.js';
import { useCaseAssignees } from '../api/use-case-assignees.js';
import { caseEventText, type NameLookup } from './case-event-text.js';

const ICONS: Record<string, { icon: Icon; color: string }> = {
  opened: { icon: IconPlus, color: 'ink' },
  status: { icon: IconArrowsExchange, color: 'gray' },
  assigned: { icon: IconUser, color: 'gray' },
  priority: { icon: IconArrowsExchange, color: 'gray' },
  joined: { icon: IconPlus, color: 'ink' },
  reply: { icon: IconMail, color: 'teal' },
  'customer-message': { icon: IconMessage2, color: 'blue' },
  note: { icon: IconLock, color: 'yellow' },
  warned: { icon: IconClock, color: 'orange' },
  breached: { icon: IconAlertTriangle, color: 'red' },
  escalated: { icon: IconBell, color: 'red' },
  'customer-escalated': { icon: IconAlertTriangle, color: 'red' },
};

/** Who wrote or did it: the person, the automation, or the customer by name. */
function author(t: TFunction, event: TCaseEvent, detail: TCaseDetail): string {
  if (event.actor) return event.actor.name;
  if (event.author === 'automation') return t('cases.timeline.automation');
  if (event.author === 'customer') return detail.contact?.name ?? t('cases.timeline.customer');
  return t('cases.timeline.someone');
}

/**
 * The case's log, oldest first as a conversation reads: replies, the customer's messages, notes,
 * status changes, assignments and SLA steps. Bodies are text nodes (React escapes them), with
 * their line breaks kept; nothing a customer or agent wrote is ever read as HTML.
 */
export function CaseTimeline({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const assignees = useCaseAssignees().data;
  const names: NameLookup = {
    person: (id) =>
      assignees?.people.find((p) => p.id === id)?.name ??
      (detail.assignee?.id === id ? detail.assignee.name : null),
    team: (id) =>
      assignees?.teams.find((team) => team.id === id)?.name ??
      (detail.team?.id === id ? detail.team.name : null),
  };
  const id = useId();
  const events = [...detail.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="case-timeline">
      <Title order={2} fz="md" id={id} mb={4}>
        {t('cases.timeline.title')}
      </Title>
      {events.length === 0 ? (
        <Text fz="sm" c="dimmed" py="sm">
          {t('cases.timeline.empty')}
        </Text>
      ) : (
        <ul className="timeline-list">
          {events.map((event) => {
            const look = ICONS[event.type] ?? { icon: IconArrowsExchange, color: 'gray' };
            const EventIcon = look.icon;
            const isNote = event.type === 'note';
            return (
              <Group
                key={event.id}
                component="li"
                align="flex-start"
                gap="sm"
                wrap="nowrap"
                py="sm"
                data-testid="case-event"
                data-type={event.type}
              >
                <ThemeIcon variant="light" color={look.color} radius="xl" size={30}>
                  <EventIcon size={16} stroke={1.7} aria-hidden />
                </ThemeIcon>
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs" justify="space-between" wrap="wrap">
                    <Text fz="sm" className="wrap-anywhere">
                      <Text span fw={600}>
                        {author(t, event, detail)}
                      </Text>{' '}
                      <Text span c="dimmed">
                        {caseEventText(t, event, names)}
                      </Text>
                    </Text>
                    <Text component="time" dateTime={event.at} fz="xs" c="dimmed">
                      {formatDateTime(event.at)}
                    </Text>
                  </Group>
                  {event.body ? (
                    <Text
                      fz="sm"
                      className="answer-comment"
                      p="sm"
                      bg={isNote ? 'yellow.0' : 'gray.0'}
                      style={{ borderRadius: 'var(--mantine-radius-md)' }}
                      data-testid="case-event-body"
                    >
                      {event.body}
                    </Text>
                  ) : null}
                  {event.delivery ? (
                    <Badge
                      variant="light"
                      color={event.delivery === 'failed' ? 'red' : 'gray'}
                      c={event.delivery === 'failed' ? 'red.9' : 'dark.6'}
                      radius="sm"
                      tt="none"
                      size="sm"
                      data-testid="case-event-delivery"
                    >
                      {t(`cases.timeline.delivery.${event.delivery}`)}
                    </Badge>
                  ) : null}
                </Stack>
              </Group>
            );
          })}
        </ul>
      )}
    </Paper>
  );
}
