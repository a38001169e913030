import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_IDS } from '../../shared/plans.js';
import { useOrganization } from '../api/use-organization.js';
import { useSendingSettings } from '../api/use-sending-settings.js';
import { useUsage } from '../api/use-usage.js';
import { planName, planSendLimit } from './plan-name.js';
import { SettingsSection } from './settings-section.js';
import { UsageSummary } from './usage-summary.js';
import { QueryFallback } from '../components/query-fallback.js';

/**
 * The plan and this month's usage, read-only: a plan sets the send quota, so whoever runs the
 * installation sets it (server CLI `org plan`); the API refuses every member (PLAN_SET_BY_OPERATOR).
 */
export function PlanTab() {
  const { t } = useTranslation();
  const usage = useUsage();
  // Says whether sends beyond the limit are refused or wait; the usage shows before it arrives.
  const sending = useSendingSettings();
  const organization = useOrganization();

  if (!usage.isSuccess) return <QueryFallback query={usage} />;

  return (
    <Stack gap="lg">
      <SettingsSection title={t('plan.title')}>
        <UsageSummary usage={usage.data} overQuota={sending.data?.overQuota} />
      </SettingsSection>
      <SettingsSection
        title={t('plan.plansTitle')}
        description={t('plan.setByOperator')}
        data-testid="plan-set-by-operator"
      >
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="xs" data-testid="plan-list">
            <Table.Tbody>
              {PLAN_IDS.map((id) => (
                <Table.Tr key={id}>
                  <Table.Td>
                    {/* Name over marker, so a phone's narrow column never cuts the marker off. */}
                    <Stack gap={0}>
                      <Text fz="sm" fw={id === usage.data.planId ? 600 : undefined}>
                        {planName(id)}
                      </Text>
                      {id === usage.data.planId ? (
                        <Text fz="xs" c="dimmed">
                          {t('plan.currentBadge')}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" c="dimmed">
                      {planSendLimit(id)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap={4}>
          <Text fz="sm" c="dimmed">
            {t('plan.operatorCommand')}
          </Text>
          <Code block data-testid="plan-command" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {`npm run resonance -- org plan --org ${organization.data?.slug ?? '<slug>'} --plan ${PLAN_IDS.filter((id) => id !== usage.data.planId).join('|')}`}
          </Code>
        </Stack>
      </SettingsSection>
    </Stack>
  );
}
