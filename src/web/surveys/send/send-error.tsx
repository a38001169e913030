import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.js';
import { useUsage } from '../../api/use-usage.js';
import { FormError } from '../../components/form-error.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { AppLink } from '../../router/app-link.js';
import { settingsPath } from '../../router/routes.js';
import { planName } from '../../settings/plan-name.js';

export function isQuotaError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'QUOTA_EXCEEDED';
}

/**
 * A send refused over the plan's quota says so plainly, with what is left this month and the
 * ways out; any other failure is the usual form error.
 */
export function SendError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const usage = useUsage();
  if (!error) return null;
  if (!isQuotaError(error)) return <FormError error={error} />;
  const sends = usage.data?.surveySends;
  return (
    <Alert
      color="orange"
      variant="light"
      // Mantine's orange.9 title misses WCAG AA on the light tint.
      styles={{ title: { color: '#8a3a00' } }}
      icon={<IconGauge size={18} aria-hidden />}
      title={t('sending.send.quota.title')}
      role="alert"
      data-testid="send-quota-error"
    >
      <Stack gap={6}>
        <Text fz="sm">{t('sending.send.quota.text')}</Text>
        {usage.data && sends && sends.limit !== null && sends.remaining !== null ? (
          <Text fz="sm" fw={600} data-testid="send-quota-remaining">
            {t('sending.send.quota.remaining', {
              remaining: formatNumber(sends.remaining),
              limit: formatNumber(sends.limit),
              plan: planName(usage.data.planId),
              date: formatDate(usage.data.resetsAt),
            })}
          </Text>
        ) : null}
        <Text fz="sm">{t('sending.send.quota.advice')}</Text>
        <Group gap="md">
          <AppLink to={settingsPath('plan')} fz="sm">
            {t('sending.send.quota.toPlan')}
          </AppLink>
          <AppLink to={settingsPath('sending')} fz="sm">
            {t('sending.send.quota.toSettings')}
          </AppLink>
        </Group>
      </Stack>
    </Alert>
  );
}
