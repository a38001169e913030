import { Badge, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconClipboardX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { ApiError } from '../api/http.js';
import { useSurvey } from '../api/use-survey.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { formatDate } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { areaPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { SurveyQuestions } from './survey-questions.js';
import { SurveyStatusPanel } from './survey-status-panel.js';

/** One survey: its version, where it stands, and its questions in every language. */
export function SurveyPage({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const survey = useSurvey(surveyId);

  const back = (
    <Group mb="sm">
      <AppLink to={areaPath('surveys')} fz="sm" data-testid="survey-back">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('surveys.detail.back')}
        </Group>
      </AppLink>
    </Group>
  );

  let content;
  if (survey.isPending) content = <SectionLoader />;
  else if (survey.isError && survey.error instanceof ApiError && survey.error.status === 404)
    content = (
      <>
        <PageHeader title={t('surveys.detail.notFoundTitle')} />
        <Paper withBorder p="xl" data-testid="survey-not-found">
          <EmptyState icon={<IconClipboardX size={28} stroke={1.5} aria-hidden />} variant="light" title={t('surveys.detail.notFoundTitle')} description={t('surveys.detail.notFoundText')} />
        </Paper>
      </>
    );
  else if (survey.isError) content = <SectionError error={survey.error} onRetry={() => void survey.refetch()} />;
  else {
    const s = survey.data;
    content = (
      <div data-testid="survey-detail">
        <PageHeader
          title={s.name}
          titleTestId="survey-title"
          actions={
            <Group gap="xs">
              <Badge variant="light" radius="sm" tt="none">
                {t(`surveys.metrics.${s.metric}`)}
              </Badge>
              <Badge variant="light" color="gray" c="dark.6" radius="sm" tt="none" data-testid="survey-version">
                {t('surveys.detail.version', { version: s.version })}
              </Badge>
              <Text fz="sm" c="dimmed">
                {t('surveys.detail.updated', { date: formatDate(s.updatedAt) })}
              </Text>
            </Group>
          }
        />
        <Stack gap="lg">
          <SurveyStatusPanel survey={s} canManage={can(role, 'settings.manage')} />
          <SurveyQuestions survey={s} />
        </Stack>
      </div>
    );
  }

  return (
    <>
      {back}
      {content}
    </>
  );
}
