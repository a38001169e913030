import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconDownload, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TContactExport } from '../../shared/contracts/contacts.js';
import { request } from '../api/http.js';
import { FormError } from '../components/form-error.js';
import { downloadJson, exportFileName } from './download-json.js';
import { EraseContactModal } from './erase-contact-modal.js';
import { MergeContactModal } from './merge-contact-modal.js';

export interface ContactPrivacySectionProps {
  externalId: string;
  displayName: string;
}

/** GDPR actions on one person: export everything (art. 15/20), merge a duplicate, erase (art. 17). Shown only to roles with data.write. */
export function ContactPrivacySection({ externalId, displayName }: ContactPrivacySectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [dialog, setDialog] = useState<'merge' | 'erase' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  async function exportData() {
    setExporting(true);
    setExportError(null);
    try {
      downloadJson(
        await request<TContactExport>('GET', `/api/v1/contacts/${encodeURIComponent(externalId)}/export`),
        exportFileName(externalId),
      );
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid="customer-privacy">
      <Stack gap="sm">
        <Title order={2} fz="md" id={id}>
          {t('contacts.privacy.title')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('contacts.privacy.text')}
        </Text>
        <FormError error={exportError} />
        <Stack gap="xs" align="flex-start">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            onClick={() => void exportData()}
            data-testid="customer-export"
          >
            {t('contacts.privacy.export')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowMerge size={16} aria-hidden />}
            onClick={() => setDialog('merge')}
            data-testid="customer-merge"
          >
            {t('contacts.privacy.merge')}
          </Button>
          <Button
            variant="outline"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDialog('erase')}
            data-testid="customer-erase"
          >
            {t('contacts.privacy.erase')}
          </Button>
        </Stack>
      </Stack>
      <MergeContactModal
        externalId={externalId}
        displayName={displayName}
        opened={dialog === 'merge'}
        onClose={() => setDialog(null)}
      />
      <EraseContactModal
        externalId={externalId}
        opened={dialog === 'erase'}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
}
