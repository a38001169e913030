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
      style={{ flex: 'none', maxWidth: 'none' }}
      tt="none"
      data-testid="case-status"
      data-status={status}
    >
      {t(`cases.status.${status}`)}
    </Badge>
  );
}
