import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSegment } from '../../shared/contracts/segments.js';
import { useCreateSegment } from '../api/use-create-segment.js';
import type { ContactFilters } from '../api/use-contacts.js';
import { AppModal } from '../components/app-modal.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';

export interface SaveSegmentModalProps {
  opened: boolean;
  filters: Required<ContactFilters>;
  onClose: () => void;
  onSaved: (segment: TSegment) => void;
}

/** Names the current filters and saves them as a segment. */
export function SaveSegmentModal({ opened, filters, onClose, onSaved }: SaveSegmentModalProps) {
  const { t } = useTranslation();
  const create = useCreateSegment();
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filter = Object.fromEntries(
      Object.entries(filters)
        .filter(([, v]) => v.trim().length > 0)
        .map(([k, v]) => [k, v.trim()]),
    );
    create.mutate(
      { name: name.trim(), filter },
      {
        onSuccess: (segment) => {
          notifySuccess(t('contacts.list.segmentSaved', { name: segment.name }));
          setName('');
          onSaved(segment);
        },
      },
    );
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('contacts.list.saveSegmentTitle')}
      data-testid="save-segment-modal"
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('contacts.list.saveSegmentText')}
          </Text>
          <TextInput
            label={t('contacts.list.segmentName')}
            placeholder={t('contacts.list.segmentNamePlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={120}
            data-autofocus
            data-testid="segment-name"
          />
          <FormError error={create.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('contacts.list.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={name.trim().length === 0}
              data-testid="segment-save"
            >
              {t('contacts.list.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
