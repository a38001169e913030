import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message.js';

export interface FullPageErrorProps {
  error: unknown;
  onRetry: () => void;
}

export function FullPageError({ error, onRetry }: FullPageErrorProps) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" component="main" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <IconPlugConnectedX size={40} stroke={1.5} color="var(--mantine-color-gray-6)" aria-hidden />
        <Title order={1} fz="h3">
          {t('app.loadFailed')}
        </Title>
        <Text c="dimmed">{errorMessage(error)}</Text>
        <Button onClick={onRetry} mt="sm">
          {t('app.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
