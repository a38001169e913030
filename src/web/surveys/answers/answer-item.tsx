import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TResponse } from '../../../shared/contracts/responses.js';
import { formatDateTime } from '../../lib/format.js';
import { AppLink } from '../../router/app-link.js';
import { contactPath } from '../../router/routes.js';
import { AnswerScore } from './answer-score.js';

/**
 * One answer: score, comment, channel, who and when. The comment is a text node — React escapes
 * it — and keeps its line breaks through CSS, so a customer's markup is shown, never run.
 */
export function AnswerItem({ response }: { response: TResponse }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} py="sm" data-testid={`answer-${response.id}`}>
      <Group gap="xs" justify="space-between" align="flex-start">
        <Group gap="xs">
          <AnswerScore metric={response.metric} score={response.score} />
          <Badge variant="outline" color="gray" c="dark.6" radius="sm" tt="none">
            {t(`sending.answers.channels.${response.channel}`)}
          </Badge>
          {response.contact ? (
            <AppLink to={contactPath(response.contact.externalId)} fz="sm" className="wrap-anywhere">
              {response.contact.externalId}
            </AppLink>
          ) : (
            <Text fz="sm" c="dimmed">
              {t('sending.answers.anonymous')}
            </Text>
          )}
        </Group>
        <Text fz="xs" c="dimmed">
          <time dateTime={response.createdAt}>{formatDateTime(response.createdAt)}</time> ·{' '}
          {t('sending.answers.version', { version: response.surveyVersion })}
        </Text>
      </Group>
      {response.comment ? (
        <Text fz="sm" lang={response.language} className="answer-comment" data-testid="answer-comment">
          {response.comment}
        </Text>
      ) : (
        <Text fz="sm" c="dimmed" fs="italic">
          {t('sending.answers.noComment')}
        </Text>
      )}
    </Stack>
  );
}
