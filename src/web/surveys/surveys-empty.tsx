import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SurveyTemplates } from './survey-templates.js';
import type { NewSurveyStart } from './template-ids.js';

/** No surveys yet: the five templates of a proven program, each ready to create. */
export function SurveysEmpty({ onCreate }: { onCreate?: ((start: NewSurveyStart) => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} data-testid="surveys-empty">
      <Stack gap="xl">
        <EmptyState
          icon={<IconClipboardList size={30} stroke={1.5} aria-hidden />}
          variant="light"
          size="lg"
          title={t('surveys.list.emptyTitle')}
          description={t('surveys.list.emptyText')}
          maw={640}
          mx="auto"
        />
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
    </Paper>
  );
}
