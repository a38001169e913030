import { Box, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import type { TSurveyStats } from '../../shared/contracts/surveys-stats.js';
import { AppLink } from '../router/app-link.js';
import { surveyPath } from '../router/routes.js';
import { SurveyAnswerCount } from './survey-answer-count.js';
import { SurveyResponseRate } from './survey-response-rate.js';
import { SurveyScore } from './survey-score.js';
import { SurveyStatusBadge } from './survey-status-badge.js';

/** The survey list on a phone: one block per survey, its three figures side by side under the name. */
export function SurveysListStacked({
  surveys,
  statsOf,
  isPending,
}: {
  surveys: readonly TSurvey[];
  statsOf: ReadonlyMap<string, TSurveyStats>;
  isPending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="ul"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('surveys.list.tableLabel')}
      data-testid="surveys-list"
    >
      {surveys.map((s, index) => {
        const own = statsOf.get(s.id);
        return (
          <Box
            component="li"
            key={s.id}
            py="sm"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
            data-testid={`survey-row-${s.id}`}
          >
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <AppLink to={surveyPath(s.id)} fw={600} className="wrap-anywhere">
                    {s.name}
                  </AppLink>
                  <Text fz="xs" c="dimmed">
                    {t(`surveys.metrics.${s.metric}`)}
                  </Text>
                </Stack>
                <SurveyStatusBadge status={s.status} />
              </Group>
              <SimpleGrid cols={3} spacing="xs">
                {(
                  [
                    [
                      'answers',
                      <SurveyAnswerCount
                        key="n"
                        stats={own}
                        isPending={isPending}
                        testId={`survey-answers-${s.id}`}
                      />,
                    ],
                    ['score', <SurveyScore key="score" stats={own} testId={`survey-score-${s.id}`} />],
                    [
                      'responseRate',
                      <SurveyResponseRate key="rate" stats={own} testId={`survey-rate-${s.id}`} />,
                    ],
                  ] as const
                ).map(([label, value]) => (
                  <Stack key={label} gap={0} style={{ minWidth: 0 }}>
                    <Text fz="xs" c="dimmed">
                      {t(`surveys.list.${label}`)}
                    </Text>
                    {value}
                  </Stack>
                ))}
              </SimpleGrid>
            </Stack>
          </Box>
        );
      })}
    </Box>
  );
}
