import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWebhookEndpoint } from '../../../shared/contracts/webhooks.js';
import { useWebhookEndpoints } from '../../api/use-webhook-endpoints.js';
import { QueryFallback } from '../../components/query-fallback.js';
import { SecretOnceModal } from '../../components/secret-once-modal.js';
import { formatDateTime } from '../../lib/format.js';
import { SettingsSection } from '../settings-section.js';
import { AlertRulesSection } from './alerts/alert-rules-section.js';
import { DeleteEndpointModal } from './delete-endpoint-modal.js';
import { EndpointCard } from './endpoint-card.js';
import { EndpointForm } from './endpoint-form.js';
import { RotateSecretModal } from './rotate-secret-modal.js';
import type { ShownSecret } from './shown-secret.js';

/**
 * Settings → Integrations: the organization's signed webhook endpoints with their delivery logs,
 * and the alert rules that tell people in Slack, Teams or by mail.
 */
export function IntegrationsTab() {
  const { t } = useTranslation();
  const endpoints = useWebhookEndpoints();
  // 'new' while an endpoint is being added, an endpoint id while one is edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [openLogs, setOpenLogs] = useState<ReadonlySet<string>>(new Set());
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [rotating, setRotating] = useState<TWebhookEndpoint | null>(null);
  const [deleting, setDeleting] = useState<TWebhookEndpoint | null>(null);

  const toggleLog = (id: string) =>
    setOpenLogs((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const form = (endpoint: TWebhookEndpoint | null) => (
    <EndpointForm
      endpoint={endpoint}
      onCreated={(created) => {
        setSecret({
          kind: 'created',
          url: created.endpoint.url,
          secret: created.secret,
          previousSecretRetiresAt: null,
        });
        setOpenLogs((open) => new Set(open).add(created.endpoint.id));
      }}
      onDone={() => setEditing(null)}
    />
  );

  return (
    <Stack gap="lg" data-testid="integrations-tab">
      <SettingsSection
        title={t('integrations.title')}
        description={t('integrations.intro')}
        data-testid="integrations-webhooks"
      >
        {editing === null ? (
          <Group>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
              data-testid="webhook-add"
            >
              {t('integrations.add')}
            </Button>
          </Group>
        ) : null}
        {editing === 'new' ? (
          <Paper withBorder p="md">
            {form(null)}
          </Paper>
        ) : null}
        {!endpoints.isSuccess ? (
          <QueryFallback query={endpoints} />
        ) : endpoints.data.length === 0 && editing !== 'new' ? (
          <Paper withBorder p="xl" data-testid="webhooks-empty">
            <EmptyState
              icon={<IconWebhook size={26} stroke={1.5} aria-hidden />}
              variant="light"
              title={t('integrations.empty.title')}
              description={t('integrations.empty.text')}
              mx="auto"
            />
          </Paper>
        ) : (
          endpoints.data.map((endpoint) =>
            editing === endpoint.id ? (
              <Paper key={endpoint.id} withBorder p="md">
                {form(endpoint)}
              </Paper>
            ) : (
              <EndpointCard
                key={endpoint.id}
                endpoint={endpoint}
                isLogOpen={openLogs.has(endpoint.id)}
                onToggleLog={() => toggleLog(endpoint.id)}
                onEdit={() => setEditing(endpoint.id)}
                onRotate={() => setRotating(endpoint)}
                onDelete={() => setDeleting(endpoint)}
              />
            ),
          )
        )}
        <Text fz="xs" c="dimmed" maw={720}>
          {t('integrations.headers')}
        </Text>
      </SettingsSection>
      <AlertRulesSection />
      {/* An endpoint's signing secret, the one time the server hands it out. */}
      <SecretOnceModal
        secret={secret?.secret ?? null}
        onClose={() => setSecret(null)}
        testId="webhook-secret"
        texts={{
          title:
            secret?.kind === 'rotated'
              ? t('integrations.secret.rotatedTitle')
              : t('integrations.secret.createdTitle'),
          warning: t('integrations.secret.warning'),
          label: t('integrations.secret.label', { url: secret?.url ?? '' }),
          usage: t('integrations.secret.usage'),
          copy: t('integrations.secret.copy'),
          copied: t('integrations.secret.copied'),
          done: t('integrations.secret.done'),
        }}
        note={
          secret?.previousSecretRetiresAt ? (
            <Text fz="sm" data-testid="webhook-secret-overlap">
              {t('integrations.secret.overlap', { date: formatDateTime(secret.previousSecretRetiresAt) })}
            </Text>
          ) : null
        }
      />
      <RotateSecretModal endpoint={rotating} onClose={() => setRotating(null)} onRotated={setSecret} />
      <DeleteEndpointModal endpoint={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
