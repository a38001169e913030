import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  /** On the `h1`, for tests. */
  titleTestId?: string;
}

/** The page's one `h1`; also sets the document title. */
export function PageHeader({ title, subtitle, actions, titleTestId }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Resonance`;
  }, [title]);
  return (
    <Group justify="space-between" align="flex-end" mb="xl" gap="md">
      <Stack gap={4}>
        <Title order={1} fz={26} data-testid={titleTestId}>
          {title}
        </Title>
        {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
      </Stack>
      {actions}
    </Group>
  );
}
