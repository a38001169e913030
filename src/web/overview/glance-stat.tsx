import { Box, Text } from '@mantine/core';

export interface GlanceStatProps {
  label: string;
  value: string;
  caption?: string | undefined;
  'data-testid'?: string;
}

/** One figure of the workspace glance; lives in a `<dl>`. */
export function GlanceStat({ label, value, caption, ...rest }: GlanceStatProps) {
  return (
    <Box {...rest}>
      <Text component="dt" fz="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fz={28} fw={650} lh={1.25} className="tabular">
        {value}
      </Text>
      {caption ? (
        <Text component="dd" m={0} fz="xs" c="dimmed">
          {caption}
        </Text>
      ) : null}
    </Box>
  );
}
