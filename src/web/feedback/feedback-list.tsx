import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFeedbackItem } from '../../shared/contracts/feedback.js';
import { formatDateTime } from '../lib/format.js';
import { ItemScore } from './item-score.js';
import { channelLabel, whoGaveIt } from './item-labels.js';

/**
 * One row per item, as a button that opens its details. The comment is a text node (React
 * escapes it), cut to three lines here and shown whole in the details.
 */
export function FeedbackList({
  items,
  onOpen,
}: {
  items: readonly TFeedbackItem[];
  onOpen: (item: TFeedbackItem) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      gap={0}
      component="ul"
      aria-label={t('feedback.list.label')}
      className="feedback-list"
      data-testid="feedback-list"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {items.map((item) => (
        <li key={item.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <UnstyledButton
            onClick={() => onOpen(item)}
            w="100%"
            p="sm"
            title={t('feedback.list.open')}
            className="feedback-row"
            data-testid="feedback-row"
            data-id={item.id}
            data-channel={item.channel}
          >
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap" mb={4}>
              <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
                <Badge variant="outline" color="gray" c="dark.6" radius="sm" tt="none">
                  {channelLabel(t, item)}
                </Badge>
                <ItemScore item={item} />
                {item.source && item.channel !== 'survey' ? (
                  <Text fz="xs" c="dimmed" className="wrap-anywhere">
                    {item.source}
                  </Text>
                ) : null}
              </Group>
              <Text fz="xs" c="dimmed" className="nowrap">
                <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>
              </Text>
            </Group>
            {item.text?.trim() ? (
              <Text
                fz="sm"
                lineClamp={3}
                lang={item.language ?? undefined}
                className="answer-comment"
                data-testid="feedback-text"
              >
                {item.text}
              </Text>
            ) : (
              <Text fz="sm" c="dimmed" fs="italic">
                {t('feedback.list.noComment')}
              </Text>
            )}
            <Text fz="xs" c="dimmed" mt={4} className="wrap-anywhere">
              {[
                whoGaveIt(t, item),
                item.survey ? (item.survey.name ?? t('feedback.detail.surveyGone')) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
