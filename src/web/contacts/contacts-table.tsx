import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TContact } from '../../shared/contracts/contacts.js';
import { formatLanguage } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { navigate } from '../router/history.js';
import { contactPath } from '../router/routes.js';

export interface ContactsTableProps {
  contacts: readonly TContact[];
}

/** One row per contact; the name links to the customer page, and the whole row is clickable too. */
export function ContactsTable({ contacts }: ContactsTableProps) {
  const { t } = useTranslation();
  const dash = t('contacts.profile.notSet');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        aria-label={t('contacts.list.tableLabel')}
        data-testid="contacts-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.list.name')}</Table.Th>
            <Table.Th>{t('contacts.list.email')}</Table.Th>
            <Table.Th>{t('contacts.list.externalId')}</Table.Th>
            <Table.Th>{t('contacts.list.segment')}</Table.Th>
            <Table.Th>{t('contacts.list.region')}</Table.Th>
            <Table.Th>{t('contacts.list.language')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr
              key={c.externalId}
              data-testid={`contact-row-${c.externalId}`}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                // The link handles its own clicks (and middle clicks); the rest of the row follows it.
                if (event.target instanceof Element && event.target.closest('a')) return;
                navigate(contactPath(c.externalId));
              }}
            >
              <Table.Td>
                <AppLink to={contactPath(c.externalId)} fw={600} {...(c.name ? {} : { c: 'dimmed' })}>
                  {c.name ?? t('contacts.list.unnamed')}
                </AppLink>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{c.email ?? dash}</Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" ff="monospace">
                  {c.externalId}
                </Text>
              </Table.Td>
              <Table.Td>{c.segment ?? dash}</Table.Td>
              <Table.Td>{c.region ?? dash}</Table.Td>
              <Table.Td>{c.language ? formatLanguage(c.language) : dash}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
