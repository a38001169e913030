import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, type Icon } from '@tabler/icons-react';
import { AppLink } from '../router/app-link.js';

export interface GettingStartedCardProps {
  icon: Icon;
  title: string;
  text: string;
  action: string;
  to: string;
  testId: string;
}

export function GettingStartedCard({
  icon: StepIcon,
  title,
  text,
  action,
  to,
  testId,
}: GettingStartedCardProps) {
  return (
    <Paper withBorder p="lg">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="md" variant="light">
          <StepIcon size={20} stroke={1.6} aria-hidden />
        </ThemeIcon>
        <Stack gap={4}>
          <Text fw={600}>{title}</Text>
          <Text fz="sm" c="dimmed">
            {text}
          </Text>
          <AppLink to={to} fz="sm" fw={600} mt={4} data-testid={testId}>
            <Group gap={4} component="span" wrap="nowrap">
              {action}
              <IconArrowRight size={14} aria-hidden />
            </Group>
          </AppLink>
        </Stack>
      </Group>
    </Paper>
  );
}
