import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPlay } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TImportDetail } from '../../../shared/contracts/imports.js';
import { useContactAttributes } from '../../api/use-contact-attributes.js';
import { useStartImport } from '../../api/use-start-import.js';
import { FormError } from '../../components/form-error.js';
import { formatNumber } from '../../lib/format.js';
import { ATTRIBUTE_PREFIX, importFields, mappingProblems, targetLabel } from './import-targets.js';
import { ImportPreviewTable } from './import-preview-table.js';

type Upload = NonNullable<TImportDetail['upload']>;

export interface ImportMappingStepProps {
  detail: TImportDetail;
  upload: Upload;
}

/** Step 2: each column gets a target (prefilled with the server's suggestion) and the first rows show what will be read. */
export function ImportMappingStep({ detail, upload }: ImportMappingStepProps) {
  const { t } = useTranslation();
  const start = useStartImport(detail.id);
  const kind = detail.kind;
  // Custom attributes are contact fields; feedback has none.
  const attributes = useContactAttributes();
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(upload.columns.map((column) => [column, upload.suggestedMapping[column] ?? ''])),
  );
  const problems = useMemo(() => mappingProblems(mapping, kind), [mapping, kind]);

  const options = useMemo(() => {
    const custom =
      kind === 'contacts' ? (attributes.data ?? []).map((a) => `${ATTRIBUTE_PREFIX}${a.key}`) : [];
    const targets: string[] = [...importFields(kind), ...custom];
    // A suggestion the lists above do not know (e.g. an attribute defined meanwhile) stays choosable.
    for (const suggested of Object.values(upload.suggestedMapping))
      if (suggested && !targets.includes(suggested)) targets.push(suggested);
    return [
      { value: '', label: t('contacts.import.ignore') },
      ...targets.map((value) => ({ value, label: targetLabel(value, kind) })),
    ];
  }, [attributes.data, upload.suggestedMapping, kind, t]);
  const texts =
    kind === 'feedback'
      ? ({
          mappingText: 'contacts.import.feedback.mappingText',
          target: 'contacts.import.feedback.target',
          targetFor: 'contacts.import.feedback.targetFor',
        } as const)
      : ({
          mappingText: 'contacts.import.mappingText',
          target: 'contacts.import.target',
          targetFor: 'contacts.import.targetFor',
        } as const);

  const submit = () => {
    if (problems.length > 0) return;
    start.mutate(
      Object.fromEntries(
        Object.entries(mapping).map(([column, target]) => [column, target.length > 0 ? target : null]),
      ),
    );
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'lg', sm: 'xl' }}>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} fz="lg">
              {t('contacts.import.mappingTitle')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t(texts.mappingText, {
                file:
                  detail.totalRows !== null
                    ? `${detail.filename} (${t('contacts.import.rows', { formatted: formatNumber(detail.totalRows) })})`
                    : detail.filename,
              })}
            </Text>
          </Stack>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" data-testid="import-mapping">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.import.column')}</Table.Th>
                  <Table.Th>{t(texts.target)}</Table.Th>
                  <Table.Th>{t('contacts.import.sample')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {upload.columns.map((column, index) => {
                  const samples = upload.preview
                    .slice(0, 3)
                    .map((row) => row[index] ?? '')
                    .filter((v) => v.length > 0);
                  return (
                    <Table.Tr key={`${index}-${column}`}>
                      <Table.Td>
                        <Text fz="sm" fw={600} ff="monospace">
                          {column}
                        </Text>
                      </Table.Td>
                      <Table.Td w={260}>
                        <NativeSelect
                          aria-label={t(texts.targetFor, { column })}
                          value={mapping[column] ?? ''}
                          onChange={(event) => {
                            const value = event.currentTarget.value;
                            setMapping((m) => ({ ...m, [column]: value }));
                          }}
                          data={options}
                          data-testid={`import-mapping-${column}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text fz="xs" c="dimmed" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
                          {samples.join(' · ')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {problems.length > 0 ? (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              data-testid="import-mapping-problems"
            >
              <List size="sm" spacing={2}>
                {problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <FormError error={start.error} />
          <Group justify="flex-end">
            <Button
              onClick={submit}
              disabled={problems.length > 0}
              loading={start.isPending}
              leftSection={<IconPlayerPlay size={18} aria-hidden />}
              data-testid="import-start"
            >
              {t('contacts.import.start')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p={{ base: 'lg', sm: 'xl' }}>
        <Title order={2} fz="lg" mb="sm">
          {t('contacts.import.previewTitle')}
        </Title>
        <ImportPreviewTable columns={upload.columns} rows={upload.preview} />
      </Paper>
    </Stack>
  );
}
