import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TApiKey } from '../../shared/contracts/api-keys.js';
import { useRevokeApiKey } from '../api/use-revoke-api-key.js';
import { AppModal } from '../components/app-modal.js';
import { notifySuccess } from '../lib/notify.js';

export interface RevokeApiKeyModalProps {
  apiKey: TApiKey | null;
  onClose: () => void;
}

export function RevokeApiKeyModal({ apiKey, onClose }: RevokeApiKeyModalProps) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  const name = apiKey?.name ?? '';

  return (
    <AppModal opened={apiKey !== null} onClose={onClose} title={t('apiKeys.revokeTitle', { name })}>
      <Text fz="sm" mb="lg">
        {t('apiKeys.revokeText')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('apiKeys.cancel')}
        </Button>
        <Button
          color="red"
          loading={revoke.isPending}
          data-testid="apikey-revoke-confirm"
          onClick={() => {
            if (!apiKey) return;
            revoke.mutate(apiKey.id, {
              onSuccess: () => {
                notifySuccess(t('apiKeys.revokedDone', { name }));
                onClose();
              },
            });
          }}
        >
          {t('apiKeys.revokeConfirm')}
        </Button>
      </Group>
    </AppModal>
  );
}
