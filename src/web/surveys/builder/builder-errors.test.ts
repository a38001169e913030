import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZSurveyDefinition } from '../../../shared/contracts/survey-model.js';
import { en } from '../../i18n/en.js';
import { toDefinition } from './builder-draft.js';
import { fieldErrorsFromIssues, fieldErrorsFromServer } from './builder-errors.js';
import { ApiError } from '../../api/http.js';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const survey = {
  metric: 'nps' as const,
  languages: ['en', 'de'],
  trigger: { kind: 'one_off' as const },
};

describe('builder field errors', () => {
  it('puts the contract’s issues on the fields they concern, in the person’s language', () => {
    const definition = toDefinition(survey, [
      { id: 'nps', type: 'nps', required: true, prompt: { en: 'How likely …?', de: '  ' } },
      {
        id: 'extra_1',
        type: 'single_choice',
        required: false,
        prompt: { en: 'Which?', de: 'Welche?' },
        choices: [{ id: 'option_1', label: { en: 'A', de: '' } }],
      },
    ]);
    const parsed = ZSurveyDefinition.safeParse(definition);
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsFromIssues(parsed.error?.issues ?? []);
    expect(errors['questions.0.prompt.de']).toBe(en.builder.errors.empty);
    expect(errors['questions.1.choices.0.label.de']).toBe(en.builder.errors.empty);
    expect(errors['questions.1.choices']).toBe(en.builder.errors.choices);
  });

  it('reads the server’s field errors under the same keys', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { field: 'body.definition.questions.1.prompt.en', message: 'must not be empty' },
    ]);
    expect(fieldErrorsFromServer(error)).toEqual({ 'questions.1.prompt.en': en.builder.errors.empty });
  });
});
