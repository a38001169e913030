import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../api/use-contacts.js';
import { useMergeContact } from '../api/use-merge-contact.js';
import { AppModal } from '../components/app-modal.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';
import { navigate } from '../router/history.js';
import { contactPath } from '../router/routes.js';

export interface MergeContactModalProps {
  externalId: string;
  displayName: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Merges this contact into another one, found by name, e-mail or id: its answers, events and
 * fields move over and its id becomes an alias of the other, so nothing sent under it is lost.
 */
export function MergeContactModal({ externalId, displayName, opened, onClose }: MergeContactModalProps) {
  const { t } = useTranslation();
  const merge = useMergeContact();
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [q] = useDebouncedValue(search, 250);
  const found = useContacts(q.trim() ? { q } : {});
  const options = (found.data?.pages.flatMap((p) => p.items) ?? [])
    .filter((c) => c.externalId !== externalId)
    .slice(0, 20)
    .map((c) => ({
      value: c.externalId,
      label: [c.name ?? c.externalId, c.email, c.name ? c.externalId : null].filter(Boolean).join(' · '),
    }));
  const close = () => {
    setSearch('');
    setTarget(null);
    merge.reset();
    onClose();
  };
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={t('contacts.privacy.mergeTitle', { name: displayName })}
      data-testid="merge-modal"
    >
      <Stack gap="md">
        <Text fz="sm">{t('contacts.privacy.mergeText')}</Text>
        <Select
          label={t('contacts.privacy.mergeInto')}
          placeholder={t('contacts.privacy.mergeSearch')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server searches; the list shows what it found.
          filter={({ options: all }) => all}
          data={options}
          value={target}
          onChange={setTarget}
          nothingFoundMessage={
            found.isFetching ? t('contacts.privacy.mergeSearching') : t('contacts.privacy.mergeNothing')
          }
          comboboxProps={{ withinPortal: true }}
          data-testid="merge-search"
        />
        {target ? (
          <Text fz="sm" data-testid="merge-summary">
            {t('contacts.privacy.mergeSummary', { from: externalId, into: target })}
          </Text>
        ) : null}
        <FormError error={merge.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('contacts.privacy.cancel')}
          </Button>
          <Button
            disabled={target === null}
            loading={merge.isPending}
            data-testid="merge-confirm"
            onClick={() => {
              if (target === null) return;
              merge.mutate(
                { into: target, from: externalId },
                {
                  onSuccess: () => {
                    notifySuccess(t('contacts.privacy.merged', { from: externalId, into: target }));
                    navigate(contactPath(target));
                  },
                },
              );
            }}
          >
            {t('contacts.privacy.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
