import { Button, EmptyState, Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBookmarkPlus, IconFileImport, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useContacts, type ContactFilters } from '../api/use-contacts.js';
import { useSegmentContacts } from '../api/use-segment-contacts.js';
import { LinkButton } from '../components/link-button.js';
import { PageHeader } from '../components/page-header.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { contactsImportPath } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { ContactFiltersBar } from './contact-filters.js';
import { ContactsEmpty } from './contacts-empty.js';
import { ContactsTable } from './contacts-table.js';
import { SaveSegmentModal } from './save-segment-modal.js';
import { SegmentPicker } from './segment-picker.js';

const NO_FILTERS: Required<ContactFilters> = { q: '', segment: '', region: '', language: '' };

/** The contacts list: search, filters or a saved segment, newest first, a page at a time. */
export function ContactsPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const canWrite = can(role, 'data.write');
  const [filters, setFilters] = useState(NO_FILTERS);
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [debounced] = useDebouncedValue(filters, 300);
  const filteredList = useContacts(debounced);
  const segmentList = useSegmentContacts(segmentId);
  const contacts = segmentId ? segmentList : filteredList;
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = segmentId !== null || Object.values(debounced).some((v) => v.trim().length > 0);
  const hasFilters = Object.values(filters).some((v) => v.trim().length > 0);

  const isEmpty = !contacts.isPending && !contacts.isError && items.length === 0 && !filtered;
  // An empty list carries its own import button, next to the explanation.
  const importButton =
    canWrite && !isEmpty ? (
      <LinkButton
        to={contactsImportPath()}
        leftSection={<IconFileImport size={18} aria-hidden />}
        data-testid="contacts-import"
      >
        {t('contacts.list.import')}
      </LinkButton>
    ) : null;

  let body;
  if (contacts.isPending) body = <SectionLoader />;
  else if (contacts.isError)
    body = <SectionError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  else if (isEmpty) body = <ContactsEmpty canImport={canWrite} />;
  else if (items.length === 0)
    body = (
      <Paper withBorder p="xl" data-testid="contacts-no-match">
        <EmptyState
          icon={<IconSearch size={26} stroke={1.5} aria-hidden />}
          variant="light"
          title={t('contacts.list.noMatchTitle')}
          description={t('contacts.list.noMatchText')}
        />
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
            <Button
              variant="default"
              onClick={() => void contacts.fetchNextPage()}
              loading={contacts.isFetchingNextPage}
              data-testid="contacts-load-more"
            >
              {t('contacts.list.loadMore')}
            </Button>
          ) : null}
        </Group>
      </Paper>
    );

  return (
    <>
      <PageHeader
        title={t('contacts.list.title')}
        subtitle={t('contacts.list.subtitle')}
        actions={importButton}
      />
      {isEmpty ? null : (
        <Group align="flex-end" gap="md" mb="lg" wrap="wrap">
          <SegmentPicker value={segmentId} onChange={setSegmentId} />
          {segmentId === null ? <ContactFiltersBar value={filters} onChange={setFilters} /> : null}
          {segmentId === null && hasFilters && canWrite ? (
            <Button
              variant="light"
              leftSection={<IconBookmarkPlus size={18} aria-hidden />}
              onClick={() => setSaving(true)}
              data-testid="contacts-save-segment"
            >
              {t('contacts.list.saveSegment')}
            </Button>
          ) : null}
        </Group>
      )}
      {body}
      <SaveSegmentModal
        opened={saving}
        filters={filters}
        onClose={() => setSaving(false)}
        onSaved={(segment) => {
          setSaving(false);
          setSegmentId(segment.id);
        }}
      />
    </>
  );
}
