import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { useDeleteWebhookEndpoint } from '../../api/use-delete-webhook-endpoint.js';
import { AppModal } from '../../components/app-modal.js';
import { FormError } from '../../components/form-error.js';
import { notifySuccess } from '../../lib/notify.js';

export function DeleteEndpointModal({
  endpoint,
  onClose,
}: {
  endpoint: TWebhookEndpoint | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteWebhookEndpoint();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <AppModal
      opened={endpoint !== null}
      onClose={close}
      title={t('integrations.remove.title', { url: endpoint?.url ?? '' })}
      data-testid="webhook-delete-modal"
    >
      <Text fz="sm" mb="lg">
        {t('integrations.remove.text')}
      </Text>
      <FormError error={remove.error} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={close}>
          {t('integrations.remove.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          data-testid="webhook-delete-confirm"
          onClick={() => {
            if (!endpoint) return;
            remove.mutate(endpoint.id, {
              onSuccess: () => {
                notifySuccess(t('integrations.remove.done'));
                close();
              },
            });
          }}
        >
          {t('integrations.remove.confirm')}
        </Button>
      </Group>
    </AppModal>
  );
}
