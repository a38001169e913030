import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TAlertRule } from '../../../../shared/contracts/alerts.js';
import { useDeleteAlertRule } from '../../../api/use-delete-alert-rule.js';
import { AppModal } from '../../../components/app-modal.js';
import { FormError } from '../../../components/form-error.js';
import { notifySuccess } from '../../../lib/notify.js';

/** Deleting a rule drops its waiting alerts and its log: asked once more, naming the rule. */
export function DeleteAlertRuleModal({ rule, onClose }: { rule: TAlertRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteAlertRule();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <AppModal
      opened={rule !== null}
      onClose={close}
      title={t('alerts.remove.title', { name: rule?.name ?? '' })}
      data-testid="alert-delete-modal"
    >
      <Text fz="sm" mb="lg">
        {t('alerts.remove.text')}
      </Text>
      <FormError error={remove.error} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={close}>
          {t('alerts.remove.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          data-testid="alert-delete-confirm"
          onClick={() => {
            if (!rule) return;
            remove.mutate(rule.id, {
              onSuccess: () => {
                notifySuccess(t('alerts.remove.done'));
                close();
              },
            });
          }}
        >
          {t('alerts.remove.confirm')}
        </Button>
      </Group>
    </AppModal>
  );
}
