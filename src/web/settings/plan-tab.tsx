import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../shared/roles.js';
import { useUsage } from '../api/use-usage.js';
import { SectionError } from '../components/section-error.js';
import { SectionLoader } from '../components/section-loader.js';
import { useSession } from '../session/session-context.js';
import { ChangePlanForm } from './change-plan-form.js';
import { SettingsSection } from './settings-section.js';
import { UsageSummary } from './usage-summary.js';

export function PlanTab() {
  const { t } = useTranslation();
  const { role } = useSession();
  const usage = useUsage();

  if (usage.isPending) return <SectionLoader />;
  if (usage.isError) return <SectionError error={usage.error} onRetry={() => void usage.refetch()} />;

  return (
    <Stack gap="lg">
      <SettingsSection title={t('plan.title')}>
        <UsageSummary usage={usage.data} />
      </SettingsSection>
      <SettingsSection title={t('plan.change')} description={can(role, 'plan.manage') ? undefined : t('plan.ownerOnly')}>
        <ChangePlanForm currentPlanId={usage.data.planId} disabled={!can(role, 'plan.manage')} />
      </SettingsSection>
    </Stack>
  );
}
