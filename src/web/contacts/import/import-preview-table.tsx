import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ImportPreviewTableProps {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** The first rows of the file as the server read them, cell by cell (plain text). */
export function ImportPreviewTable({ columns, rows }: ImportPreviewTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={Math.max(480, columns.length * 140)} data-testid="import-preview">
      <Table striped withTableBorder fz="xs" verticalSpacing={6}>
        <Table.Caption>{t('contacts.import.previewCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={`${index}-${column}`} style={{ whiteSpace: 'nowrap' }}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={r}>
              {columns.map((column, c) => (
                <Table.Td key={`${c}-${column}`}>
                  <Text fz="xs" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {row[c] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
