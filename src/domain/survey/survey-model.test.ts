import { describe, expect, it } from 'vitest';
import {
  ZLanguageCode,
  ZQuestion,
  ZSurveyDefinition,
  type SurveyDefinition,
} from '../../shared/contracts/survey-model.js';
import { surveyFromTemplate } from './templates.js';

// The contract lives in shared; its rules are tested here with the domain that relies on them.
const valid = surveyFromTemplate('relationship-nps', { companyName: 'Acme' });
const messages = (survey: SurveyDefinition) =>
  ZSurveyDefinition.safeParse(survey).error?.issues.map((i) => i.message) ?? [];

describe('survey model schema', () => {
  it('refuses a language the texts do not cover', () => {
    expect(messages({ ...valid, languages: ['en', 'de', 'fr'] })).toContain(
      'question "nps" has no text in fr',
    );
  });

  it('refuses duplicate question ids and a survey without its headline question', () => {
    expect(messages({ ...valid, questions: [valid.questions[0]!, valid.questions[0]!] })).toContain(
      'question ids must be unique',
    );
    expect(messages({ ...valid, metric: 'ces' })).toContain('no question of type "ces"');
  });

  it('accepts ISO 639-1 codes only', () => {
    expect(['en', 'de', 'fr'].every((c) => ZLanguageCode.safeParse(c).success)).toBe(true);
    expect(['EN', 'de-AT', 'deu', ''].some((c) => ZLanguageCode.safeParse(c).success)).toBe(false);
  });

  it('refuses unsafe question shapes', () => {
    const prompt = { en: 'Q' };
    expect(ZQuestion.safeParse({ id: 'r', type: 'rating', required: true, prompt, max: 11 }).success).toBe(
      false,
    );
    expect(
      ZQuestion.safeParse({ id: 't', type: 'text', required: true, prompt, maxLength: 10_001 }).success,
    ).toBe(false);
    expect(ZQuestion.safeParse({ id: 'c', type: 'ces', required: true, prompt }).success).toBe(false);
    expect(ZQuestion.safeParse({ id: 'n', type: 'nps', required: true, prompt: {} }).success).toBe(false);
    const choices = [
      { id: 'a', label: prompt },
      { id: 'a', label: prompt },
    ];
    expect(
      ZQuestion.safeParse({ id: 's', type: 'single_choice', required: true, prompt, choices }).success,
    ).toBe(false);
  });
});
