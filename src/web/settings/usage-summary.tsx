import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUsage } from '../../shared/contracts/organization.js';
import type { TSendingSettings } from '../../shared/contracts/sending.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { AppLink } from '../router/app-link.js';
import { planName } from './plan-name.js';

export interface UsageSummaryProps {
  usage: TUsage;
  /** What the organization chose for sends over the quota (Settings → Sending); unknown while loading. */
  overQuota: TSendingSettings['overQuota'] | undefined;
}

/** Plan name and this month's survey sends against the quota, and what happens beyond it. */
export function UsageSummary({ usage, overQuota }: UsageSummaryProps) {
  const { t } = useTranslation();
  const { used, limit, remaining, share } = usage.surveySends;
  const percent = share === null ? 0 : Math.round(share * 1000) / 10;
  const color = share === null ? 'ink' : share >= 0.9 ? 'red' : share >= 0.75 ? 'orange' : 'ink';
  // The quota month ends where the next one starts; show its last day.
  const resets = formatDate(usage.resetsAt);

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Text c="dimmed" fz="sm">
          {t('plan.current')}
        </Text>
        <Badge size="lg" variant="light" data-testid="plan-name">
          {planName(usage.planId)}
        </Badge>
      </Group>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Text fw={600}>{t('plan.sendsTitle')}</Text>
          <Text fz="sm" c="dimmed" data-testid="usage-text">
            {limit === null
              ? t('plan.unlimited', { used: formatNumber(used) })
              : t('plan.sendsUsed', { used: formatNumber(used), limit: formatNumber(limit) })}
          </Text>
        </Group>
        {limit !== null ? (
          <Progress.Root size="lg" radius="xl" data-testid="usage-progress">
            <Progress.Section
              value={percent}
              color={color}
              aria-label={t('plan.sendsTitle')}
              aria-valuetext={t('plan.sendsUsed', { used: formatNumber(used), limit: formatNumber(limit) })}
            />
          </Progress.Root>
        ) : null}
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fz="sm" c="dimmed" data-testid="usage-resets">
            {t('plan.resets', { date: resets })}
            {/* Only a plan with a limit has sends beyond it; the sentence says what this organization chose. */}
            {limit !== null && overQuota ? (
              <>
                {' '}
                {t(overQuota === 'hold' ? 'plan.beyondLimitHold' : 'plan.beyondLimitRefuse')}{' '}
                <AppLink
                  to="/settings/sending"
                  fz="sm"
                  underline="always"
                  data-testid="usage-over-quota-link"
                >
                  {t('plan.beyondLimitChange')}
                </AppLink>
              </>
            ) : null}
          </Text>
          {remaining !== null ? (
            <Text fz="sm" fw={600} c={color === 'ink' ? 'dark' : color}>
              {t('plan.remaining', { remaining: formatNumber(remaining) })}
            </Text>
          ) : null}
        </Group>
        {share !== null && share >= 0.75 ? (
          <Text fz="sm" c="orange.9">
            {t('plan.nearLimit')}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
