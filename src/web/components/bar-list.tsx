import { Box, Group, Stack, Text } from '@mantine/core';
import { formatNumber, formatPercent } from '../lib/format.js';

export interface BarListItem {
  key: string;
  label: string;
  n: number;
}

export interface BarListProps {
  items: readonly BarListItem[];
  /** What the shares are of; usually the sum of `n`. */
  total: number;
  /** The id of the heading that names the list. */
  labelledBy: string;
  'data-testid'?: string;
  /** Each row gets `data-testid="<itemTestIdPrefix><key>"`. */
  itemTestIdPrefix?: string;
}

/**
 * Counts as a list of horizontal bars: plain elements, no chart library. The numbers are text,
 * so screen readers and copy-paste get them; the bars themselves are decoration.
 */
export function BarList({ items, total, labelledBy, itemTestIdPrefix, ...rest }: BarListProps) {
  const max = Math.max(1, ...items.map((i) => i.n));
  return (
    <Stack component="ul" gap="sm" className="bar-list" aria-labelledby={labelledBy} {...rest}>
      {items.map((item) => (
        <li key={item.key} {...(itemTestIdPrefix ? { 'data-testid': `${itemTestIdPrefix}${item.key}` } : {})}>
          <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
            <Text fz="sm" fw={500}>
              {item.label}
            </Text>
            <Text fz="sm" c="dimmed" className="tabular">
              {formatNumber(item.n)} · {formatPercent(total > 0 ? item.n / total : 0)}
            </Text>
          </Group>
          <Box className="bar-track" aria-hidden>
            <Box className="bar-fill" style={{ width: `${(item.n / max) * 100}%` }} />
          </Box>
        </li>
      ))}
    </Stack>
  );
}
