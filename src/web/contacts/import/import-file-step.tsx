import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
// Only the wizard's kind choice uses cards with indicators: their styles load with this page.
import '@mantine/core/styles/RadioCard.css';
import '@mantine/core/styles/RadioIndicator.css';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TImportKind } from '../../../shared/contracts/imports.js';
import { useUploadImport } from '../../api/use-upload-import.js';
import { FormError } from '../../components/form-error.js';
import { formatNumber } from '../../lib/format.js';
import { navigate } from '../../router/history.js';
import { contactsImportPath } from '../../router/routes.js';

function looksLikeCsv(file: File): boolean {
  return /\.(csv|txt|tsv)$/i.test(file.name) || file.type === 'text/csv' || file.type === 'text/plain';
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatNumber(Math.round(bytes / 1024 / 102.4) / 10)} MB`;
}

/** Step 1: say what the file holds, pick or drop it; uploading it leads to the mapping (the import's own address). */
export function ImportFileStep() {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [kind, setKind] = useState<TImportKind>('contacts');

  const choose = (next: File | null | undefined) => {
    if (!next) return;
    setInvalid(!looksLikeCsv(next));
    setFile(next);
    upload.reset();
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const submit = () => {
    if (!file || invalid) return;
    upload.mutate({ file, kind }, { onSuccess: (created) => navigate(contactsImportPath(created.id)) });
  };

  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Radio.Group
          label={t('contacts.import.kind.label')}
          value={kind}
          onChange={(value) => {
            setKind(value === 'feedback' ? 'feedback' : 'contacts');
            upload.reset();
          }}
          data-testid="import-kind"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
            {(['contacts', 'feedback'] as const).map((option) => (
              <Radio.Card
                key={option}
                value={option}
                p="md"
                radius="md"
                withBorder
                data-testid={`import-kind-${option}`}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <Stack gap={2}>
                    <Text fw={600} fz="sm">
                      {t(`contacts.import.kind.${option}`)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {t(`contacts.import.kind.${option}Hint`)}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="import-dropzone"
          style={{
            border: `2px dashed var(--mantine-color-${dragging ? 'ink-6' : 'gray-4'})`,
            borderRadius: 'var(--mantine-radius-lg)',
            background: dragging ? 'var(--mantine-color-ink-0)' : 'var(--mantine-color-gray-0)',
            padding: 'var(--mantine-spacing-xl)',
          }}
        >
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light">
              <IconFileSpreadsheet size={26} stroke={1.5} aria-hidden />
            </ThemeIcon>
            <Text fw={600}>{t('contacts.import.dropHere')}</Text>
            <label htmlFor={id}>
              <Text component="span" fz="sm" fw={600}>
                {t('contacts.import.fileLabel')}
              </Text>
            </label>
            <input
              id={id}
              type="file"
              accept=".csv,.txt,.tsv,text/csv,text/plain"
              aria-describedby={`${id}-hint`}
              onChange={(event) => choose(event.currentTarget.files?.[0])}
              data-testid="import-file"
            />
            <Text id={`${id}-hint`} fz="sm" c="dimmed" ta="center" maw={520}>
              {t(kind === 'feedback' ? 'contacts.import.feedback.fileHint' : 'contacts.import.fileHint')}
            </Text>
          </Stack>
        </div>
        {file ? (
          <Text fz="sm" data-testid="import-chosen">
            {t('contacts.import.chosen', { name: file.name, size: formatSize(file.size) })}
          </Text>
        ) : null}
        {invalid ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
            {t('contacts.import.notCsv')}
          </Alert>
        ) : null}
        {upload.error ? <FormError error={upload.error} /> : null}
        <Group justify="flex-end">
          <Button
            onClick={submit}
            disabled={!file || invalid}
            loading={upload.isPending}
            leftSection={<IconUpload size={18} aria-hidden />}
            data-testid="import-upload"
          >
            {t('contacts.import.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
