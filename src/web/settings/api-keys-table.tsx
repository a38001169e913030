import { Badge, Button, Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TApiKey } from '../../shared/contracts/api-keys.js';
import { useApiKeys } from '../api/use-api-keys.js';
import { formatDate, formatDateTime } from '../lib/format.js';
import { RevokeApiKeyModal } from './revoke-api-key-modal.js';
import { QueryFallback } from '../components/query-fallback.js';

export function ApiKeysTable() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const [revoking, setRevoking] = useState<TApiKey | null>(null);

  if (!keys.isSuccess) return <QueryFallback query={keys} />;
  if (keys.data.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="apikeys-empty">
        {t('apiKeys.empty')}
      </Text>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" data-testid="apikeys-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiKeys.name')}</Table.Th>
              <Table.Th>{t('apiKeys.key')}</Table.Th>
              <Table.Th>{t('apiKeys.created')}</Table.Th>
              <Table.Th>{t('apiKeys.createdBy')}</Table.Th>
              <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
              <Table.Th>{t('apiKeys.status')}</Table.Th>
              <Table.Th>
                <span className="sr-only">{t('members.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.data.map((key) => {
              const revoked = key.revokedAt !== null;
              return (
                <Table.Tr
                  key={key.id}
                  data-testid={`apikey-row-${key.id}`}
                  {...(revoked ? { c: 'dimmed' } : {})}
                >
                  <Table.Td>
                    <Text fz="sm" fw={600} td={revoked ? 'line-through' : undefined}>
                      {key.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{key.start}…</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{formatDate(key.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{key.createdBy ?? t('apiKeys.unknownUser')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" {...(key.lastUsedAt ? {} : { c: 'dimmed' })}>
                      {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {revoked && key.revokedAt ? (
                      <Badge
                        variant="dot"
                        color="gray"
                        title={t('apiKeys.revokedOn', { date: formatDate(key.revokedAt) })}
                      >
                        {t('apiKeys.revoked')}
                      </Badge>
                    ) : (
                      <Badge variant="dot" color="teal">
                        {t('apiKeys.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {revoked ? null : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('apiKeys.revokeLabel', { name: key.name })}
                        onClick={() => setRevoking(key)}
                        data-testid={`apikey-revoke-${key.id}`}
                      >
                        {t('apiKeys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RevokeApiKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
