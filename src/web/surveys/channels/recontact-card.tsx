import { Button, Group, NumberInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSurveyDeliveryState } from '../../../shared/contracts/sending.js';
import { useSendingSettings } from '../../api/use-sending-settings.js';
import { useUpdateSurveyDelivery } from '../../api/use-update-survey-delivery.js';
import { FormError } from '../../components/form-error.js';
import { fieldErrorsOf } from '../../lib/error-message.js';
import { notifySuccess } from '../../lib/notify.js';
import { SurveySection } from '../survey-section.js';

const MAX_DAYS = 3650;

export interface RecontactCardProps {
  surveyId: string;
  delivery: TSurveyDeliveryState;
  canManage: boolean;
}

/** How long before a customer gets this survey again; empty leaves only the quiet period across surveys. */
export function RecontactCard({ surveyId, delivery, canManage }: RecontactCardProps) {
  const { t } = useTranslation();
  const update = useUpdateSurveyDelivery(surveyId);
  const settings = useSendingSettings();
  const [days, setDays] = useState<number | string>(delivery.recontactPeriodDays ?? '');
  const [error, setError] = useState<string | undefined>();
  const server = fieldErrorsOf(update.error);
  const saved = delivery.recontactPeriodDays ?? '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const value = days === '' ? null : days;
    if (
      value !== null &&
      (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DAYS)
    ) {
      setError(t('sending.channels.recontact.error'));
      return;
    }
    setError(undefined);
    update.mutate(
      { recontactPeriodDays: value },
      { onSuccess: () => notifySuccess(t('sending.channels.recontact.saved')) },
    );
  }

  const description = settings.data
    ? t('sending.channels.recontact.text', { days: settings.data.quietPeriodDays })
    : t('sending.channels.recontact.textNoSettings');

  return (
    <SurveySection
      title={t('sending.channels.recontact.title')}
      description={description}
      data-testid="channel-recontact"
    >
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm">
          <NumberInput
            label={t('sending.channels.recontact.days')}
            description={t('sending.channels.recontact.hint')}
            value={days}
            onChange={setDays}
            min={0}
            max={MAX_DAYS}
            allowDecimal={false}
            allowNegative={false}
            disabled={!canManage}
            error={error ?? server.recontactPeriodDays}
            w={{ base: '100%', xs: 260 }}
            data-testid="recontact-days"
          />
          {canManage ? (
            <Button
              type="submit"
              variant="light"
              mt={{ base: 0, xs: 46 }}
              loading={update.isPending}
              disabled={days === saved}
              data-testid="recontact-save"
            >
              {t('sending.channels.recontact.save')}
            </Button>
          ) : null}
        </Group>
        <FormError error={Object.keys(server).length > 0 ? null : update.error} />
      </form>
    </SurveySection>
  );
}
