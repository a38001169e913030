import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useSurveys } from '../api/use-surveys.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { useSession } from '../session/session-context.js';
import { CreateSurveyModal } from './create-survey-modal.js';
import { SurveyTemplates } from './survey-templates.js';
import { SurveysEmpty } from './surveys-empty.js';
import { SurveysTable } from './surveys-table.js';
import type { NewSurveyStart } from './template-ids.js';
import { navigate } from '../router/history.js';
import { surveyPath } from '../router/routes.js';

/** The organization's surveys, and the templates to start a new one from. */
export function SurveysPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const surveys = useSurveys();
  const [start, setStart] = useState<NewSurveyStart | null>(null);
  const onCreate = can(role, 'settings.manage') ? setStart : undefined;

  let body;
  if (surveys.isPending) body = <SectionLoader />;
  else if (surveys.isError)
    body = <SectionError error={surveys.error} onRetry={() => void surveys.refetch()} />;
  else if (surveys.data.items.length === 0) body = <SurveysEmpty onCreate={onCreate} />;
  else
    body = (
      <Stack gap="xl">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <SurveysTable surveys={surveys.data.items} />
        </Paper>
        <Stack gap="sm" component="section" aria-labelledby="survey-templates-title">
          <div>
            <Title order={2} fz="lg" id="survey-templates-title">
              {t('surveys.list.templatesTitle')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('surveys.list.templatesText')}
            </Text>
          </div>
          <SurveyTemplates onCreate={onCreate} />
        </Stack>
      </Stack>
    );

  return (
    <>
      <PageHeader title={t('surveys.list.title')} subtitle={t('surveys.list.subtitle')} />
      {body}
      <CreateSurveyModal
        start={start}
        onClose={() => setStart(null)}
        onCreated={(survey) => {
          // Wording the questions comes next, from a template as from scratch: the new survey opens in the builder.
          navigate(surveyPath(survey.id, 'questions', { edit: true }));
          setStart(null);
        }}
      />
    </>
  );
}
