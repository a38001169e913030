import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCreateApiKeyResponse } from '../../shared/contracts/api-keys.js';
import { ApiKeySecretModal } from './api-key-secret-modal.js';
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
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
    </Stack>
  );
}
