import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, SurveyDefinition } from '../../../shared/contracts/survey-model.js';
import type { TSaveSurveyDefinitionResult, TSurvey } from '../../../shared/contracts/surveys.js';
import { useSaveSurveyDefinition } from '../../api/use-save-survey-definition.js';
import { FormError } from '../../components/form-error.js';
import { orderedLanguages } from '../ordered-languages.js';
import { AddQuestionButtons } from './add-question-buttons.js';
import {
  headlineIndex,
  MAX_QUESTIONS,
  newQuestion,
  removeAt,
  replaceAt,
  toDefinition,
  type ExtraQuestionType,
} from './builder-draft.js';
import { fieldErrorsFromIssues, fieldErrorsFromServer, type FieldErrors } from './builder-errors.js';
import { QuestionEditor } from './question-editor.js';

export interface SurveyBuilderProps {
  survey: TSurvey;
  onSaved: (result: TSaveSurveyDefinitionResult) => void;
  onCancel: () => void;
}

/**
 * The contract checks the definition in the browser first, for instant feedback on the fields.
 * It is loaded on the first save only, so zod stays out of the dashboard until someone edits;
 * should the chunk fail to load, the server's own check still names the fields.
 */
async function checkDefinition(
  definition: SurveyDefinition,
): Promise<{ data: SurveyDefinition } | { errors: FieldErrors }> {
  const contract = await import('../../../shared/contracts/survey-model.js').catch(() => null);
  if (!contract) return { data: definition };
  const parsed = contract.ZSurveyDefinition.safeParse(definition);
  return parsed.success ? { data: parsed.data } : { errors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** Edits an existing survey's questions and texts per language and saves them as a new version. */
export function SurveyBuilder({ survey, onSaved, onCancel }: SurveyBuilderProps) {
  const { t } = useTranslation();
  const save = useSaveSurveyDefinition(survey.id);
  const [questions, setQuestions] = useState<Question[]>(() => structuredClone(survey.questions));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isChecking, setChecking] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const languages = orderedLanguages(survey.languages);
  const headline = headlineIndex(questions, survey.metric);
  const hasNps = questions.some((q) => q.type === 'nps');
  const shown: FieldErrors = { ...fieldErrorsFromServer(save.error), ...errors };
  // Errors no field shows (the whole list, the metric) are named above the buttons.
  const general = ['questions', 'metric', 'languages', 'trigger'].flatMap((key) =>
    shown[key] ? [shown[key]] : [],
  );
  const hasFieldErrors = Object.keys(shown).length > 0;

  function change(index: number, next: Question, clearedKey?: string) {
    setQuestions((qs) => replaceAt(qs, index, next));
    if (clearedKey && errors[clearedKey]) {
      setErrors((e) => {
        const { [clearedKey]: _cleared, ...rest } = e;
        return rest;
      });
    }
    if (save.isError) save.reset();
  }

  function add(type: ExtraQuestionType) {
    setQuestions((qs) => [...qs, newQuestion(type, qs, languages)]);
    setAdded(questions.length);
  }

  function remove(index: number) {
    setQuestions((qs) => removeAt(qs, index));
    // Paths name questions by position; after a removal the old ones would point at the wrong fields.
    setErrors({});
    setAdded(null);
    if (save.isError) save.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    const checked = await checkDefinition(toDefinition(survey, questions));
    setChecking(false);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    save.mutate(checked.data, { onSuccess: onSaved });
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="survey-builder-title"
      data-testid="survey-builder"
    >
      <Stack gap="md">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stack gap={4}>
            <Title order={2} fz="lg" id="survey-builder-title">
              {t('builder.title')}
            </Title>
            <Text fz="sm" c="dimmed" maw={760}>
              {t('builder.text')}
            </Text>
          </Stack>
        </Paper>
        {questions.map((question, index) => (
          <QuestionEditor
            key={question.id}
            question={question}
            index={index}
            languages={languages}
            errors={shown}
            isHeadline={index === headline}
            hasNps={hasNps}
            autoFocus={index === added}
            onChange={(next, key) => change(index, next, key)}
            onRemove={() => remove(index)}
          />
        ))}
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <AddQuestionButtons onAdd={add} disabled={questions.length >= MAX_QUESTIONS} />
        </Paper>
        {hasFieldErrors ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            role="alert"
            data-testid="builder-errors"
          >
            <Text fz="sm">{t('builder.errors.check')}</Text>
            {general.length > 0 ? (
              <List fz="sm" mt={4}>
                {general.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : (
          <FormError error={save.error} />
        )}
        <Group className="builder-actions" gap="sm">
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            loading={isChecking || save.isPending}
            data-testid="builder-save"
          >
            {t('builder.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={save.isPending} data-testid="builder-cancel">
            {t('builder.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
