import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TResponse } from '../../shared/contracts/responses.js';
import { formatDateTime, formatLanguage } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { contactPath } from '../router/routes.js';
import { TaggedComment } from '../text/analysis-tags.js';
import { ScoreBadge } from './score-badge.js';

/**
 * One row per answer. The comment is a text node (React escapes it) that keeps its line breaks
 * through CSS, so whatever a customer typed is shown, never run.
 */
export function ResponsesTable({ responses }: { responses: readonly TResponse[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label={t('responses.table.label')} data-testid="responses-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('responses.table.score')}</Table.Th>
            <Table.Th>{t('responses.table.comment')}</Table.Th>
            <Table.Th w={180}>{t('responses.table.customer')}</Table.Th>
            <Table.Th w={170}>{t('responses.table.survey')}</Table.Th>
            <Table.Th w={150}>{t('responses.table.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {responses.map((r) => (
            <Table.Tr
              key={r.id}
              data-testid="response-row"
              data-id={r.id}
              data-category={r.category ?? undefined}
            >
              <Table.Td>
                <ScoreBadge metric={r.metric} score={r.score} scaleMax={r.scaleMax} category={r.category} />
              </Table.Td>
              <Table.Td>
                {r.comment?.trim() && r.analysis ? (
                  <TaggedComment
                    itemId={r.id}
                    text={r.comment}
                    analysis={r.analysis}
                    lang={r.language || undefined}
                    testId="response-comment"
                  />
                ) : r.comment?.trim() ? (
                  <Text
                    fz="sm"
                    lang={r.language || undefined}
                    className="answer-comment"
                    data-testid="response-comment"
                  >
                    {r.comment}
                  </Text>
                ) : (
                  <Text fz="sm" c="dimmed" fs="italic">
                    {t('responses.table.noComment')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.contact ? (
                  <Stack gap={0}>
                    <AppLink
                      to={contactPath(r.contact.externalId)}
                      fz="sm"
                      fw={600}
                      className="wrap-anywhere"
                      data-testid="response-contact"
                    >
                      {r.contact.name ?? r.contact.externalId}
                    </AppLink>
                    <Text fz="xs" c="dimmed" className="wrap-anywhere">
                      {[r.contact.name ? r.contact.externalId : null, r.contact.segment]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                ) : (
                  <Text fz="sm" c="dimmed">
                    {t('responses.table.anonymous')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text fz="sm" className="wrap-anywhere">
                    {r.surveyName ?? t('responses.table.feedbackApi')}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {[
                      t(`responses.channels.${r.channel}`),
                      r.source,
                      r.language ? formatLanguage(r.language) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">
                  <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
