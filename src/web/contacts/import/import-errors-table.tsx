import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TImportError } from '../../../shared/contracts/imports.js';

/** Refused rows by line: which field, and why. */
export function ImportErrorsTable({ errors }: { errors: readonly TImportError[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520} mah={360}>
      <Table striped withTableBorder verticalSpacing={6} fz="sm" data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('contacts.import.line')}</Table.Th>
            <Table.Th w={180}>{t('contacts.import.field')}</Table.Th>
            <Table.Th>{t('contacts.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr
              key={`${error.line}-${error.field ?? ''}-${index}`}
              data-testid={`import-error-line-${error.line}`}
            >
              <Table.Td>{error.line}</Table.Td>
              <Table.Td>
                <Text fz="sm" ff="monospace">
                  {error.field ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
