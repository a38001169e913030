import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEraseContact } from '../api/use-erase-contact.js';
import { AppModal } from '../components/app-modal.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';
import { navigate } from '../router/history.js';
import { areaPath } from '../router/routes.js';

export interface EraseContactModalProps {
  externalId: string;
  opened: boolean;
  onClose: () => void;
}

/** GDPR erasure: irreversible, so it says what goes and what stays and asks for the customer id typed out. */
export function EraseContactModal({ externalId, opened, onClose }: EraseContactModalProps) {
  const { t } = useTranslation();
  const erase = useEraseContact();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === externalId;
  const close = () => {
    setTyped('');
    erase.reset();
    onClose();
  };
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={t('contacts.privacy.eraseTitle')}
      data-testid="erase-modal"
    >
      <Stack gap="md">
        <Text fz="sm" fw={600} c="red.9">
          {t('contacts.privacy.eraseIrreversible')}
        </Text>
        <div>
          <Text fz="sm" fw={600}>
            {t('contacts.privacy.eraseRemoved')}
          </Text>
          <List fz="sm" spacing={2} data-testid="erase-removed">
            <List.Item>{t('contacts.privacy.eraseRemovedProfile')}</List.Item>
            <List.Item>{t('contacts.privacy.eraseRemovedTexts')}</List.Item>
            <List.Item>{t('contacts.privacy.eraseRemovedEvents')}</List.Item>
          </List>
        </div>
        <div>
          <Text fz="sm" fw={600}>
            {t('contacts.privacy.eraseKept')}
          </Text>
          <List fz="sm" spacing={2} data-testid="erase-kept">
            <List.Item>{t('contacts.privacy.eraseKeptScores')}</List.Item>
            <List.Item>{t('contacts.privacy.eraseKeptSuppression')}</List.Item>
          </List>
        </div>
        <TextInput
          label={t('contacts.privacy.eraseTypeLabel', { id: externalId })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          data-testid="erase-confirm-input"
        />
        <FormError error={erase.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('contacts.privacy.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={erase.isPending}
            data-testid="erase-confirm"
            onClick={() =>
              erase.mutate(externalId, {
                onSuccess: () => {
                  notifySuccess(t('contacts.privacy.erased', { id: externalId }));
                  navigate(areaPath('contacts'));
                },
              })
            }
          >
            {t('contacts.privacy.eraseConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
