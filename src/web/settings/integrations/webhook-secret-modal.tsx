import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.js';
import { formatDateTime } from '../../lib/format.js';

/** A secret the server just handed out, with whose it is and, after a rotation, the overlap's end. */
export interface ShownSecret {
  kind: 'created' | 'rotated';
  url: string;
  secret: string;
  previousSecretRetiresAt: string | null;
}

/** Shows an endpoint's signing secret the one time the server hands it out (as API keys are shown). */
export function WebhookSecretModal({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={shown !== null}
      onClose={onClose}
      title={
        shown?.kind === 'rotated'
          ? t('integrations.secret.rotatedTitle')
          : t('integrations.secret.createdTitle')
      }
      size="lg"
      closeOnClickOutside={false}
      data-testid="webhook-secret-modal"
    >
      {shown ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('integrations.secret.warning')}
          </Alert>
          <Stack gap={6}>
            <Text fz="sm" fw={600} id="webhook-secret-label" className="wrap-anywhere">
              {t('integrations.secret.label', { url: shown.url })}
            </Text>
            <Group gap="sm" wrap="nowrap" align="stretch">
              <Code
                block
                className="secret-value"
                data-testid="webhook-secret"
                aria-labelledby="webhook-secret-label"
                style={{ flex: 1, fontSize: 14 }}
              >
                {shown.secret}
              </Code>
              <CopyButton value={shown.secret} timeout={2500}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'filled'}
                    color={copied ? 'teal' : 'ink'}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                    data-testid="webhook-secret-copy"
                    h="auto"
                  >
                    {copied ? t('integrations.secret.copied') : t('integrations.secret.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text fz="xs" c="dimmed">
              {t('integrations.secret.usage')}
            </Text>
            {shown.previousSecretRetiresAt ? (
              <Text fz="sm" data-testid="webhook-secret-overlap">
                {t('integrations.secret.overlap', { date: formatDateTime(shown.previousSecretRetiresAt) })}
              </Text>
            ) : null}
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="webhook-secret-close">
              {t('integrations.secret.done')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}
