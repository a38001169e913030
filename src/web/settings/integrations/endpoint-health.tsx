import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { formatDateTime } from '../../lib/format.js';

/** How an endpoint is doing: why it is off, or when it last delivered and failed, and any failing streak. */
export function EndpointHealth({ endpoint }: { endpoint: TWebhookEndpoint }) {
  const { t } = useTranslation();
  const lines: Array<{ key: string; text: string; tone: 'red' | 'orange' | 'dimmed' }> = [];
  if (!endpoint.isEnabled && endpoint.disabledReason) {
    lines.push({
      key: 'disabled',
      text: t(`integrations.endpoint.disabledReason.${endpoint.disabledReason}`, {
        date: endpoint.disabledAt ? formatDateTime(endpoint.disabledAt) : '—',
      }),
      tone: endpoint.disabledReason === 'manual' ? 'dimmed' : 'red',
    });
  }
  const delivered = endpoint.lastDeliveredAt
    ? t('integrations.endpoint.lastDelivered', { date: formatDateTime(endpoint.lastDeliveredAt) })
    : t('integrations.endpoint.neverDelivered');
  const failed = endpoint.lastFailedAt
    ? ` · ${t('integrations.endpoint.lastFailed', { date: formatDateTime(endpoint.lastFailedAt) })}`
    : '';
  lines.push({ key: 'times', text: `${delivered}${failed}`, tone: 'dimmed' });
  if (endpoint.isEnabled && endpoint.failingSince) {
    lines.push({
      key: 'failing',
      text: t('integrations.endpoint.failingSince', { date: formatDateTime(endpoint.failingSince) }),
      tone: 'orange',
    });
  }
  if (endpoint.previousSecretRetiresAt) {
    lines.push({
      key: 'rotating',
      text: t('integrations.endpoint.rotating', { date: formatDateTime(endpoint.previousSecretRetiresAt) }),
      tone: 'dimmed',
    });
  }
  return (
    <div data-testid="webhook-health">
      {lines.map((line) => (
        <Text
          key={line.key}
          fz="sm"
          c={line.tone === 'red' ? 'red.9' : line.tone === 'orange' ? 'orange.9' : 'dimmed'}
        >
          {line.text}
        </Text>
      ))}
    </div>
  );
}
