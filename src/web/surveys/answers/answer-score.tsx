import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyMetric } from '../../../shared/contracts/survey-model.js';
import { NpsBadge } from '../../contacts/nps-badge.js';

/** A literal copy of the contract's metrics, so the zod runtime stays out of the bundle. */
const METRICS = ['nps', 'csat', 'ces', 'brand'] as const satisfies readonly SurveyMetric[];
const isMetric = (value: string | null): value is SurveyMetric =>
  value !== null && (METRICS as readonly string[]).includes(value);

/** An NPS score with its category's colour; other metrics' scores as a calm neutral badge. */
export function AnswerScore({ metric, score }: { metric: string | null; score: number | null }) {
  const { t } = useTranslation();
  if (score === null) {
    return (
      <Badge variant="light" color="gray" c="dark.6" radius="sm" tt="none">
        {t('sending.answers.noScore')}
      </Badge>
    );
  }
  if (metric === 'nps') return <NpsBadge score={score} size="md" />;
  const label = t('sending.answers.score', { score });
  return (
    <Badge variant="light" radius="sm" tt="none" className="tabular">
      {isMetric(metric) ? `${t(`surveys.metrics.${metric}`)} · ${label}` : label}
    </Badge>
  );
}
