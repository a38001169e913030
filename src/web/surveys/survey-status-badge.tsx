import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../../shared/contracts/surveys.js';

/** Tint and text colour per status, dark enough on the tint for WCAG AA at badge size. */
const COLORS: Record<SurveyStatus, { text: string; tint: string }> = {
  draft: { text: '#343a40', tint: '#f1f3f5' },
  live: { text: '#1b5e2a', tint: '#d3f9d8' },
  archived: { text: '#6b4100', tint: '#fff3bf' },
};

/** Draft, live or archived, as a calm tinted badge. */
export function SurveyStatusBadge({
  status,
  'data-testid': testId,
}: {
  status: SurveyStatus;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const colors = COLORS[status];
  return (
    <Badge
      radius="sm"
      styles={{ root: { background: colors.tint, color: colors.text, textTransform: 'none' } }}
      data-testid={testId}
      data-status={status}
    >
      {t(`surveys.status.${status}`)}
    </Badge>
  );
}
