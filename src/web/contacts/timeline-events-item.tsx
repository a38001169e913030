import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconActivity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TTimelineEntry } from '../../shared/contracts/contacts.js';
import { formatDate } from '../lib/format.js';
import { useFormatMoney } from '../lib/use-format-money.js';
import { eventSummary, weekStart } from './event-labels.js';

type EventsEntry = Extract<TTimelineEntry, { kind: 'events' }>;

/** Behaviour events of one type in one week, condensed as the API returns them ("12 logins this week"). */
export function TimelineEventsItem({ entry }: { entry: EventsEntry }) {
  const { t } = useTranslation();
  const money = useFormatMoney();
  const monday = weekStart(new Date(entry.at));
  const isThisWeek = monday.getTime() === weekStart(new Date()).getTime();
  const when = isThisWeek
    ? t('contacts.profile.thisWeek')
    : t('contacts.profile.week', { date: formatDate(monday) });
  return (
    <Group
      component="li"
      align="center"
      gap="md"
      wrap="nowrap"
      py="sm"
      data-testid="timeline-events"
      data-event-type={entry.type}
    >
      <ThemeIcon variant="light" radius="xl" size={34} color="gray">
        <IconActivity size={18} stroke={1.7} aria-hidden />
      </ThemeIcon>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text fz="sm">
          <Text span fw={600} fz="sm">
            {eventSummary(entry.type, entry.count)}
          </Text>{' '}
          <Text span c="dimmed" fz="sm">
            {when}
            {entry.revenue !== null
              ? ` · ${t('contacts.profile.eventRevenue', { amount: money(entry.revenue, Number.isInteger(entry.revenue) ? 0 : 2) })}`
              : ''}
          </Text>
        </Text>
      </Stack>
      <Text component="time" dateTime={entry.at} fz="xs" c="dimmed">
        {formatDate(entry.at)}
      </Text>
    </Group>
  );
}
