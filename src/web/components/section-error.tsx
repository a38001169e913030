import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message.js';

export interface SectionErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** A part of a page that failed to load, with a way to try again. */
export function SectionError({ error, onRetry }: SectionErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} aria-hidden />}
      title={t('app.loadFailed')}
      role="alert"
    >
      <Group justify="space-between" gap="sm">
        <Text fz="sm">{errorMessage(error)}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
