import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus, TSurvey } from '../../shared/contracts/surveys.js';
import { useSetSurveyStatus } from '../api/use-set-survey-status.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';
import { SurveyStatusBadge } from './survey-status-badge.js';

const ACTIONS: readonly {
  status: SurveyStatus;
  label: 'setLive' | 'setDraft' | 'archive';
  icon: typeof IconPlayerPlay;
}[] = [
  { status: 'live', label: 'setLive', icon: IconPlayerPlay },
  { status: 'draft', label: 'setDraft', icon: IconArrowBackUp },
  { status: 'archived', label: 'archive', icon: IconArchive },
];

/** Where the survey stands, and for owners and admins the buttons that move it on. */
export function SurveyStatusPanel({ survey, canManage }: { survey: TSurvey; canManage: boolean }) {
  const { t } = useTranslation();
  const setStatus = useSetSurveyStatus(survey.id);
  const change = (status: SurveyStatus) =>
    setStatus.mutate(status, {
      onSuccess: (updated) =>
        notifySuccess(t('surveys.detail.statusChanged', { status: t(`surveys.status.${updated.status}`) })),
    });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="survey-status-title">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} fz="lg" id="survey-status-title">
            {t('surveys.detail.statusTitle')}
          </Title>
          <SurveyStatusBadge status={survey.status} data-testid="survey-status" />
        </Group>
        <Text fz="sm" c="dimmed" role="status">
          {t(`surveys.detail.statusText.${survey.status}`)}
        </Text>
        {canManage ? (
          <Group gap="sm">
            {ACTIONS.filter((a) => a.status !== survey.status).map(({ status, label, icon: Icon }) => (
              <Button
                key={status}
                variant={status === 'live' ? 'filled' : 'default'}
                leftSection={<Icon size={16} aria-hidden />}
                onClick={() => change(status)}
                loading={setStatus.isPending && setStatus.variables === status}
                disabled={setStatus.isPending}
                data-testid={`survey-status-${status}`}
              >
                {t(`surveys.detail.${label}`)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('surveys.detail.manageOnly')}
          </Text>
        )}
        <FormError error={setStatus.error} />
      </Stack>
    </Paper>
  );
}
