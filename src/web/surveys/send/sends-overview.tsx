import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartFunnel } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSegments } from '../../api/use-segments.js';
import { useSurveySends } from '../../api/use-survey-sends.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { AppLink } from '../../router/app-link.js';
import { settingsPath } from '../../router/routes.js';
import { SurveySection } from '../survey-section.js';
import { FunnelChart } from './funnel-chart.js';
import { SendCard } from './send-card.js';

/** The survey's funnel over all sends, then each send; or, before the first, what to do. */
export function SendsOverview({ surveyId, canManage }: { surveyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const sends = useSurveySends(surveyId);
  const segments = useSegments();
  const sendsTitleId = useId();
  const funnelTitleId = useId();

  if (!sends.isSuccess) return <QueryFallback query={sends} />;
  const { items, funnel } = sends.data;

  if (items.length === 0) {
    return (
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} data-testid="sends-empty">
        <EmptyState
          icon={<IconChartFunnel size={28} stroke={1.5} aria-hidden />}
          variant="light"
          title={t('sending.funnel.emptyTitle')}
          description={t('sending.funnel.emptyText')}
          maw={640}
          mx="auto"
        >
          <Text fz="sm" c="dimmed" ta="center" mt="xs">
            {t('sending.funnel.outboxHint')}{' '}
            {canManage ? (
              <AppLink to={settingsPath('outbox')} fz="sm" underline="always">
                {t('sending.funnel.toOutbox')}
              </AppLink>
            ) : null}
          </Text>
        </EmptyState>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <SurveySection
        title={t('sending.funnel.surveyTitle')}
        description={t('sending.funnel.surveyText')}
        titleId={funnelTitleId}
        data-testid="funnel-section"
      >
        <FunnelChart funnel={funnel} labelledBy={funnelTitleId} data-testid="funnel-survey" />
      </SurveySection>
      <Stack gap="sm" component="section" aria-labelledby={sendsTitleId}>
        <Title order={2} fz="lg" id={sendsTitleId}>
          {t('sending.sends.title')}
        </Title>
        <Stack gap="sm" data-testid="sends-list">
          {items.map((send) => (
            <SendCard
              key={send.id}
              send={send}
              segments={segments.data ?? []}
              surveyId={surveyId}
              canManage={canManage}
            />
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}
