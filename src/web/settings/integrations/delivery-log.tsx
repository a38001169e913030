import { Accordion, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { queryKeys } from '../../api/query-keys.js';
import { useWebhookDeliveries } from '../../api/use-webhook-deliveries.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { useSession } from '../../session/session-context.js';
import { DeliveryItem } from './delivery-item.js';
import { ReplayButton } from './replay-button.js';

/** An endpoint's delivery log (30 days, newest first) with "replay everything since …" above it. */
export function DeliveryLog({ endpoint }: { endpoint: TWebhookEndpoint }) {
  const { t } = useTranslation();
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  const log = useWebhookDeliveries(endpoint.id);
  const deliveries = log.data?.pages.flatMap((p) => p.deliveries) ?? [];
  // What the log shows when it opens or changes (a delivery added or settled) may be newer than the
  // endpoint's health line above it: read the list again then.
  const states = deliveries.map((d) => `${d.id}:${d.status}:${d.attempts}`).join(',');
  const statesBefore = useRef<string | null>(null);
  useEffect(() => {
    if (!log.isSuccess || statesBefore.current === states) return;
    statesBefore.current = states;
    void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(organizationId), exact: true });
  }, [states, log.isSuccess, organizationId, queryClient]);

  return (
    <Stack gap="md" data-testid="webhook-log">
      <Divider />
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 260px' }}>
          <Text fz="sm" fw={600} component="h4" m={0}>
            {t('integrations.log.title')}
          </Text>
          <Text fz="sm" c="dimmed">
            {t('integrations.log.intro')}
          </Text>
          {!endpoint.isEnabled ? (
            <Text fz="sm" c="orange.9">
              {t('integrations.log.disabledHint')}
            </Text>
          ) : null}
        </Stack>
        {/* Nothing in the log means nothing to replay. */}
        {deliveries.length > 0 ? <ReplayButton endpoint={endpoint} /> : null}
      </Group>
      {!log.isSuccess ? (
        <QueryFallback query={log} />
      ) : deliveries.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="webhook-log-empty">
          {t('integrations.log.empty')}
        </Text>
      ) : (
        <>
          <Accordion variant="separated" radius="md" chevronPosition="left" multiple>
            {deliveries.map((d) => (
              <DeliveryItem
                key={d.id}
                delivery={d}
                source={{ kind: 'endpoint', endpointId: endpoint.id, canSendAgain: endpoint.isEnabled }}
              />
            ))}
          </Accordion>
          {log.hasNextPage ? (
            <Group>
              <Button
                variant="default"
                size="xs"
                loading={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {t('integrations.log.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
