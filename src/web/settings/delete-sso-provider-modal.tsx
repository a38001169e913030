import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TSsoProvider } from '../../shared/contracts/sso.js';
import { useDeleteSsoProvider } from '../api/use-delete-sso-provider.js';
import { AppModal } from '../components/app-modal.js';
import { notifySuccess } from '../lib/notify.js';

export interface DeleteSsoProviderModalProps {
  provider: TSsoProvider | null;
  onClose: () => void;
}

export function DeleteSsoProviderModal({ provider, onClose }: DeleteSsoProviderModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteSsoProvider();
  const providerId = provider?.providerId ?? '';

  return (
    <AppModal opened={provider !== null} onClose={onClose} title={t('sso.deleteTitle', { providerId })}>
      <Text fz="sm" mb="lg">
        {t('sso.deleteText', { domain: provider?.domain ?? '' })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('sso.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          data-testid="sso-delete-confirm"
          onClick={() => {
            if (!provider) return;
            remove.mutate(provider.providerId, {
              onSuccess: () => {
                notifySuccess(t('sso.deleted', { providerId }));
                onClose();
              },
            });
          }}
        >
          {t('sso.deleteConfirm')}
        </Button>
      </Group>
    </AppModal>
  );
}
