import { Accordion, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAlertRule } from '../../../../shared/contracts/alerts.js';
import { queryKeys } from '../../../api/query-keys.js';
import { useAlertRuleDeliveries } from '../../../api/use-alert-rule-deliveries.js';
import { QueryFallback } from '../../../components/query-fallback.js';
import { useSession } from '../../../session/session-context.js';
import { DeliveryItem } from '../delivery-item.js';

/** The event type a burst's summary message carries instead of one event's. */
const SUMMARY = 'alert.summary';

/**
 * A Slack or Teams rule's message log (30 days, newest first): the same rows as an endpoint's
 * delivery log, without webhook-id and "send again", which unsigned channel messages do not have.
 */
export function AlertRuleLog({ rule }: { rule: TAlertRule }) {
  const { t } = useTranslation();
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  const log = useAlertRuleDeliveries(rule.id);
  const deliveries = log.data?.pages.flatMap((p) => p.deliveries) ?? [];
  // A message that settled may have changed the rule's health (failing since, or switched off):
  // read the rules again when what the log shows changes.
  const states = deliveries.map((d) => `${d.id}:${d.status}:${d.attempts}`).join(',');
  const statesBefore = useRef<string | null>(null);
  useEffect(() => {
    if (!log.isSuccess || statesBefore.current === states) return;
    const first = statesBefore.current === null;
    statesBefore.current = states;
    if (!first)
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertRules(organizationId), exact: true });
  }, [states, log.isSuccess, organizationId, queryClient]);

  return (
    <Stack gap="md" data-testid="alert-rule-log">
      <Divider />
      <Stack gap={2}>
        <Text fz="sm" fw={600} component="h4" m={0}>
          {t('alerts.log.title')}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('alerts.log.intro')}
        </Text>
        {!rule.isEnabled ? (
          <Text fz="sm" c="orange.9">
            {t('alerts.log.disabledHint')}
          </Text>
        ) : null}
      </Stack>
      {!log.isSuccess ? (
        <QueryFallback query={log} />
      ) : deliveries.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="alert-rule-log-empty">
          {t('alerts.log.empty')}
        </Text>
      ) : (
        <>
          <Accordion variant="separated" radius="md" chevronPosition="left" multiple>
            {deliveries.map((d) => (
              <DeliveryItem
                key={d.id}
                delivery={d}
                source={{ kind: 'alert-rule' }}
                {...(d.eventType === SUMMARY ? { label: t('alerts.log.summary') } : {})}
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
                {t('alerts.log.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
