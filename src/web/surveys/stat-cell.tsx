import { Stack, Text } from '@mantine/core';

/**
 * One figure of the survey list: the value in bold with its notes (how many, the interval)
 * beneath in small print; "—" where there is no value, so a missing figure never reads as 0.
 */
export function StatCell({
  testId,
  value,
  notes,
}: {
  testId: string;
  value: string | null;
  notes: string[];
}) {
  if (value === null) {
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        —
      </Text>
    );
  }
  return (
    <Stack gap={0} data-testid={testId}>
      <Text fz="sm" fw={650} className="tabular">
        {value}
      </Text>
      {notes.map((note) => (
        <Text key={note} fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {note}
        </Text>
      ))}
    </Stack>
  );
}
