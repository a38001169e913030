import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId } from '../../shared/contracts/survey-model.js';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { useCreateSurvey } from '../api/use-create-survey.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';

export interface CreateSurveyFormProps {
  templateId: TemplateId;
  templateName: string;
  onClose: () => void;
  onCreated: (survey: TSurvey) => void;
}

/** The name field of a new survey, prefilled with the template's name, and its submit. */
export function CreateSurveyForm({ templateId, templateName, onClose, onCreated }: CreateSurveyFormProps) {
  const { t } = useTranslation();
  const create = useCreateSurvey();
  const [name, setName] = useState(templateName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), template: templateId },
      {
        onSuccess: (survey) => {
          notifySuccess(t('surveys.create.created', { name: survey.name }));
          onCreated(survey);
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('surveys.create.text', { template: templateName })}
        </Text>
        <TextInput
          label={t('surveys.create.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={120}
          data-autofocus
          data-testid="survey-name"
        />
        <FormError error={create.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('surveys.create.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={name.trim().length === 0} data-testid="survey-create-submit">
            {t('surveys.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
