import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCreateApiKeyResponse } from '../../shared/contracts/api-keys.js';
import { SecretOnceModal } from '../components/secret-once-modal.js';
import { ApiKeysTable } from './api-keys-table.js';
import { CreateApiKeyForm } from './create-api-key-form.js';
import { SettingsSection } from './settings-section.js';

export function ApiKeysTab() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<TCreateApiKeyResponse | null>(null);

  return (
    <Stack gap="lg">
      <SettingsSection title={t('apiKeys.title')} description={t('apiKeys.intro')}>
        <CreateApiKeyForm onCreated={setCreated} />
        <ApiKeysTable />
      </SettingsSection>
      {/* A new key's secret, the one time the server hands it out. */}
      <SecretOnceModal
        secret={created?.key ?? null}
        onClose={() => setCreated(null)}
        testId="apikey-secret"
        texts={{
          title: t('apiKeys.secretTitle'),
          warning: t('apiKeys.secretWarning'),
          label: t('apiKeys.secretLabel', { name: created?.name ?? '' }),
          usage: t('apiKeys.usage'),
          copy: t('apiKeys.copy'),
          copied: t('apiKeys.copied'),
          done: t('apiKeys.done'),
        }}
      />
    </Stack>
  );
}
