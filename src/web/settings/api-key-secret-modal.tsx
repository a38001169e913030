import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TCreateApiKeyResponse } from '../../shared/contracts/api-keys.js';
import { AppModal } from '../components/app-modal.js';

export interface ApiKeySecretModalProps {
  created: TCreateApiKeyResponse | null;
  onClose: () => void;
}

/** Shows a new key's secret the one time the server hands it out. */
export function ApiKeySecretModal({ created, onClose }: ApiKeySecretModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={created !== null}
      onClose={onClose}
      title={t('apiKeys.secretTitle')}
      size="lg"
      closeOnClickOutside={false}
      data-testid="apikey-secret-modal"
    >
      {created ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('apiKeys.secretWarning')}
          </Alert>
          <Stack gap={6}>
            <Text fz="sm" fw={600} id="apikey-secret-label">
              {t('apiKeys.secretLabel', { name: created.name })}
            </Text>
            <Group gap="sm" wrap="nowrap" align="stretch">
              <Code
                block
                className="secret-value"
                data-testid="apikey-secret"
                aria-labelledby="apikey-secret-label"
                style={{ flex: 1, fontSize: 14 }}
              >
                {created.key}
              </Code>
              <CopyButton value={created.key} timeout={2500}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'filled'}
                    color={copied ? 'teal' : 'ink'}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                    data-testid="apikey-copy"
                    h="auto"
                  >
                    {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text fz="xs" c="dimmed">
              {t('apiKeys.usage')}
            </Text>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="apikey-secret-close">
              {t('apiKeys.done')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}
