import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One titled section of the follow-up report: a landmark named by its heading. */
export function ReportSection({
  title,
  subtitle,
  testId,
  children,
}: {
  title: string;
  subtitle: string;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      mb="lg"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
    >
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id={`${id}-title`}>
            {title}
          </Title>
          <Text fz="sm" c="dimmed">
            {subtitle}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
