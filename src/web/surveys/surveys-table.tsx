import { Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { useSurveyStats } from '../api/use-survey-stats.js';
import { formatDate } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { navigate } from '../router/history.js';
import { surveyPath } from '../router/routes.js';
import { SurveyAnswerCount } from './survey-answer-count.js';
import { SurveyResponseRate } from './survey-response-rate.js';
import { SurveyScore } from './survey-score.js';
import { SurveyStatusBadge } from './survey-status-badge.js';
import { SurveysListStacked } from './surveys-list-stacked.js';

/**
 * One row per survey with what a manager compares at a glance: answers, the score with its
 * interval and the response rate. Narrower screens leave out version and date, then move metric
 * and status under the name; a phone gets one block per survey, so nothing scrolls sideways.
 */
export function SurveysTable({ surveys }: { surveys: readonly TSurvey[] }) {
  const { t } = useTranslation();
  const stats = useSurveyStats();
  const statsOf = new Map((stats.data?.items ?? []).map((s) => [s.surveyId, s]));
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const note = (
    <Text fz="xs" c="dimmed">
      {t('surveys.list.statsNote')}
    </Text>
  );
  if (isPhone) {
    return (
      <Stack gap="xs">
        <SurveysListStacked surveys={surveys} statsOf={statsOf} isPending={stats.isPending} />
        {note}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={600}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="xs"
          aria-label={t('surveys.list.tableLabel')}
          data-testid="surveys-list"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('surveys.list.name')}</Table.Th>
              <Table.Th visibleFrom="md">{t('surveys.list.metric')}</Table.Th>
              <Table.Th visibleFrom="md">{t('surveys.list.status')}</Table.Th>
              <Table.Th ta="right">{t('surveys.list.answers')}</Table.Th>
              <Table.Th>{t('surveys.list.score')}</Table.Th>
              <Table.Th>{t('surveys.list.responseRate')}</Table.Th>
              <Table.Th visibleFrom="lg">{t('surveys.list.version')}</Table.Th>
              <Table.Th visibleFrom="lg">{t('surveys.list.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {surveys.map((s) => {
              const own = statsOf.get(s.id);
              return (
                <Table.Tr
                  key={s.id}
                  data-testid={`survey-row-${s.id}`}
                  style={{ cursor: 'pointer' }}
                  onClick={(event) => {
                    // The link handles its own clicks (and middle clicks); the rest of the row follows it.
                    if (event.target instanceof Element && event.target.closest('a')) return;
                    navigate(surveyPath(s.id));
                  }}
                >
                  <Table.Td className="wrap-anywhere">
                    <AppLink to={surveyPath(s.id)} fw={600}>
                      {s.name}
                    </AppLink>
                    <Text fz="xs" c="dimmed" hiddenFrom="md">
                      {t(`surveys.metrics.${s.metric}`)} · {t(`surveys.status.${s.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text fz="sm">{t(`surveys.metrics.${s.metric}`)}</Text>
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <SurveyStatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <SurveyAnswerCount
                      stats={own}
                      isPending={stats.isPending}
                      testId={`survey-answers-${s.id}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <SurveyScore stats={own} testId={`survey-score-${s.id}`} />
                  </Table.Td>
                  <Table.Td>
                    <SurveyResponseRate stats={own} testId={`survey-rate-${s.id}`} />
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
                    <Text fz="sm">{t('surveys.list.versionValue', { version: s.currentVersion })}</Text>
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
                    <Text fz="sm">{formatDate(s.updatedAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {note}
    </Stack>
  );
}
