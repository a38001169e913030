import { Stack, Text } from '@mantine/core';

/** One counter of a running import. */
export function ImportStat({
  label,
  value,
  'data-testid': testId,
}: {
  label: string;
  value: string;
  'data-testid': string;
}) {
  return (
    <Stack gap={2}>
      <Text component="dt" fz="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" fz="xl" fw={650} m={0} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
