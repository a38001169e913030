import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AppModal } from './app-modal.js';

/** The words around a secret; each caller keeps them in its own texts. */
export interface SecretOnceTexts {
  title: string;
  /** Why to copy it now: it is not shown again. */
  warning: string;
  /** Whose secret it is. */
  label: string;
  /** What to do with it. */
  usage: string;
  copy: string;
  copied: string;
  /** The closing button, which confirms it was stored. */
  done: string;
}

export interface SecretOnceModalProps {
  /** The secret, or null while nothing is shown. */
  secret: string | null;
  onClose: () => void;
  texts: SecretOnceTexts;
  /** A line below the usage (a rotation's overlap). */
  note?: ReactNode;
  /** Prefix of the test ids: `<id>-modal`, `<id>` (the value), `<id>-copy`, `<id>-close`. */
  testId: string;
}

/**
 * A secret the server hands out exactly once (an API key, a webhook signing secret): a warning,
 * the value with a copy button, and a close button that says it was stored. A click beside the
 * dialog does not close it, so the secret is not lost by accident.
 */
export function SecretOnceModal({ secret, onClose, texts, note, testId }: SecretOnceModalProps) {
  const labelId = `${testId}-label`;
  return (
    <AppModal
      opened={secret !== null}
      onClose={onClose}
      title={texts.title}
      size="lg"
      closeOnClickOutside={false}
      data-testid={`${testId}-modal`}
    >
      {secret !== null ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {texts.warning}
          </Alert>
          <Stack gap={6}>
            <Text fz="sm" fw={600} id={labelId} className="wrap-anywhere">
              {texts.label}
            </Text>
            <Group gap="sm" wrap="nowrap" align="stretch">
              <Code
                block
                className="secret-value"
                data-testid={testId}
                aria-labelledby={labelId}
                style={{ flex: 1, fontSize: 14 }}
              >
                {secret}
              </Code>
              <CopyButton value={secret} timeout={2500}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'filled'}
                    color={copied ? 'teal' : 'ink'}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                    data-testid={`${testId}-copy`}
                    h="auto"
                  >
                    {copied ? texts.copied : texts.copy}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text fz="xs" c="dimmed">
              {texts.usage}
            </Text>
            {note}
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid={`${testId}-close`}>
              {texts.done}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}
