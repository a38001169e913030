import { describe, expect, it } from 'vitest';
import { ZSurveyDefinition, type Question } from '../../../shared/contracts/survey-model.js';
import {
  addChoice,
  headlineIndex,
  newQuestion,
  nextId,
  toDefinition,
  withFollowUps,
  withLabel,
} from './builder-draft.js';

const languages = ['de', 'en'];
const nps: Question = {
  id: 'nps',
  type: 'nps',
  required: true,
  prompt: { en: 'How likely?', de: 'Wie wahrscheinlich?' },
};
const survey = { metric: 'nps' as const, languages, trigger: { kind: 'one_off' as const } };

describe('survey builder draft', () => {
  it('gives added questions and choices the first free id the contract accepts', () => {
    expect(nextId('extra', ['extra_1', 'extra_3'])).toBe('extra_2');
    const choice = newQuestion('single_choice', [nps], languages);
    expect(choice).toMatchObject({
      id: 'extra_1',
      type: 'single_choice',
      required: false,
      prompt: { de: '', en: '' },
    });
    if (choice.type !== 'single_choice') throw new Error('expected a single-choice question');
    expect(choice.choices.map((c) => c.id)).toEqual(['option_1', 'option_2']);
    expect(addChoice(choice, languages).choices.map((c) => c.id)).toEqual([
      'option_1',
      'option_2',
      'option_3',
    ]);
  });

  it('makes a definition the contract accepts once the texts are filled in', () => {
    const rating = newQuestion('rating', [nps], languages);
    const filled = { ...rating, prompt: { de: 'Wie schnell?', en: 'How fast?' } };
    expect(ZSurveyDefinition.safeParse(toDefinition(survey, [nps, filled])).success).toBe(true);
    expect(ZSurveyDefinition.safeParse(toDefinition(survey, [nps, rating])).success).toBe(false);
  });

  it('drops scale labels left empty in every language, and keeps half-filled ones for the contract to refuse', () => {
    const touched = withLabel(
      withLabel(nps as Extract<Question, { type: 'nps' }>, 'low', 'de', 'x', languages),
      'low',
      'de',
      '',
      languages,
    );
    expect(toDefinition(survey, [touched]).questions[0]).not.toHaveProperty('labels');
    const half = withLabel(nps as Extract<Question, { type: 'nps' }>, 'low', 'de', 'Gar nicht', languages);
    expect(ZSurveyDefinition.safeParse(toDefinition(survey, [half])).success).toBe(false);
  });

  it('starts per-category follow-ups from the general prompt and removes them again', () => {
    const why = {
      id: 'why',
      type: 'text' as const,
      required: false,
      maxLength: 5000,
      prompt: { de: 'Warum?', en: 'Why?' },
    };
    const on = withFollowUps(why, true);
    expect(on.promptByCategory?.detractor).toEqual({ de: 'Warum?', en: 'Why?' });
    expect(withFollowUps(on, false)).not.toHaveProperty('promptByCategory');
  });

  it('finds the question that gives the survey its score', () => {
    expect(headlineIndex([newQuestion('text', [], languages), nps], 'nps')).toBe(1);
  });
});
