import { Anchor, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSurveyDeliveryState } from '../../../shared/contracts/sending.js';
import { useUpdateSurveyDelivery } from '../../api/use-update-survey-delivery.js';
import { CopyTextButton } from '../../components/copy-text-button.js';
import { FormError } from '../../components/form-error.js';
import { notifySuccess } from '../../lib/notify.js';
import { SurveySection } from '../survey-section.js';
import { QrCodeImage } from './qr-code-image.js';

export interface PublicLinkCardProps {
  surveyId: string;
  surveyName: string;
  delivery: TSurveyDeliveryState;
  canManage: boolean;
}

/** A safe file name from the survey's name, for the downloaded QR code. */
function qrFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'survey'}-qr.svg`;
}

/** The public link: on or off, its address to copy, and its QR code for print and kiosks. */
export function PublicLinkCard({ surveyId, surveyName, delivery, canManage }: PublicLinkCardProps) {
  const { t } = useTranslation();
  const update = useUpdateSurveyDelivery(surveyId);
  const isOn = delivery.linkUrl !== null;

  const toggle = (next: boolean) =>
    update.mutate(
      { isLinkEnabled: next },
      { onSuccess: () => notifySuccess(t(next ? 'sending.channels.link.on' : 'sending.channels.link.off')) },
    );

  return (
    <SurveySection
      title={t('sending.channels.link.title')}
      description={t('sending.channels.link.text')}
      aside={
        <Switch
          label={t('sending.channels.link.toggle')}
          checked={isOn}
          disabled={!canManage || update.isPending}
          onChange={(e) => toggle(e.currentTarget.checked)}
          data-testid="link-toggle"
        />
      }
      data-testid="channel-link"
    >
      <FormError error={update.error} />
      {isOn && delivery.linkUrl ? (
        <div className="link-grid">
          <Stack gap="sm" style={{ minWidth: 0 }}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('sending.channels.link.url')}
                value={delivery.linkUrl}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
                styles={{
                  input: {
                    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
                    fontSize: 'var(--mantine-font-size-sm)',
                  },
                }}
                data-testid="link-url"
              />
              <CopyTextButton
                value={delivery.linkUrl}
                label={t('sending.channels.link.copy')}
                data-testid="link-copy"
              />
            </Group>
            <Anchor href={delivery.linkUrl} target="_blank" rel="noopener noreferrer" fz="sm" w="fit-content">
              <Group gap={4} component="span">
                {t('sending.channels.link.open')}
                <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
            <Text fz="xs" c="dimmed">
              {t('sending.channels.link.params')}
            </Text>
          </Stack>
          {delivery.linkQrSvg ? (
            <QrCodeImage svg={delivery.linkQrSvg} fileName={qrFileName(surveyName)} />
          ) : null}
        </div>
      ) : (
        <Text fz="sm" c="dimmed" data-testid="link-off">
          {t('sending.channels.link.offText')}
        </Text>
      )}
    </SurveySection>
  );
}
