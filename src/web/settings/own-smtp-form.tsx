import { Badge, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSendingSettings, TUpdateSendingSettings } from '../../shared/contracts/sending.js';
import { useUpdateSendingSettings } from '../api/use-update-sending-settings.js';
import { FormError } from '../components/form-error.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { notifySuccess } from '../lib/notify.js';
import { checkSendingPatch, serverSendingErrors, type SendingErrors } from './sending-field-error.js';

export interface OwnSmtpFormProps {
  settings: TSendingSettings;
  disabled: boolean;
}

/**
 * The organization's own SMTP server. The URL carries a password, so it is write-only: the
 * server keeps it encrypted and only says whether one is configured; an empty field keeps it.
 */
export function OwnSmtpForm({ settings, disabled }: OwnSmtpFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSendingSettings();
  const [smtpUrl, setSmtpUrl] = useState('');
  const [smtpFrom, setSmtpFrom] = useState(settings.smtpFrom ?? '');
  const [errors, setErrors] = useState<SendingErrors>({});
  const shown: SendingErrors = { ...serverSendingErrors(fieldErrorsOf(update.error)), ...errors };
  const from = smtpFrom.trim() === '' ? null : smtpFrom.trim();
  const changed = smtpUrl.trim() !== '' || from !== settings.smtpFrom;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch: TUpdateSendingSettings = {
      smtpFrom: from,
      ...(smtpUrl.trim() ? { smtpUrl: smtpUrl.trim() } : {}),
    };
    const found = await checkSendingPatch(patch);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(patch, {
      onSuccess: () => {
        setSmtpUrl('');
        notifySuccess(t('sendingSettings.smtpSaved'));
      },
    });
  }

  const remove = () =>
    update.mutate(
      { smtpUrl: null },
      {
        onSuccess: () => {
          setSmtpUrl('');
          notifySuccess(t('sendingSettings.smtpRemoved'));
        },
      },
    );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Group gap="xs">
          <Badge
            radius="sm"
            styles={{
              root: settings.hasOwnSmtp
                ? { background: '#d3f9d8', color: '#1b5e2a', textTransform: 'none' }
                : { background: '#f1f3f5', color: '#343a40', textTransform: 'none' },
            }}
            data-testid="smtp-status"
            data-configured={settings.hasOwnSmtp}
          >
            {settings.hasOwnSmtp
              ? t('sendingSettings.smtpConfigured')
              : t('sendingSettings.smtpNotConfigured')}
          </Badge>
        </Group>
        <PasswordInput
          label={t('sendingSettings.smtpUrl')}
          description={
            settings.hasOwnSmtp ? t('sendingSettings.smtpUrlReplaceHint') : t('sendingSettings.smtpUrlHint')
          }
          placeholder="smtp://user:password@mail.example.com:587"
          value={smtpUrl}
          onChange={(e) => setSmtpUrl(e.currentTarget.value)}
          autoComplete="new-password"
          spellCheck={false}
          disabled={disabled}
          error={shown.smtpUrl}
          data-testid="smtp-url"
        />
        <TextInput
          label={t('sendingSettings.smtpFrom')}
          description={t('sendingSettings.smtpFromHint')}
          value={smtpFrom}
          onChange={(e) => setSmtpFrom(e.currentTarget.value)}
          maxLength={320}
          spellCheck={false}
          disabled={disabled}
          error={shown.smtpFrom}
          data-testid="smtp-from"
        />
        <FormError error={Object.keys(shown).length > 0 ? null : update.error} />
        {disabled ? null : (
          <Group gap="sm">
            <Button
              type="submit"
              disabled={!changed}
              loading={update.isPending && update.variables?.smtpUrl !== null}
              data-testid="smtp-save"
            >
              {t('sendingSettings.smtpSave')}
            </Button>
            {settings.hasOwnSmtp ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={remove}
                loading={update.isPending && update.variables?.smtpUrl === null}
                data-testid="smtp-remove"
              >
                {t('sendingSettings.smtpRemove')}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </form>
  );
}
