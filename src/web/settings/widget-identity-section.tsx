import { Alert, Button, Code, Group, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useRotateWidgetSecret,
  useUpdateWidgetIdentity,
  useWidgetIdentity,
} from '../api/use-widget-identity.js';
import { AppModal } from '../components/app-modal.js';
import { CopyTextButton } from '../components/copy-text-button.js';
import { QueryFallback } from '../components/query-fallback.js';
import { formatDate } from '../lib/format.js';
import { notifySuccess } from '../lib/notify.js';
import { SettingsSection } from './settings-section.js';

/**
 * Settings → Sending → Widget identity verification: the secret the host site's server signs
 * visitors' external ids with (made here, shown once, rotatable) and whether identified
 * visitors must carry that signature. Owners and admins only: the secret is a credential.
 */
export function WidgetIdentitySection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const state = useWidgetIdentity(canManage);
  const update = useUpdateWidgetIdentity();
  const rotate = useRotateWidgetSecret();
  const [secret, setSecret] = useState<string | null>(null);
  const title = t('sendingSettings.widgetIdentity.title');
  const description = t('sendingSettings.widgetIdentity.text');

  if (!canManage) {
    return (
      <SettingsSection title={title} description={description} data-testid="widget-identity">
        <Text fz="sm">{t('sendingSettings.widgetIdentity.adminsOnly')}</Text>
      </SettingsSection>
    );
  }
  if (!state.isSuccess) return <QueryFallback query={state} />;
  const s = state.data;

  return (
    <SettingsSection title={title} description={description} data-testid="widget-identity">
      <Stack gap="md">
        <Group gap="sm" wrap="wrap" justify="space-between">
          <Text fz="sm" data-testid="widget-secret-status">
            {s.hasSecret && s.secretCreatedAt
              ? t('sendingSettings.widgetIdentity.secretSince', { date: formatDate(s.secretCreatedAt) })
              : t('sendingSettings.widgetIdentity.noSecret')}
          </Text>
          <Button
            variant={s.hasSecret ? 'default' : 'filled'}
            loading={rotate.isPending}
            onClick={() => rotate.mutate(undefined, { onSuccess: (made) => setSecret(made.secret) })}
            data-testid="widget-secret-generate"
          >
            {s.hasSecret
              ? t('sendingSettings.widgetIdentity.rotate')
              : t('sendingSettings.widgetIdentity.generate')}
          </Button>
        </Group>
        {s.hasSecret ? (
          <Text fz="xs" c="dimmed">
            {t('sendingSettings.widgetIdentity.rotateHint')}
          </Text>
        ) : null}
        <Switch
          checked={s.isVerificationRequired}
          disabled={update.isPending}
          onChange={(e) =>
            update.mutate(
              { isVerificationRequired: e.currentTarget.checked },
              {
                onSuccess: (next) =>
                  notifySuccess(
                    next.isVerificationRequired
                      ? t('sendingSettings.widgetIdentity.requiredOn')
                      : t('sendingSettings.widgetIdentity.requiredOff'),
                  ),
              },
            )
          }
          label={t('sendingSettings.widgetIdentity.required')}
          description={t('sendingSettings.widgetIdentity.requiredHint')}
          data-testid="widget-verification-required"
        />
        {s.isVerificationRequired ? null : (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            data-testid="widget-verification-off"
          >
            {t('sendingSettings.widgetIdentity.offWarning')}
          </Alert>
        )}
      </Stack>
      <AppModal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('sendingSettings.widgetIdentity.secretTitle')}
        size="lg"
        closeOnClickOutside={false}
        data-testid="widget-secret-modal"
      >
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconShieldCheck size={18} aria-hidden />}>
            {t('sendingSettings.widgetIdentity.secretWarning')}
          </Alert>
          <Group gap="sm" wrap="nowrap" align="center">
            <Code
              block
              className="secret-value"
              data-testid="widget-secret"
              style={{ flex: 1, fontSize: 14, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
            >
              {secret}
            </Code>
            <CopyTextButton value={secret ?? ''} label={t('sendingSettings.widgetIdentity.copySecret')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setSecret(null)} data-testid="widget-secret-close">
              {t('sendingSettings.widgetIdentity.done')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </SettingsSection>
  );
}
