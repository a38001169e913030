import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyMetric } from '../../shared/contracts/survey-model.js';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { useCreateSurvey } from '../api/use-create-survey.js';
import { FormError } from '../components/form-error.js';
import { notifySuccess } from '../lib/notify.js';
import { blankDefinition } from './builder/blank-definition.js';
import type { NewSurveyStart } from './template-ids.js';

export interface CreateSurveyFormProps {
  start: NewSurveyStart;
  templateName: string;
  onClose: () => void;
  onCreated: (survey: TSurvey) => void;
}

const METRICS = ['nps', 'csat', 'ces', 'brand'] as const satisfies readonly SurveyMetric[];
const isMetric = (value: string): value is SurveyMetric => (METRICS as readonly string[]).includes(value);

/** The name field of a new survey (prefilled with a template's name), for a blank one its metric, and the submit. */
export function CreateSurveyForm({ start, templateName, onClose, onCreated }: CreateSurveyFormProps) {
  const { t } = useTranslation();
  const create = useCreateSurvey();
  const [name, setName] = useState(templateName);
  const [metric, setMetric] = useState<SurveyMetric>('nps');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body =
      start === 'blank'
        ? { name: name.trim(), definition: blankDefinition(metric) }
        : { name: name.trim(), template: start };
    create.mutate(body, {
      onSuccess: (survey) => {
        notifySuccess(t('surveys.create.created', { name: survey.name }));
        onCreated(survey);
      },
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {start === 'blank'
            ? t('builder.scratch.modalText')
            : t('surveys.create.text', { template: templateName })}
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
        {start === 'blank' ? (
          <Stack gap={6}>
            <Text fz="sm" fw={500} id="survey-metric-label">
              {t('builder.scratch.metric')}
            </Text>
            <SegmentedControl
              aria-labelledby="survey-metric-label"
              value={metric}
              onChange={(value) => isMetric(value) && setMetric(value)}
              data={METRICS.map((m) => ({ value: m, label: t(`surveys.metrics.${m}`) }))}
              fullWidth
              data-testid="survey-metric"
            />
          </Stack>
        ) : null}
        <FormError error={create.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('surveys.create.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={name.trim().length === 0}
            data-testid="survey-create-submit"
          >
            {t('surveys.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
