import { Alert, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRecoverySettings } from '../../../shared/contracts/follow-up.js';
import { AppLink } from '../../router/app-link.js';
import { areaPath } from '../../router/routes.js';
import { SettingsSection } from '../settings-section.js';
import type { FieldErrors } from './field-errors.js';
import { ANSWERED_SURVEY, recoverySurveyChoice, type RecoverySurvey } from './recovery-survey-choice.js';

export interface RecoverySectionProps {
  value: TRecoverySettings;
  onChange: (value: TRecoverySettings) => void;
  surveys: readonly RecoverySurvey[];
  /** Errors under `recovery.` (`surveyId`, `delayDays`). */
  errors: FieldErrors;
  disabled: boolean;
  actions: ReactNode;
}

/**
 * The re-survey after a case's first resolution: with which survey and how many days later. Part
 * of the follow-up settings document, saved with it.
 */
export function RecoverySection({
  value,
  onChange,
  surveys,
  errors,
  disabled,
  actions,
}: RecoverySectionProps) {
  const { t } = useTranslation();
  const choice = recoverySurveyChoice(surveys, value.surveyId);
  const problem =
    choice.problem === 'not_live'
      ? t('followUp.recovery.notLive')
      : choice.problem === 'unknown'
        ? t('followUp.recovery.unknown')
        : choice.problem === 'not_nps'
          ? t('followUp.recovery.notNps')
          : null;

  return (
    <SettingsSection
      title={t('followUp.recovery.title')}
      description={t('followUp.recovery.text')}
      actions={actions}
      data-testid="follow-up-recovery"
    >
      {choice.isEmpty ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          data-testid="recovery-no-live-survey"
        >
          <Stack gap={6} align="flex-start">
            <Text fz="sm">{t('followUp.recovery.noLiveSurvey')}</Text>
            <AppLink to={areaPath('surveys')} fz="sm" fw={600} data-testid="recovery-to-surveys">
              {t('followUp.recovery.toSurveys')}
            </AppLink>
          </Stack>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {choice.isEmpty ? null : (
          <Select
            label={t('followUp.recovery.survey')}
            description={t('followUp.recovery.surveyHint')}
            data={[
              { value: ANSWERED_SURVEY, label: t('followUp.recovery.answeredSurvey') },
              ...choice.options.map((o) => ({
                value: o.value,
                label:
                  o.status === 'unknown'
                    ? t('followUp.recovery.unknownSurvey', { id: o.value })
                    : o.status === 'live'
                      ? o.label
                      : t('followUp.recovery.notLiveOption', {
                          name: o.label,
                          status: t(`surveys.status.${o.status}`),
                        }),
              })),
            ]}
            value={value.surveyId ?? ANSWERED_SURVEY}
            onChange={(v) => onChange({ ...value, surveyId: v ? v : null })}
            allowDeselect={false}
            searchable={choice.options.length > 8}
            error={errors.surveyId}
            disabled={disabled}
            data-testid="recovery-survey"
          />
        )}
        <NumberInput
          label={t('followUp.recovery.delay')}
          description={t('followUp.recovery.delayHint')}
          value={Number.isFinite(value.delayDays) ? value.delayDays : ''}
          onChange={(v) => onChange({ ...value, delayDays: typeof v === 'number' ? v : Number.NaN })}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          error={errors.delayDays}
          disabled={disabled}
          data-testid="recovery-delay"
        />
      </SimpleGrid>
      {problem ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          data-testid="recovery-survey-warning"
        >
          {problem}
        </Alert>
      ) : null}
      <Text fz="sm" c="dimmed" maw={720}>
        {t('followUp.recovery.throttling')}
      </Text>
    </SettingsSection>
  );
}
