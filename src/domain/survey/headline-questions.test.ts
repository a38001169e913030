import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../shared/contracts/survey-model.js';
import { headlineQuestions } from './headline-questions.js';
import { surveyFromTemplate } from './templates.js';

const prompt = { en: 'Q', de: 'F' };
const category = { promoter: prompt, passive: prompt, detractor: prompt };

describe('headlineQuestions', () => {
  it('finds the question of the survey metric and the templates’ “why?”', () => {
    const survey = surveyFromTemplate('relationship-nps', { companyName: 'Acme' });
    const { primary, why } = headlineQuestions(survey);
    expect(primary?.type).toBe('nps');
    expect(why?.type).toBe('text');
  });

  it('prefers the text question worded per category over an earlier plain one', () => {
    const survey: SurveyDefinition = {
      metric: 'csat',
      languages: ['en'],
      trigger: { kind: 'one_off' },
      questions: [
        { id: 'extra', type: 'rating', required: false, prompt, max: 4 },
        { id: 'notes', type: 'text', required: false, prompt, maxLength: 100 },
        { id: 'score', type: 'csat', required: true, prompt },
        { id: 'why', type: 'text', required: false, prompt, maxLength: 100, promptByCategory: category },
      ],
    };
    const { primary, why } = headlineQuestions(survey);
    expect(primary?.id).toBe('score');
    expect(why?.id).toBe('why');
  });

  it('takes the first text question when none is worded per category, and none when there is no text question', () => {
    const base: SurveyDefinition = {
      metric: 'nps',
      languages: ['en'],
      trigger: { kind: 'one_off' },
      questions: [{ id: 'nps', type: 'nps', required: true, prompt }],
    };
    expect(headlineQuestions(base).why).toBeUndefined();
    const withText: SurveyDefinition = {
      ...base,
      questions: [
        ...base.questions,
        { id: 'a', type: 'text', required: false, prompt, maxLength: 10 },
        { id: 'b', type: 'text', required: false, prompt, maxLength: 10 },
      ],
    };
    expect(headlineQuestions(withText).why?.id).toBe('a');
  });
});
