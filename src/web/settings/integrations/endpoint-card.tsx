import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconKey,
  IconPencil,
  IconPlayerPlay,
  IconPower,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { useSendWebhookTest } from '../../api/use-send-webhook-test.js';
import { useUpdateWebhookEndpoint } from '../../api/use-update-webhook-endpoint.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { DeliveryLog } from './delivery-log.js';
import { EndpointHealth } from './endpoint-health.js';

export interface EndpointCardProps {
  endpoint: TWebhookEndpoint;
  isLogOpen: boolean;
  onToggleLog: () => void;
  onEdit: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

/** One endpoint: its address, state, health and events, what can be done with it, and its log. */
export function EndpointCard({
  endpoint,
  isLogOpen,
  onToggleLog,
  onEdit,
  onRotate,
  onDelete,
}: EndpointCardProps) {
  const { t } = useTranslation();
  const test = useSendWebhookTest();
  const update = useUpdateWebhookEndpoint();
  const logId = `webhook-log-${endpoint.id}`;

  return (
    <Paper withBorder p="md" data-testid="webhook-endpoint" data-endpoint-id={endpoint.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title
              order={3}
              fz="sm"
              ff="monospace"
              className="wrap-anywhere"
              data-testid="webhook-endpoint-url"
            >
              {endpoint.url}
            </Title>
            {endpoint.description ? (
              <Text fz="sm" className="wrap-anywhere">
                {endpoint.description}
              </Text>
            ) : null}
          </Stack>
          <Badge
            variant="dot"
            color={endpoint.isEnabled ? 'teal' : 'gray'}
            style={{ flexShrink: 0 }}
            data-testid="webhook-endpoint-state"
          >
            {endpoint.isEnabled ? t('integrations.endpoint.enabled') : t('integrations.endpoint.disabled')}
          </Badge>
        </Group>
        <EndpointHealth endpoint={endpoint} />
        <Group gap={6} aria-label={t('integrations.endpoint.events')} role="list">
          {endpoint.eventTypes.map((type) => (
            <Badge key={type} variant="light" color="ink" tt="none" ff="monospace" fw={500} role="listitem">
              {type}
            </Badge>
          ))}
        </Group>
        <Group gap="xs" role="group" aria-label={t('integrations.endpoint.actions', { url: endpoint.url })}>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            loading={test.isPending}
            data-testid="webhook-test"
            onClick={() =>
              test.mutate(endpoint.id, {
                onSuccess: () => {
                  notifySuccess(t('integrations.endpoint.testSent'));
                  if (!isLogOpen) onToggleLog();
                },
              })
            }
          >
            {t('integrations.endpoint.test')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={onEdit}
            data-testid="webhook-edit"
          >
            {t('integrations.endpoint.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconKey size={14} aria-hidden />}
            onClick={onRotate}
            data-testid="webhook-rotate"
          >
            {t('integrations.endpoint.rotate')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPower size={14} aria-hidden />}
            loading={update.isPending}
            data-testid="webhook-toggle"
            onClick={() =>
              update.mutate(
                { id: endpoint.id, patch: { isEnabled: !endpoint.isEnabled } },
                {
                  onSuccess: (saved) =>
                    notifySuccess(
                      saved.isEnabled
                        ? t('integrations.endpoint.turnedOn')
                        : t('integrations.endpoint.turnedOff'),
                    ),
                  // The hook is silent for the form, which shows errors at its fields.
                  onError: notifyError,
                },
              )
            }
          >
            {endpoint.isEnabled ? t('integrations.endpoint.turnOff') : t('integrations.endpoint.turnOn')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={onDelete}
            data-testid="webhook-delete"
          >
            {t('integrations.endpoint.delete')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            ml={{ base: 0, sm: 'auto' }}
            rightSection={
              isLogOpen ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
            }
            aria-expanded={isLogOpen}
            aria-controls={isLogOpen ? logId : undefined}
            onClick={onToggleLog}
            data-testid="webhook-log-toggle"
          >
            {isLogOpen ? t('integrations.endpoint.hideLog') : t('integrations.endpoint.showLog')}
          </Button>
        </Group>
        {isLogOpen ? (
          <div id={logId}>
            <DeliveryLog endpoint={endpoint} />
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
