import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SettingsSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  'data-testid'?: string;
}

/** A titled card on a settings tab. */
export function SettingsSection({ title, description, children, actions, ...rest }: SettingsSectionProps) {
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} component="section" aria-label={title} {...rest}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} fz="lg">
            {title}
          </Title>
          {description ? (
            <Text fz="sm" c="dimmed" maw={720}>
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
        {actions}
      </Stack>
    </Paper>
  );
}
