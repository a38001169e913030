import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

export interface PendingSectionProps {
  title: string;
  text: string;
  'data-testid'?: string;
}

/** A part of the customer page whose data arrives with a later release: said plainly, not faked. */
export function PendingSection({ title, text, 'data-testid': testId }: PendingSectionProps) {
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap={6}>
        <Title order={2} fz="md" id={id}>
          {title}
        </Title>
        <Text fz="sm" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Paper>
  );
}
