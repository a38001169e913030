import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TTimelineEntry } from '../../shared/contracts/contacts.js';
import { formatDateTime } from '../lib/format.js';
import { metricName } from '../overview/feedback-labels.js';
import { ChannelIcon } from './channel-icon.js';
import { channelLabel } from './channel-labels.js';
import { NpsBadge } from './nps-badge.js';

type FeedbackEntry = Extract<TTimelineEntry, { kind: 'feedback' }>;

/** One answer, review, ticket, chat…: channel, score with its scale, the text as plain text. */
export function TimelineFeedbackItem({ entry }: { entry: FeedbackEntry }) {
  const { t } = useTranslation();
  const hasScore = entry.score !== null && entry.scaleMax !== null;
  return (
    <Group
      component="li"
      align="flex-start"
      gap="md"
      wrap="nowrap"
      py="md"
      data-testid={`timeline-item-${entry.channel}`}
      data-channel={entry.channel}
    >
      <ChannelIcon channel={entry.channel} />
      <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap={8} wrap="wrap">
            <Text fw={600} fz="sm">
              {channelLabel(entry.channel)}
            </Text>
            {entry.source ? (
              <Text fz="sm" c="dimmed">
                {t('contacts.profile.via', { source: entry.source })}
              </Text>
            ) : null}
            {entry.product ? (
              <Text fz="sm" c="dimmed">
                · {t('contacts.profile.about', { product: entry.product })}
              </Text>
            ) : null}
          </Group>
          <Text component="time" dateTime={entry.at} fz="xs" c="dimmed">
            {formatDateTime(entry.at)}
          </Text>
        </Group>
        {hasScore && entry.score !== null ? (
          <Group gap={8}>
            {entry.metric === 'nps' ? <NpsBadge score={entry.score} size="md" /> : null}
            <Badge
              variant="outline"
              color="gray"
              c="dark.6"
              radius="sm"
              tt="none"
              title={t('contacts.profile.scoreRange', {
                score: entry.score,
                min: entry.scaleMin ?? 0,
                max: entry.scaleMax ?? 0,
              })}
            >
              {entry.metric === 'csat' || entry.metric === 'ces' ? `${metricName(entry.metric)} ` : ''}
              {t('contacts.profile.score', { score: entry.score, max: entry.scaleMax ?? 0 })}
            </Badge>
          </Group>
        ) : null}
        {Object.keys(entry.hiddenFields).length > 0 ? (
          <Group
            gap={6}
            wrap="wrap"
            aria-label={t('contacts.profile.hiddenFields')}
            role="group"
            data-testid="timeline-hidden-fields"
          >
            <Text fz="xs" c="dimmed">
              {t('contacts.profile.hiddenFields')}:
            </Text>
            {Object.entries(entry.hiddenFields).map(([name, value]) => (
              <Badge
                key={name}
                variant="light"
                color="gray"
                c="dark.6"
                radius="sm"
                tt="none"
                fw={500}
                className="wrap-anywhere"
              >
                {name} = {value}
              </Badge>
            ))}
          </Group>
        ) : null}
        {entry.text ? (
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.text}
          </Text>
        ) : (
          <Text fz="sm" c="dimmed" fs="italic">
            {t('contacts.profile.noText')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
