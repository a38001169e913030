import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { useRotateWebhookSecret } from '../../api/use-rotate-webhook-secret.js';
import { AppModal } from '../../components/app-modal.js';
import { FormError } from '../../components/form-error.js';
import type { ShownSecret } from './shown-secret.js';

const OVERLAPS = ['0', '1', '24', '72', '168'] as const;
type Overlap = (typeof OVERLAPS)[number];

export interface RotateSecretModalProps {
  endpoint: TWebhookEndpoint | null;
  onClose: () => void;
  onRotated: (shown: ShownSecret) => void;
}

/** A new signing secret, the old one signing beside it for the overlap chosen here. */
export function RotateSecretModal({ endpoint, onClose, onRotated }: RotateSecretModalProps) {
  const { t } = useTranslation();
  const rotate = useRotateWebhookSecret();
  const [overlap, setOverlap] = useState<Overlap>('24');
  const close = () => {
    rotate.reset();
    onClose();
  };

  return (
    <AppModal
      opened={endpoint !== null}
      onClose={close}
      title={t('integrations.rotate.title', { url: endpoint?.url ?? '' })}
      data-testid="webhook-rotate-modal"
    >
      <Stack gap="md">
        <Text fz="sm">{t('integrations.rotate.text')}</Text>
        <Select
          data-testid="webhook-rotate-overlap"
          label={t('integrations.rotate.overlap')}
          description={t('integrations.rotate.overlapHint')}
          data={OVERLAPS.map((value) => ({ value, label: t(`integrations.rotate.overlaps.${value}`) }))}
          value={overlap}
          onChange={(value) => value && setOverlap(value as Overlap)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <FormError error={rotate.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('integrations.rotate.cancel')}
          </Button>
          <Button
            loading={rotate.isPending}
            data-testid="webhook-rotate-confirm"
            onClick={() => {
              if (!endpoint) return;
              rotate.mutate(
                { id: endpoint.id, overlapHours: Number(overlap) },
                {
                  onSuccess: (result) => {
                    onRotated({ kind: 'rotated', url: endpoint.url, ...result });
                    close();
                  },
                },
              );
            }}
          >
            {t('integrations.rotate.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
