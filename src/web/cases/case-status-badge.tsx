import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseStatus } from '../../shared/contracts/cases.js';

/**
 * Light tints with a text colour dark enough for AA on the tint (Mantine's yellow.9 and teal.9
 * are not, on their own light background).
 */
const COLORS: Record<TCaseStatus, { tint: string; text: string }> = {
  new: { tint: 'ink', text: 'ink.9' },
  open: { tint: 'blue', text: 'blue.9' },
  waiting: { tint: 'yellow', text: '#6b4a00' },
  resolved: { tint: 'teal', text: '#05603f' },
  closed: { tint: 'gray', text: 'dark.6' },
};

/** The whole word even in a narrow table column: Mantine's badge label otherwise ends in an ellipsis. */
export const WHOLE = {
  root: { flex: 'none', maxWidth: 'none', overflow: 'visible' },
  label: { overflow: 'visible' },
} as const;

/** A case's status in words; the colour only repeats it. */
export function CaseStatusBadge({ status }: { status: TCaseStatus }) {
  const { t } = useTranslation();
  const color = COLORS[status];
  return (
    <Badge
      variant="light"
      color={color.tint}
      c={color.text}
      radius="sm"
      styles={WHOLE}
      tt="none"
      data-testid="case-status"
      data-status={status}
    >
      {t(`cases.status.${status}`)}
    </Badge>
  );
}
