import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSsoProvider } from '../../shared/contracts/sso.js';
import { useSsoProviders } from '../api/use-sso-providers.js';
import { CopyTextButton } from '../components/copy-text-button.js';
import { formatDate } from '../lib/format.js';
import { DeleteSsoProviderModal } from './delete-sso-provider-modal.js';
import { QueryFallback } from '../components/query-fallback.js';

export function SsoProvidersTable() {
  const { t } = useTranslation();
  const providers = useSsoProviders();
  const [deleting, setDeleting] = useState<TSsoProvider | null>(null);

  if (!providers.isSuccess) return <QueryFallback query={providers} />;
  if (providers.data.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="sso-empty">
        {t('sso.empty')}
      </Text>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" data-testid="sso-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="nowrap">{t('sso.providerId')}</Table.Th>
              <Table.Th className="nowrap">{t('sso.domain')}</Table.Th>
              <Table.Th>{t('sso.issuer')}</Table.Th>
              <Table.Th>{t('sso.redirectUri')}</Table.Th>
              <Table.Th>{t('sso.created')}</Table.Th>
              <Table.Th>
                <span className="sr-only">{t('members.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {providers.data.map((p) => (
              <Table.Tr key={p.providerId} data-testid={`sso-row-${p.providerId}`}>
                <Table.Td className="nowrap">
                  <Code>{p.providerId}</Code>
                </Table.Td>
                <Table.Td className="nowrap">
                  <Text fz="sm" fw={600}>
                    {p.domain}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" className="wrap-anywhere">
                    {p.issuer}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Code className="wrap-anywhere" style={{ fontSize: 12 }}>
                      {p.redirectUri}
                    </Code>
                    <CopyTextButton
                      value={p.redirectUri}
                      label={t('sso.copyRedirectUriOf', { providerId: p.providerId })}
                      data-testid={`sso-copy-${p.providerId}`}
                    />
                  </Group>
                </Table.Td>
                <Table.Td className="nowrap">
                  <Text fz="sm">{p.createdAt ? formatDate(p.createdAt) : '—'}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('sso.deleteLabel', { providerId: p.providerId })}
                    onClick={() => setDeleting(p)}
                    data-testid={`sso-delete-${p.providerId}`}
                  >
                    {t('sso.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <DeleteSsoProviderModal provider={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
