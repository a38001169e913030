import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../shared/contracts/cases.js';
import { ChannelIcon } from '../contacts/channel-icon.js';
import { channelLabel } from '../contacts/channel-labels.js';
import { formatDateTime } from '../lib/format.js';
import { TaggedComment } from '../text/analysis-tags.js';

type Item = TCaseDetail['items'][number];

/** Items that joined after the case opened (a second low score, a later review), marked as such. */
const JOIN_GRACE_MS = 1_000;

const SURVEY_METRICS = ['nps', 'csat', 'ces'];

/** "NPS 2 on a scale of 0–10"; a source's own stars without a metric name ("1 on a scale of 1–5"). */
function scoreText(t: TFunction, item: Item): string | null {
  if (item.score === null) return null;
  const metric = item.metric && SURVEY_METRICS.includes(item.metric) ? item.metric.toUpperCase() : '';
  if (item.scaleMin === null || item.scaleMax === null) return `${metric} ${item.score}`.trim();
  return t('cases.items.score', { metric, score: item.score, min: item.scaleMin, max: item.scaleMax }).trim();
}

/** The feedback behind the case: score on its scale, the comment as plain text, channel and time. */
export function CaseItems({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const opened = Date.parse(detail.openedAt);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="case-items">
      <Title order={2} fz="md" id={id} mb={4}>
        {t('cases.items.title')}
      </Title>
      {detail.items.length === 0 ? (
        <Text fz="sm" c="dimmed" py="sm">
          {t('cases.items.none')}
        </Text>
      ) : (
        <ul className="timeline-list">
          {detail.items.map((item) => {
            const joinedLater = Date.parse(item.joinedAt) > opened + JOIN_GRACE_MS;
            const score = scoreText(t, item);
            return (
              <Group
                key={item.id}
                component="li"
                align="flex-start"
                gap="md"
                wrap="nowrap"
                py="md"
                data-testid="case-item"
                data-joined-later={joinedLater}
              >
                <ChannelIcon channel={item.channel} />
                <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs" justify="space-between" wrap="wrap">
                    <Group gap={8} wrap="wrap">
                      <Text fw={600} fz="sm">
                        {channelLabel(item.channel)}
                      </Text>
                      {score ? (
                        <Text fz="sm" c="dark.7" data-testid="case-item-score">
                          {score}
                        </Text>
                      ) : null}
                      {joinedLater ? (
                        <Badge
                          variant="light"
                          color="ink"
                          c="ink.9"
                          radius="sm"
                          tt="none"
                          title={t('cases.items.joinedAt', { time: formatDateTime(item.joinedAt) })}
                          data-testid="case-item-joined"
                        >
                          {t('cases.items.joined')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text component="time" dateTime={item.occurredAt} fz="xs" c="dimmed">
                      {formatDateTime(item.occurredAt)}
                    </Text>
                  </Group>
                  {item.text?.trim() && item.analysis ? (
                    <TaggedComment
                      itemId={item.id}
                      text={item.text}
                      analysis={item.analysis}
                      testId="case-item-text"
                    />
                  ) : item.text?.trim() ? (
                    <Text fz="sm" className="answer-comment" data-testid="case-item-text">
                      {item.text}
                    </Text>
                  ) : (
                    <Text fz="sm" c="dimmed" fs="italic">
                      {t('cases.items.noComment')}
                    </Text>
                  )}
                </Stack>
              </Group>
            );
          })}
        </ul>
      )}
    </Paper>
  );
}
