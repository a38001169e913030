import { Button, ColorInput, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSendingSettings, TUpdateSendingSettings } from '../../shared/contracts/sending.js';
import { useUpdateSendingSettings } from '../api/use-update-sending-settings.js';
import { FormError } from '../components/form-error.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { notifySuccess } from '../lib/notify.js';
import { DEFAULT_BRAND_COLOR } from '../../survey-pages/brand-palette.js';
import { BrandPreview } from './brand-preview.js';
import { checkSendingPatch, serverSendingErrors, type SendingErrors } from './sending-field-error.js';

export interface BrandingFormProps {
  settings: TSendingSettings;
  disabled: boolean;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Sender name, brand colour and logo of invitations and survey pages, with a live preview. */
export function BrandingForm({ settings, disabled }: BrandingFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSendingSettings();
  const [senderName, setSenderName] = useState(settings.senderName ?? '');
  const [brandColor, setBrandColor] = useState(settings.brandColor ?? '');
  const [logoUrl, setLogoUrl] = useState(settings.logoUrl ?? '');
  const [errors, setErrors] = useState<SendingErrors>({});
  const shown: SendingErrors = { ...serverSendingErrors(fieldErrorsOf(update.error)), ...errors };

  const patch: TUpdateSendingSettings = {
    senderName: orNull(senderName),
    brandColor: orNull(brandColor),
    logoUrl: orNull(logoUrl),
  };
  const changed =
    patch.senderName !== settings.senderName ||
    patch.brandColor !== settings.brandColor ||
    patch.logoUrl !== settings.logoUrl;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = await checkSendingPatch(patch);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(patch, { onSuccess: () => notifySuccess(t('sendingSettings.saved')) });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="md">
            <TextInput
              label={t('sendingSettings.senderName')}
              description={t('sendingSettings.senderNameHint')}
              value={senderName}
              onChange={(e) => setSenderName(e.currentTarget.value)}
              maxLength={100}
              disabled={disabled}
              error={shown.senderName}
              data-testid="sending-sender-name"
            />
            <ColorInput
              label={t('sendingSettings.brandColor')}
              description={t('sendingSettings.brandColorHint')}
              value={brandColor}
              onChange={setBrandColor}
              format="hex"
              withPicker={false}
              withEyeDropper={false}
              // Keep what was typed, so a wrong colour is shown with its error instead of silently undone.
              fixOnBlur={false}
              placeholder={DEFAULT_BRAND_COLOR}
              disabled={disabled}
              error={shown.brandColor}
              data-testid="sending-brand-color"
            />
            <TextInput
              label={t('sendingSettings.logoUrl')}
              description={t('sendingSettings.logoUrlHint')}
              value={logoUrl}
              onChange={(e) => setLogoUrl(e.currentTarget.value)}
              type="url"
              placeholder="https://"
              spellCheck={false}
              disabled={disabled}
              error={shown.logoUrl}
              data-testid="sending-logo-url"
            />
          </Stack>
          <BrandPreview senderName={senderName} brandColor={brandColor} logoUrl={logoUrl} />
        </SimpleGrid>
        <FormError error={Object.keys(shown).length > 0 ? null : update.error} />
        {disabled ? null : (
          <Group>
            <Button
              type="submit"
              disabled={!changed}
              loading={update.isPending}
              data-testid="sending-branding-save"
            >
              {t('sendingSettings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
