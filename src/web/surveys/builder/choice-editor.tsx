import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SingleChoiceQuestion } from '../../../shared/contracts/survey-model.js';
import { addChoice, MAX_CHOICES, removeChoice, withText } from './builder-draft.js';
import type { FieldErrors } from './builder-errors.js';
import { LocalizedTextFields } from './localized-text-fields.js';

export interface ChoiceEditorProps {
  question: SingleChoiceQuestion;
  index: number;
  languages: readonly string[];
  errors: FieldErrors;
  onChange: (next: SingleChoiceQuestion, clearedKey?: string) => void;
  testId: string;
}

/** A single-choice question's choices, each in every language; at least two, at most twenty. */
export function ChoiceEditor({ question, index, languages, errors, onChange, testId }: ChoiceEditorProps) {
  const { t } = useTranslation();
  const listError = errors[`questions.${index}.choices`];
  return (
    <Stack gap="xs">
      <Text fz="sm" fw={600}>
        {t('builder.choices')}
      </Text>
      {question.choices.map((choice, j) => (
        <Group key={choice.id} align="flex-end" gap="xs" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>
            <LocalizedTextFields
              label={t('builder.choice', { n: j + 1 })}
              text={choice.label}
              languages={languages}
              path={`questions.${index}.choices.${j}.label`}
              errors={errors}
              onChange={(language, value, key) =>
                onChange(
                  {
                    ...question,
                    choices: question.choices.map((c, k) =>
                      k === j ? { ...c, label: withText(c.label, language, value) } : c,
                    ),
                  },
                  key,
                )
              }
              data-testid={`${testId}-choice${j}`}
            />
          </div>
          {question.choices.length > 2 ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mb={2}
              onClick={() => onChange(removeChoice(question, j))}
              aria-label={t('builder.removeChoice', { n: j + 1 })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {listError ? (
        <Text fz="xs" c="red.9" role="alert">
          {listError}
        </Text>
      ) : null}
      {question.choices.length < MAX_CHOICES ? (
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange(addChoice(question, languages), `questions.${index}.choices`)}
            data-testid={`${testId}-add-choice`}
          >
            {t('builder.addChoice')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
