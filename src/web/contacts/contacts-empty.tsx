import { EmptyState, List, Paper, Stack, Text } from '@mantine/core';
import { IconAddressBook, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/link-button.js';
import { contactsImportPath } from '../router/routes.js';

/** No contacts at all: how they arrive, and the import as the first step. */
export function ContactsEmpty({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const ways = t('contacts.list.emptyWays', { returnObjects: true });
  return (
    <Paper withBorder p={{ base: 'lg', sm: 48 }} data-testid="contacts-empty">
      <Stack align="center" gap="lg">
        <EmptyState
          icon={<IconAddressBook size={30} stroke={1.5} aria-hidden />}
          variant="light"
          size="lg"
          title={t('contacts.list.emptyTitle')}
          description={t('contacts.list.emptyText')}
          maw={640}
        />
        <List spacing="xs" maw={560} fz="sm">
          {ways.map((way) => (
            <List.Item key={way}>
              <Text fz="sm">{way}</Text>
            </List.Item>
          ))}
        </List>
        {canImport ? (
          <LinkButton
            to={contactsImportPath()}
            leftSection={<IconFileImport size={18} aria-hidden />}
            data-testid="contacts-import"
          >
            {t('contacts.list.import')}
          </LinkButton>
        ) : null}
      </Stack>
    </Paper>
  );
}
