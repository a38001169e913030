import { Anchor, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
// Only this screen uses a drawer: its stylesheet comes with it (after ModalBase's, which the dashboard loads).
import '@mantine/core/styles/Drawer.css';
import { useTranslation } from 'react-i18next';
import type { TFeedbackItem } from '../../shared/contracts/feedback.js';
import { formatDateTime, formatLanguage } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { contactPath, surveyPath } from '../router/routes.js';
import { AnalysisTags, useJudgedMarks, useShownAnalysis } from '../text/analysis-tags.js';
import { HighlightedComment } from '../text/highlighted-comment.js';
import { ItemScore } from './item-score.js';
import { answeredVia, channelLabel } from './item-labels.js';

/** One label and its value; the value may wrap anywhere (ids and links are long). */
function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fz="sm" component="div" className="wrap-anywhere">
        {children}
      </Text>
    </Stack>
  );
}

/**
 * Everything about one item: its full comment, where it came from (channel, source, survey),
 * its score on its own scale, who gave it (a link to the customer, or the author the source
 * named), when, and the source's own reference. Plain text throughout; the link is the one the
 * source gave, which the API only accepts as http(s).
 */
export function FeedbackDetail({ item, onClose }: { item: TFeedbackItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const none = t('feedback.detail.none');
  const via = item ? answeredVia(t, item) : null;
  const [shown, setShown] = useShownAnalysis(item?.analysis ?? null);
  const marks = useJudgedMarks(shown);
  return (
    // Composed like AppModal: the stock header is a `<header>`, a second banner landmark in the page.
    <Drawer.Root opened={item !== null} onClose={onClose} position="right" size={narrow ? '100%' : 'lg'}>
      <Drawer.Overlay />
      <Drawer.Content data-testid="feedback-detail">
        <Group justify="space-between" wrap="nowrap" px="md" pt="md" pb="xs" gap="md">
          <Drawer.Title fw={600} fz="lg">
            {t('feedback.detail.title')}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('app.close')} />
        </Group>
        <Drawer.Body>
          {item ? (
            <Stack gap="lg">
              <Field label={t('feedback.detail.text')} testId="feedback-detail-text">
                {item.text?.trim() && item.analysis ? (
                  <Text component="span" fz="md" lang={item.language ?? undefined} className="answer-comment">
                    <HighlightedComment text={item.text} marks={marks} />
                  </Text>
                ) : item.text?.trim() ? (
                  <Text component="span" fz="md" lang={item.language ?? undefined} className="answer-comment">
                    {item.text}
                  </Text>
                ) : (
                  <Text component="span" c="dimmed" fs="italic">
                    {t('feedback.list.noComment')}
                  </Text>
                )}
              </Field>
              {item.text?.trim() && shown ? (
                <Field label={t('textTags.label')} testId="feedback-detail-tags">
                  <AnalysisTags itemId={item.id} analysis={shown} onChange={setShown} />
                </Field>
              ) : null}
              <Group gap="xl" align="flex-start" wrap="wrap">
                <Field label={t('feedback.detail.channel')} testId="feedback-detail-channel">
                  {[channelLabel(t, item), via].filter(Boolean).join(' · ')}
                </Field>
                <Field label={t('feedback.detail.source')}>{item.source ?? none}</Field>
              </Group>
              <Field label={t('feedback.detail.score')} testId="feedback-detail-score">
                {item.score !== null ? (
                  <Group gap="sm" component="span" wrap="wrap">
                    <ItemScore item={item} />
                    {item.scaleMin !== null && item.scaleMax !== null ? (
                      <Text component="span" fz="sm" c="dimmed">
                        {t('feedback.detail.scale', {
                          score: item.score,
                          min: item.scaleMin,
                          max: item.scaleMax,
                        })}
                      </Text>
                    ) : null}
                  </Group>
                ) : (
                  t('feedback.score.none')
                )}
              </Field>
              {item.contact ? (
                <Field label={t('feedback.detail.contact')} testId="feedback-detail-contact">
                  <AppLink to={contactPath(item.contact.externalId)} fw={600}>
                    {item.contact.name ?? item.contact.externalId}
                  </AppLink>
                  {item.contact.name ? ` · ${item.contact.externalId}` : ''}
                </Field>
              ) : (
                <Field label={t('feedback.detail.author')} testId="feedback-detail-contact">
                  {[item.author?.name, item.author?.handle, item.author?.email].filter(Boolean).join(' · ') ||
                    t('feedback.list.anonymous')}
                </Field>
              )}
              {item.survey ? (
                <Field label={t('feedback.detail.survey')}>
                  {item.survey.name !== null ? (
                    <AppLink to={surveyPath(item.survey.id, 'answers')}>
                      {t('feedback.detail.surveyVersion', {
                        name: item.survey.name,
                        version: item.survey.version,
                      })}
                    </AppLink>
                  ) : (
                    t('feedback.detail.surveyGone')
                  )}
                </Field>
              ) : null}
              <Group gap="xl" align="flex-start" wrap="wrap">
                <Field label={t('feedback.detail.time')}>
                  <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>
                </Field>
                <Field label={t('feedback.detail.received')}>
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </Field>
              </Group>
              <Group gap="xl" align="flex-start" wrap="wrap">
                <Field label={t('feedback.detail.language')}>
                  {item.language ? formatLanguage(item.language) : none}
                </Field>
                <Field label={t('feedback.detail.product')}>{item.product ?? none}</Field>
                {item.channel !== 'survey' ? (
                  <Field label={t('feedback.detail.touchpoint')}>{item.touchpoint ?? none}</Field>
                ) : null}
              </Group>
              <Field label={t('feedback.detail.externalRef')} testId="feedback-detail-ref">
                {item.externalRef ?? none}
              </Field>
              {item.link ? (
                <Field label={t('feedback.detail.link')}>
                  <Anchor href={item.link} target="_blank" rel="noopener noreferrer nofollow">
                    {item.link}
                  </Anchor>
                </Field>
              ) : null}
            </Stack>
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
