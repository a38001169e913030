import { Button, Group, NumberInput, Radio, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSendingSettings, TUpdateSendingSettings } from '../../shared/contracts/sending.js';
import { useUpdateSendingSettings } from '../api/use-update-sending-settings.js';
import { FormError } from '../components/form-error.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { notifySuccess } from '../lib/notify.js';
import { checkSendingPatch, serverSendingErrors, type SendingErrors } from './sending-field-error.js';

export interface SendingRulesFormProps {
  settings: TSendingSettings;
  disabled: boolean;
}

const toNumber = (value: number | string): number => (typeof value === 'number' ? value : Number.NaN);

/** Who is asked and how often: quiet period, validity, reminder, comment nudge, quota behaviour, open tracking. */
export function SendingRulesForm({ settings, disabled }: SendingRulesFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSendingSettings();
  const [quiet, setQuiet] = useState<number | string>(settings.quietPeriodDays);
  const [valid, setValid] = useState<number | string>(settings.invitationValidDays);
  const [isReminder, setReminder] = useState(settings.isReminderEnabled);
  const [reminderDays, setReminderDays] = useState<number | string>(settings.reminderDelayDays);
  const [isNudge, setNudge] = useState(settings.isCommentNudgeEnabled);
  const [overQuota, setOverQuota] = useState(settings.overQuota);
  const [isTracking, setTracking] = useState(settings.isOpenTracking);
  const [errors, setErrors] = useState<SendingErrors>({});
  const shown: SendingErrors = { ...serverSendingErrors(fieldErrorsOf(update.error)), ...errors };

  const patch: TUpdateSendingSettings = {
    quietPeriodDays: toNumber(quiet),
    invitationValidDays: toNumber(valid),
    isReminderEnabled: isReminder,
    reminderDelayDays: toNumber(reminderDays),
    isCommentNudgeEnabled: isNudge,
    overQuota,
    isOpenTracking: isTracking,
  };
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).some(
    (key) => patch[key] !== settings[key as keyof TSendingSettings],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = await checkSendingPatch(patch);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(patch, { onSuccess: () => notifySuccess(t('sendingSettings.saved')) });
  }

  const number = (
    value: number | string,
    set: (v: number | string) => void,
    field: keyof SendingErrors,
    min: number,
    max: number,
  ) => ({
    value,
    onChange: set,
    min,
    max,
    allowDecimal: false,
    allowNegative: false,
    disabled,
    error: shown[field],
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('sendingSettings.quietPeriod')}
            description={t('sendingSettings.quietPeriodHint')}
            {...number(quiet, setQuiet, 'quietPeriodDays', 0, 365)}
            data-testid="sending-quiet"
          />
          <NumberInput
            label={t('sendingSettings.validDays')}
            description={t('sendingSettings.validDaysHint')}
            {...number(valid, setValid, 'invitationValidDays', 1, 365)}
            data-testid="sending-valid"
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Switch
            label={t('sendingSettings.reminder')}
            description={t('sendingSettings.reminderHint')}
            checked={isReminder}
            disabled={disabled}
            onChange={(e) => setReminder(e.currentTarget.checked)}
            data-testid="sending-reminder"
          />
          {isReminder ? (
            <NumberInput
              label={t('sendingSettings.reminderDays')}
              {...number(reminderDays, setReminderDays, 'reminderDelayDays', 1, 30)}
              maw={240}
              ml={{ base: 0, xs: 52 }}
              data-testid="sending-reminder-days"
            />
          ) : null}
        </Stack>
        <Switch
          label={t('sendingSettings.nudge')}
          description={t('sendingSettings.nudgeHint')}
          checked={isNudge}
          disabled={disabled}
          onChange={(e) => setNudge(e.currentTarget.checked)}
          data-testid="sending-nudge"
        />
        <Radio.Group
          label={t('sendingSettings.overQuota')}
          description={t('sendingSettings.overQuotaHint')}
          value={overQuota}
          onChange={(value) => setOverQuota(value === 'hold' ? 'hold' : 'refuse')}
          data-testid="sending-over-quota"
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="refuse"
              label={t('sendingSettings.overQuotaOptions.refuse')}
              disabled={disabled}
              data-testid="sending-over-quota-refuse"
            />
            <Radio
              value="hold"
              label={t('sendingSettings.overQuotaOptions.hold')}
              disabled={disabled}
              data-testid="sending-over-quota-hold"
            />
          </Stack>
        </Radio.Group>
        <Switch
          label={t('sendingSettings.openTracking')}
          description={t('sendingSettings.openTrackingHint')}
          checked={isTracking}
          disabled={disabled}
          onChange={(e) => setTracking(e.currentTarget.checked)}
          data-testid="sending-open-tracking"
        />
        <FormError error={Object.keys(shown).length > 0 ? null : update.error} />
        {disabled ? null : (
          <Group>
            <Button
              type="submit"
              disabled={!changed}
              loading={update.isPending}
              data-testid="sending-rules-save"
            >
              {t('sendingSettings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
