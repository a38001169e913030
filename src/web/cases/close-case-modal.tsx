import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../shared/contracts/cases.js';
import { AppModal } from '../components/app-modal.js';
import { useUpdateCase } from '../api/use-update-case.js';
import { fieldErrorsOf } from '../lib/error-message.js';
import { notifySuccess } from '../lib/notify.js';
import { CaseApiError } from './case-api-error.js';
import { actionLabel, rootCauseLabel } from './case-labels.js';

/**
 * Closing asks for the root cause and the action taken, chosen from the organization's lists, so
 * the reports can count them. The API checks the same; a refusal names the field it is about.
 */
export function CloseCaseModal({
  detail,
  opened,
  onClose,
}: {
  detail: TCaseDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCase(detail.id);
  const [rootCause, setRootCause] = useState<string | null>(detail.rootCause);
  const [action, setAction] = useState<string | null>(detail.action);
  const [tried, setTried] = useState(false);
  const fromApi = fieldErrorsOf(update.error);
  const required = t('cases.close.required');
  const rootCauseError = fromApi.rootCause ?? (tried && !rootCause ? required : undefined);
  const actionError = fromApi.action ?? (tried && !action ? required : undefined);

  const close = () => {
    update.reset();
    setTried(false);
    onClose();
  };
  const submit = () => {
    setTried(true);
    if (!rootCause || !action) return;
    update.mutate(
      { status: 'closed', rootCause, action },
      {
        onSuccess: () => {
          notifySuccess(t('cases.close.closed', { number: detail.number }));
          close();
        },
      },
    );
  };

  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={t('cases.close.title', { number: detail.number })}
      data-testid="close-case-modal"
    >
      <Stack gap="md">
        <Text fz="sm">{t('cases.close.text')}</Text>
        <Select
          label={t('cases.close.rootCause')}
          placeholder={t('cases.close.choose')}
          data={detail.rootCauses.map((value) => ({ value, label: rootCauseLabel(t, value) }))}
          value={rootCause}
          onChange={setRootCause}
          error={rootCauseError}
          required
          searchable
          comboboxProps={{ withinPortal: false }}
          data-testid="close-root-cause"
        />
        <Select
          label={t('cases.close.action')}
          placeholder={t('cases.close.choose')}
          data={detail.actions.map((value) => ({ value, label: actionLabel(t, value) }))}
          value={action}
          onChange={setAction}
          error={actionError}
          required
          searchable
          comboboxProps={{ withinPortal: false }}
          data-testid="close-action"
        />
        <CaseApiError error={update.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('cases.close.cancel')}
          </Button>
          <Button color="ink" onClick={submit} loading={update.isPending} data-testid="close-submit">
            {t('cases.close.submit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
