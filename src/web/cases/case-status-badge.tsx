import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseStatus } from '../../shared/contracts/cases.js';

/** Light tints with their darkest text shade, which keeps AA contrast on the tint. */
const COLORS: Record<TCaseStatus, string> = {
  new: 'ink',
  open: 'blue',
  waiting: 'yellow',
  resolved: 'teal',
  closed: 'gray',
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
      color={color}
      c={`${color}.9`}
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
