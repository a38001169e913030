import { Accordion, Badge, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TWebhookDelivery } from '../../../shared/contracts/webhooks.js';
import { useRedeliverWebhook } from '../../api/use-redeliver-webhook.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';

const STATUS_COLOR: Record<TWebhookDelivery['status'], string> = {
  pending: 'ink',
  delivered: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

type Attempt = TWebhookDelivery['attemptLog'][number];

function answerOf(attempt: Attempt | undefined, noAnswer: string): string {
  if (!attempt) return '—';
  return attempt.statusCode === null ? noAnswer : String(attempt.statusCode);
}

/** Whose log a delivery is in: an endpoint's deliveries carry a webhook-id and can be sent again. */
export type DeliverySource =
  | { kind: 'endpoint'; endpointId: string; canSendAgain: boolean }
  /** An alert rule's Slack or Teams message: unsigned, so no webhook-id, and no "send again" in the API. */
  | { kind: 'alert-rule' };

export interface DeliveryItemProps {
  delivery: TWebhookDelivery;
  source: DeliverySource;
  /** What the line calls the delivery; its event type by default. */
  label?: string;
}

/**
 * One delivery of a log: a line with what was sent, when, how often and the last answer; opened,
 * its attempts, an endpoint delivery's webhook-id and the body as sent. Receivers' answers are
 * shown as text only.
 */
export function DeliveryItem({ delivery, source, label = delivery.eventType }: DeliveryItemProps) {
  const { t } = useTranslation();
  const redeliver = useRedeliverWebhook();
  const last = delivery.attemptLog[delivery.attemptLog.length - 1];
  const ms = (n: number) => `${formatNumber(n)} ms`;
  const when = formatDateTime(delivery.createdAt);

  return (
    <Accordion.Item value={delivery.id} data-testid="webhook-delivery" data-status={delivery.status}>
      <Accordion.Control>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text
              fz="sm"
              fw={600}
              // An event type reads as code; a label in words does not.
              {...(label === delivery.eventType ? { ff: 'monospace' } : {})}
              data-testid="webhook-delivery-event"
            >
              {label}
            </Text>
            <Badge variant="dot" color={STATUS_COLOR[delivery.status]} data-testid="webhook-delivery-status">
              {t(`integrations.log.status.${delivery.status}`)}
            </Badge>
            {delivery.origin !== 'event' ? (
              <Badge variant="light" color="gray" data-testid="webhook-delivery-origin">
                {t(`integrations.log.origin.${delivery.origin}`)}
              </Badge>
            ) : null}
          </Group>
          <Text fz="xs" c="dimmed">
            {when} · {t('integrations.log.attemptsCount', { count: delivery.attempts })}
            {last
              ? ` · ${t('integrations.log.lastStatus')}: ${answerOf(last, t('integrations.log.noAnswer'))} · ${ms(last.durationMs)}`
              : ''}
          </Text>
          {last?.responseExcerpt ? (
            <Text fz="xs" c="dimmed" ff="monospace" lineClamp={1} className="wrap-anywhere">
              {last.responseExcerpt}
            </Text>
          ) : null}
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="md">
          {source.kind === 'endpoint' || delivery.nextAttemptAt ? (
            <Group gap="xs" wrap="wrap">
              {source.kind === 'endpoint' ? (
                <>
                  <Text fz="sm" fw={600}>
                    {t('integrations.log.webhookId')}
                  </Text>
                  <Code className="wrap-anywhere" data-testid="webhook-delivery-id">
                    {delivery.messageId}
                  </Code>
                </>
              ) : null}
              {delivery.nextAttemptAt ? (
                <Text fz="sm" c="dimmed">
                  {t('integrations.log.nextAttempt', { date: formatDateTime(delivery.nextAttemptAt) })}
                </Text>
              ) : null}
            </Group>
          ) : null}
          {delivery.attemptLog.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('integrations.log.noAttempts')}
            </Text>
          ) : (
            // A list rather than a table: on a phone each attempt wraps instead of scrolling sideways.
            <Stack
              gap="xs"
              component="ol"
              className="attempt-list"
              aria-label={t('integrations.log.attemptsOf', { event: label, date: when })}
              data-testid="webhook-attempts"
            >
              {delivery.attemptLog.map((a) => (
                <li key={a.attempt}>
                  <Group gap="xs" wrap="wrap" fz="sm">
                    <Text fz="sm" fw={600} span>
                      {t('integrations.log.attempt')} {a.attempt}
                    </Text>
                    <Text fz="sm" span c="dimmed">
                      {formatDateTime(a.at)}
                    </Text>
                    <Text fz="sm" span fw={600} c={a.outcome === 'delivered' ? 'teal.9' : 'red.9'}>
                      {t(`integrations.log.outcome.${a.outcome}`)}
                      {a.statusCode !== null ? ` · ${a.statusCode}` : ''}
                    </Text>
                    <Text fz="sm" span className="tabular">
                      {ms(a.durationMs)}
                    </Text>
                  </Group>
                  {a.responseExcerpt ? (
                    <Text fz="xs" ff="monospace" c="dimmed" className="wrap-anywhere" lineClamp={4} mt={2}>
                      {t('integrations.log.response')}: {a.responseExcerpt}
                    </Text>
                  ) : null}
                </li>
              ))}
            </Stack>
          )}
          <Stack gap={4}>
            <Text fz="sm" fw={600}>
              {t('integrations.log.body')}
            </Text>
            <pre className="mail-text" data-testid="webhook-delivery-body">
              {prettyJson(delivery.payload)}
            </pre>
          </Stack>
          {source.kind === 'endpoint' ? (
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRefresh size={14} aria-hidden />}
                disabled={!source.canSendAgain}
                loading={redeliver.isPending}
                aria-label={t('integrations.log.sendAgainLabel', { event: delivery.eventType, date: when })}
                data-testid="webhook-delivery-send-again"
                onClick={() =>
                  redeliver.mutate(
                    { endpointId: source.endpointId, deliveryId: delivery.id },
                    {
                      onSuccess: () => notifySuccess(t('integrations.log.sentAgain')),
                    },
                  )
                }
              >
                {t('integrations.log.sendAgain')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

/** The body as signed is compact JSON; indented for reading (the log keeps the exact bytes). */
function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body) as unknown, null, 2);
  } catch {
    return body;
  }
}
