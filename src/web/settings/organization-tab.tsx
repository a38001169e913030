import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useOrganization } from '../api/use-organization.js';
import { useSession } from '../session/session-context.js';
import { DigestSubscriptionSwitch } from './digest-subscription-switch.js';
import { OrganizationSettingsForm } from './organization-settings-form.js';
import { SettingsSection } from './settings-section.js';
import { QueryFallback } from '../components/query-fallback.js';

export function OrganizationTab() {
  const { t } = useTranslation();
  const { role } = useSession();
  const organization = useOrganization();
  const canManage = can(role, 'settings.manage');

  if (!organization.isSuccess) return <QueryFallback query={organization} />;

  return (
    <Stack gap="lg">
      {canManage ? null : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('organization.readOnly')}
        </Alert>
      )}
      <SettingsSection title={t('organization.title')}>
        {/* Keyed by the saved values so the form restarts from them after a save elsewhere. */}
        <OrganizationSettingsForm
          key={`${organization.data.defaultLanguage}|${organization.data.industry ?? ''}|${organization.data.currency}`}
          organization={organization.data}
          disabled={!canManage}
        />
      </SettingsSection>
      <DigestSubscriptionSwitch />
    </Stack>
  );
}
