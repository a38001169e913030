import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useSendingSettings } from '../api/use-sending-settings.js';
import { useUsage } from '../api/use-usage.js';
import { useSession } from '../session/session-context.js';
import { ChangePlanForm } from './change-plan-form.js';
import { SettingsSection } from './settings-section.js';
import { UsageSummary } from './usage-summary.js';
import { QueryFallback } from '../components/query-fallback.js';

export function PlanTab() {
  const { t } = useTranslation();
  const { role } = useSession();
  const usage = useUsage();
  // Says whether sends beyond the limit are refused or wait; the usage shows before it arrives.
  const sending = useSendingSettings();

  if (!usage.isSuccess) return <QueryFallback query={usage} />;

  return (
    <Stack gap="lg">
      <SettingsSection title={t('plan.title')}>
        <UsageSummary usage={usage.data} overQuota={sending.data?.overQuota} />
      </SettingsSection>
      <SettingsSection title={t('plan.change')} description={can(role, 'plan.manage') ? undefined : t('plan.ownerOnly')}>
        <ChangePlanForm currentPlanId={usage.data.planId} disabled={!can(role, 'plan.manage')} />
      </SettingsSection>
    </Stack>
  );
}
