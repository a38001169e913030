import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTimelineEntry } from '../../shared/contracts/contacts.js';
import { TimelineEventsItem } from './timeline-events-item.js';
import { TimelineFeedbackItem } from './timeline-feedback-item.js';

/** Everything from every channel and the customer's recent activity, newest first. */
export function ContactTimeline({ timeline }: { timeline: readonly TTimelineEntry[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap={4} mb="sm">
        <Title order={2} fz="md" id={id}>
          {t('contacts.profile.timelineTitle')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('contacts.profile.timelineSubtitle')}
        </Text>
      </Stack>
      {timeline.length === 0 ? (
        <Text fz="sm" c="dimmed" py="md" data-testid="customer-timeline">
          {t('contacts.profile.timelineEmpty')}
        </Text>
      ) : (
        <ul className="timeline-list" data-testid="customer-timeline">
          {timeline.map((entry) =>
            entry.kind === 'feedback' ? (
              <TimelineFeedbackItem key={entry.id} entry={entry} />
            ) : (
              <TimelineEventsItem key={`${entry.type}-${entry.week}`} entry={entry} />
            ),
          )}
        </ul>
      )}
    </Paper>
  );
}
