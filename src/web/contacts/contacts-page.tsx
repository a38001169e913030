import { Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useContacts, type ContactFilters } from '../api/use-contacts.js';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { contactsImportPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { ContactFiltersBar } from './contact-filters.js';
import { ContactsEmpty } from './contacts-empty.js';
import { ContactsTable } from './contacts-table.js';

const NO_FILTERS: Required<ContactFilters> = { q: '', segment: '', region: '', language: '' };

/** The contacts list: search, filters, newest first, a page at a time. */
export function ContactsPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const canImport = can(role, 'data.write');
  const [filters, setFilters] = useState(NO_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const contacts = useContacts(debounced);
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(debounced).some((v) => v.trim().length > 0);

  const isEmpty = !contacts.isPending && !contacts.isError && items.length === 0 && !filtered;
  // An empty list carries its own import button, next to the explanation.
  const importButton = canImport && !isEmpty ? (
    <LinkButton to={contactsImportPath()} leftSection={<IconFileImport size={18} aria-hidden />} data-testid="contacts-import">
      {t('contacts.list.import')}
    </LinkButton>
  ) : null;

  let body;
  if (contacts.isPending) body = <SectionLoader />;
  else if (contacts.isError) body = <SectionError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  else if (isEmpty) body = <ContactsEmpty canImport={canImport} />;
  else if (items.length === 0)
    body = (
      <Paper withBorder p="xl" data-testid="contacts-no-match">
        <EmptyState icon={<IconSearch size={26} stroke={1.5} aria-hidden />} variant="light" title={t('contacts.list.noMatchTitle')} description={t('contacts.list.noMatchText')} />
      </Paper>
    );
  else
    body = (
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <ContactsTable contacts={items} />
        <Group justify="space-between" mt="md" px="xs">
          <Text fz="sm" c="dimmed" role="status">
            {t('contacts.list.shown', { count: items.length })}
          </Text>
          {contacts.hasNextPage ? (
            <Button variant="default" onClick={() => void contacts.fetchNextPage()} loading={contacts.isFetchingNextPage} data-testid="contacts-load-more">
              {t('contacts.list.loadMore')}
            </Button>
          ) : null}
        </Group>
      </Paper>
    );

  const showFilters = filtered || items.length > 0;
  return (
    <>
      <PageHeader title={t('contacts.list.title')} subtitle={t('contacts.list.subtitle')} actions={importButton} />
      {showFilters ? <ContactFiltersBar value={filters} onChange={setFilters} /> : null}
      {body}
    </>
  );
}
