import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCasePriority } from '../../shared/contracts/cases.js';
import { WHOLE } from './case-status-badge.js';

/** Urgent stands out filled; the others stay quiet, so the eye goes to what needs it. */
export function CasePriorityBadge({ priority }: { priority: TCasePriority }) {
  const { t } = useTranslation();
  const style =
    priority === 'urgent'
      ? ({ variant: 'filled', color: 'red.9' } as const)
      : priority === 'high'
        ? ({ variant: 'light', color: 'orange', c: '#8a3300' } as const)
        : priority === 'normal'
          ? ({ variant: 'light', color: 'gray', c: 'dark.6' } as const)
          : ({ variant: 'outline', color: 'gray', c: 'dark.5' } as const);
  return (
    <Badge
      {...style}
      radius="sm"
      tt="none"
      styles={WHOLE}
      data-testid="case-priority"
      data-priority={priority}
    >
      {t(`cases.priority.${priority}`)}
    </Badge>
  );
}
