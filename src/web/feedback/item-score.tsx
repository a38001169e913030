import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFeedbackItem } from '../../shared/contracts/feedback.js';
import { npsCategory } from '../contacts/nps.js';
import { ScoreBadge } from '../responses/score-badge.js';

/**
 * An item's score as the drill-down shows answers (NPS with its category, CSAT and CES named);
 * a source's own stars on their own scale, "4 of 5", never mistaken for a survey metric.
 */
export function ItemScore({ item }: { item: Pick<TFeedbackItem, 'metric' | 'score' | 'scaleMax'> }) {
  const { t } = useTranslation();
  if (item.score !== null && item.metric === 'rating') {
    return (
      <Badge
        variant="light"
        color="gray"
        c="dark.7"
        radius="sm"
        size="lg"
        tt="none"
        data-testid="feedback-score"
        data-score={item.score}
      >
        {t('feedback.score.value', {
          score: item.score,
          max: item.scaleMax ?? '?',
        })}
      </Badge>
    );
  }
  if (item.score === null && item.metric === null) return null;
  const category =
    item.metric === 'nps' && item.score !== null && item.score >= 0 && item.score <= 10
      ? npsCategory(item.score)
      : null;
  return <ScoreBadge metric={item.metric} score={item.score} scaleMax={item.scaleMax} category={category} />;
}
