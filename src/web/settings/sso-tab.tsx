import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateSsoProviderForm } from './create-sso-provider-form.js';
import { SettingsSection } from './settings-section.js';
import { SsoProvidersTable } from './sso-providers-table.js';

/** Owners connect their organization's identity provider (OpenID Connect). */
export function SsoTab() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <SettingsSection title={t('sso.title')} description={t('sso.intro')}>
        <SsoProvidersTable />
      </SettingsSection>
      <SettingsSection title={t('sso.addTitle')} description={t('sso.addIntro')}>
        <CreateSsoProviderForm />
      </SettingsSection>
    </Stack>
  );
}
