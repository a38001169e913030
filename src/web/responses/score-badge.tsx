import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NpsCategory } from '../../shared/contracts/responses.js';
import { NPS_COLORS } from '../contacts/nps.js';

/** The score of one answer: NPS on its category's tint with the category named (colour is never the only cue); CSAT/CES neutral, with their scale. */
export function ScoreBadge({
  metric,
  score,
  scaleMax,
  category,
}: {
  metric: string | null;
  score: number | null;
  scaleMax?: number | null | undefined;
  category: NpsCategory | null;
}) {
  const { t } = useTranslation();
  if (score === null) {
    return (
      <Badge variant="outline" color="gray" c="dark.6" radius="sm" tt="none" data-testid="response-score">
        {t('responses.table.noScore')}
      </Badge>
    );
  }
  if (category) {
    const colors = NPS_COLORS[category];
    return (
      <Badge
        radius="sm"
        size="lg"
        styles={{
          root: {
            background: colors.tint,
            color: colors.text,
            textTransform: 'none',
            maxWidth: 'none',
            overflow: 'visible',
          },
          label: { overflow: 'visible' },
        }}
        data-category={category}
        data-testid="response-score"
        data-score={score}
      >
        {score} · {t(`responses.categories.${category}`)}
      </Badge>
    );
  }
  return (
    <Badge
      variant="light"
      color="gray"
      c="dark.7"
      radius="sm"
      size="lg"
      tt="none"
      data-testid="response-score"
      data-score={score}
    >
      {/* With its scale: "CSAT 4 / 5" and "CES 4 / 7" are different answers. */}
      {metric ? `${metric.toUpperCase()} ` : ''}
      {scaleMax == null ? score : `${score} / ${scaleMax}`}
    </Badge>
  );
}
