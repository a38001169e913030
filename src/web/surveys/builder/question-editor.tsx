import { Badge, Button, Group, NativeSelect, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/contracts/survey-model.js';
import {
  FOLLOW_UP_CATEGORIES,
  isScaleQuestion,
  RATING_POINTS,
  withFollowUps,
  withLabel,
  withText,
} from './builder-draft.js';
import type { FieldErrors } from './builder-errors.js';
import { ChoiceEditor } from './choice-editor.js';
import { LocalizedTextFields } from './localized-text-fields.js';

export interface QuestionEditorProps {
  question: Question;
  index: number;
  languages: readonly string[];
  errors: FieldErrors;
  /** The question that gives the survey its score: it cannot be removed. */
  isHeadline: boolean;
  /** Per-category "why?" prompts only mean something next to an NPS question. */
  hasNps: boolean;
  autoFocus: boolean;
  onChange: (next: Question, clearedKey?: string) => void;
  onRemove: () => void;
}

const POINTS = Array.from({ length: RATING_POINTS.max - RATING_POINTS.min + 1 }, (_, i) =>
  String(RATING_POINTS.min + i),
);

/** One question's texts in every language, and what its type lets the author change. */
export function QuestionEditor({
  question,
  index,
  languages,
  errors,
  isHeadline,
  hasNps,
  autoFocus,
  onChange,
  onRemove,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const testId = `builder-q${index}`;
  const questionError = errors[`questions.${index}`];

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="fieldset"
      aria-labelledby={titleId}
      className="builder-question"
      data-testid={testId}
      data-type={question.type}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={600} id={titleId}>
              {t('builder.question', { n: index + 1 })}
            </Text>
            <Badge variant="light" color="gray" c="dark.6" radius="sm" tt="none">
              {t(`surveys.questionTypes.${question.type}`)}
            </Badge>
          </Group>
          {isHeadline ? (
            <Text fz="xs" c="dimmed" ta="right" maw={260}>
              {t('builder.headline')}
            </Text>
          ) : (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onRemove}
              aria-label={t('builder.removeLabel', { n: index + 1 })}
              data-testid={`${testId}-remove`}
            >
              {t('builder.remove')}
            </Button>
          )}
        </Group>
        {questionError ? (
          <Text fz="sm" c="red.9" role="alert">
            {questionError}
          </Text>
        ) : null}
        <LocalizedTextFields
          label={t('builder.prompt')}
          text={question.prompt}
          languages={languages}
          path={`questions.${index}.prompt`}
          errors={errors}
          onChange={(language, value, key) =>
            onChange({ ...question, prompt: withText(question.prompt, language, value) }, key)
          }
          multiline
          autoFocus={autoFocus}
          data-testid={`${testId}-prompt`}
        />
        {question.type === 'rating' ? (
          <NativeSelect
            label={t('builder.points')}
            value={String(question.max)}
            onChange={(e) => onChange({ ...question, max: Number(e.currentTarget.value) })}
            data={POINTS}
            w={160}
            data-testid={`${testId}-points`}
          />
        ) : null}
        {isScaleQuestion(question) ? (
          <Stack gap={6}>
            <Text fz="sm" fw={600}>
              {t('builder.scaleLabels')}
            </Text>
            {(['low', 'high'] as const).map((end) => (
              <LocalizedTextFields
                key={end}
                label={t(`builder.${end}`)}
                text={question.labels?.[end]}
                languages={languages}
                path={`questions.${index}.labels.${end}`}
                errors={errors}
                onChange={(language, value, key) =>
                  onChange(withLabel(question, end, language, value, languages), key)
                }
                data-testid={`${testId}-${end}`}
              />
            ))}
          </Stack>
        ) : null}
        {question.type === 'text' && hasNps ? (
          <Stack gap={6}>
            <Switch
              label={t('builder.followUps')}
              description={t('builder.followUpsHint')}
              checked={question.promptByCategory !== undefined}
              onChange={(e) => onChange(withFollowUps(question, e.currentTarget.checked))}
              data-testid={`${testId}-follow-ups`}
            />
            {question.promptByCategory
              ? FOLLOW_UP_CATEGORIES.map((category) => (
                  <LocalizedTextFields
                    key={category}
                    label={t(`builder.categories.${category}`)}
                    text={question.promptByCategory?.[category]}
                    languages={languages}
                    path={`questions.${index}.promptByCategory.${category}`}
                    errors={errors}
                    onChange={(language, value, key) => {
                      const byCategory = question.promptByCategory;
                      if (!byCategory) return;
                      onChange(
                        {
                          ...question,
                          promptByCategory: {
                            ...byCategory,
                            [category]: withText(byCategory[category], language, value),
                          },
                        },
                        key,
                      );
                    }}
                    multiline
                    data-testid={`${testId}-${category}`}
                  />
                ))
              : null}
          </Stack>
        ) : null}
        {question.type === 'single_choice' ? (
          <ChoiceEditor
            question={question}
            index={index}
            languages={languages}
            errors={errors}
            onChange={onChange}
            testId={testId}
          />
        ) : null}
        {isHeadline ? null : (
          <Switch
            label={t('builder.required')}
            checked={question.required}
            onChange={(e) => onChange({ ...question, required: e.currentTarget.checked })}
            data-testid={`${testId}-required`}
          />
        )}
      </Stack>
    </Paper>
  );
}
