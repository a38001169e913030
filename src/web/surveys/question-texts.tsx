import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, NpsCategory, Question } from '../../shared/contracts/survey-model.js';

/** Literal copy of the contract's categories, so the zod runtime stays out of the bundle. */
const NPS_CATEGORIES = ['promoter', 'passive', 'detractor'] as const satisfies readonly NpsCategory[];

/** A question's texts in one language, as plain text: prompt, scale ends, follow-ups and choices. */
export function QuestionTexts({ question, language }: { question: Question; language: string }) {
  const { t } = useTranslation();
  const text = (value: LocalizedText): string => value[language] ?? '';
  return (
    <Stack gap={4}>
      <Text fz="sm" fw={500} lang={language}>
        {text(question.prompt)}
      </Text>
      {'labels' in question && question.labels ? (
        <Text fz="xs" c="dimmed">
          {t('surveys.detail.scale', { low: text(question.labels.low), high: text(question.labels.high) })}
        </Text>
      ) : null}
      {question.type === 'text' && question.promptByCategory ? (
        <Stack gap={2}>
          {NPS_CATEGORIES.map((category) => (
            <Text key={category} fz="xs" c="dimmed">
              {t(`surveys.detail.followUp.${category}`, {
                text: text(question.promptByCategory?.[category] ?? question.prompt),
              })}
            </Text>
          ))}
        </Stack>
      ) : null}
      {question.type === 'single_choice' ? (
        <Text fz="xs" c="dimmed">
          {t('surveys.detail.choices', { choices: question.choices.map((c) => text(c.label)).join(' · ') })}
        </Text>
      ) : null}
    </Stack>
  );
}
