import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question, ScaleQuestion } from '../../shared/contracts/survey-model.js';
import { followUpPrompt, npsCategory, resolveLanguage, scaleOf, validateAnswer } from './answers.js';
import { surveyFromTemplate } from './templates.js';

const prompt = { en: 'Q', de: 'F' };
const scales: ScaleQuestion[] = [
  { id: 'nps', type: 'nps', required: true, prompt },
  { id: 'csat', type: 'csat', required: true, prompt },
  { id: 'ces', type: 'ces', required: true, prompt, scaleVersion: 1 },
  { id: 'brand', type: 'brand', required: true, prompt },
  { id: 'rating', type: 'rating', required: true, prompt, max: 4 },
];
const text: Question = { id: 'why', type: 'text', required: false, prompt, maxLength: 10 };
const choice: Question = {
  id: 'pick',
  type: 'single_choice',
  required: true,
  prompt,
  choices: [
    { id: 'a', label: { en: 'A' } },
    { id: 'b', label: { en: 'B' } },
  ],
};

describe('validateAnswer on scales', () => {
  it('knows each scale', () => {
    expect(scales.map((q) => [q.type, scaleOf(q)])).toEqual([
      ['nps', { min: 0, max: 10 }],
      ['csat', { min: 1, max: 5 }],
      ['ces', { min: 1, max: 7 }],
      ['brand', { min: 1, max: 5 }],
      ['rating', { min: 1, max: 4 }],
    ]);
  });

  it.each(scales)('$type accepts every integer inside its scale', (question) => {
    const { min, max } = scaleOf(question);
    fc.assert(fc.property(fc.integer({ min, max }), (score) => validateAnswer(question, score).ok));
  });

  it.each(scales)('$type refuses every integer outside its scale, naming the scale', (question) => {
    const { min, max } = scaleOf(question);
    const outside = fc.oneof(fc.integer({ max: min - 1 }), fc.integer({ min: max + 1 }));
    fc.assert(
      fc.property(outside, (score) => {
        const check = validateAnswer(question, score);
        return (
          !check.ok &&
          check.problem === 'out_of_scale' &&
          check.reason === `${score} is outside the scale ${min}–${max}`
        );
      }),
    );
  });

  it.each(scales)('$type refuses fractions, NaN and infinities as not whole numbers', (question) => {
    const notInteger = fc.oneof(
      fc.double({ noInteger: true }),
      fc.constant(Number.NaN),
      fc.constant(Infinity),
    );
    fc.assert(fc.property(notInteger, (value) => validateAnswer(question, value).ok === false));
    expect(validateAnswer(question, 2.5)).toMatchObject({
      ok: false,
      problem: 'not_an_integer',
      reason: '2.5 is not a whole number',
    });
  });

  it.each(scales)('$type refuses strings, booleans and lists as the wrong type', (question) => {
    for (const value of ['7', true, [7], { score: 7 }])
      expect(validateAnswer(question, value)).toMatchObject({ ok: false, problem: 'wrong_type' });
    expect(validateAnswer(question, '7')).toMatchObject({ reason: 'expected a number, got text "7"' });
  });

  it('refuses a missing answer to a required question and accepts it for an optional one', () => {
    expect(validateAnswer(scales[0] as Question, undefined)).toEqual({
      ok: false,
      problem: 'missing',
      reason: 'question "nps" needs an answer',
    });
    expect(validateAnswer({ ...(scales[0] as Question), required: false }, null)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('returns the scale version with every CES answer, and only with CES', () => {
    expect(validateAnswer(scales[2] as Question, 6)).toEqual({ ok: true, value: 6, scaleVersion: 1 });
    expect(validateAnswer(scales[1] as Question, 4)).toEqual({ ok: true, value: 4 });
  });
});

describe('validateAnswer on text and choices', () => {
  it('accepts text up to the limit, counting an emoji as one character, and trims it', () => {
    expect(validateAnswer(text, '  😀😀😀😀😀😀😀😀😀😀  ')).toEqual({ ok: true, value: '😀'.repeat(10) });
  });

  it('refuses text over the limit, saying how long it was', () => {
    expect(validateAnswer(text, 'x'.repeat(11))).toEqual({
      ok: false,
      problem: 'text_too_long',
      reason: 'text has 11 characters; at most 10 are allowed',
    });
  });

  it('refuses NUL characters, which PostgreSQL cannot store', () => {
    expect(validateAnswer(text, 'a\u0000b')).toMatchObject({ ok: false, problem: 'invalid_characters' });
  });

  it('treats blank text as no answer', () => {
    expect(validateAnswer(text, '   ')).toEqual({ ok: true, value: null });
    expect(validateAnswer(text, 42)).toMatchObject({ ok: false, problem: 'wrong_type' });
  });

  it('accepts known choices and refuses unknown ones by name', () => {
    expect(validateAnswer(choice, 'b')).toEqual({ ok: true, value: 'b' });
    expect(validateAnswer(choice, 'c')).toEqual({
      ok: false,
      problem: 'unknown_choice',
      reason: '"c" is not one of a, b',
    });
    expect(validateAnswer(choice, 1)).toMatchObject({ ok: false, problem: 'wrong_type' });
  });
});

describe('npsCategory', () => {
  it('puts 0–6 with detractors, 7–8 with passives and 9–10 with promoters', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('refuses anything that is not a score', () => {
    for (const score of [-1, 11, 6.5, Number.NaN]) expect(() => npsCategory(score)).toThrow(RangeError);
  });
});

describe('followUpPrompt', () => {
  const survey = surveyFromTemplate('relationship-nps', { companyName: 'Acme' });

  it('asks promoters what went well and everyone else what to improve', () => {
    expect(followUpPrompt(survey, 9, 'en')).toBe('What did we do especially well?');
    expect(followUpPrompt(survey, 8, 'en')).toBe('What is the one thing we should improve?');
    expect(followUpPrompt(survey, 0, 'de')).toBe('Was sollten wir vor allem verbessern?');
    expect(followUpPrompt(survey, 10, 'de')).toBe('Was haben wir besonders gut gemacht?');
  });

  it('falls back to the plain prompt without a score, and to English for a missing language', () => {
    expect(followUpPrompt(survey, null, 'de')).toBe('Was ist der wichtigste Grund für Ihre Bewertung?');
    expect(followUpPrompt(survey, 9, 'fr')).toBe('What did we do especially well?');
  });

  it('uses the open question of surveys without category prompts, and nothing when there is none', () => {
    expect(followUpPrompt(surveyFromTemplate('csat-after-support', { companyName: 'Acme' }), 9, 'en')).toBe(
      'What could we have done better?',
    );
    expect(followUpPrompt({ ...survey, questions: survey.questions.slice(0, 1) }, 9, 'en')).toBeUndefined();
  });
});

describe('resolveLanguage', () => {
  const both = ['en', 'de'];

  it('uses the contact language when the survey has it, regional variants included', () => {
    expect(resolveLanguage(both, 'de', 'en')).toBe('de');
    expect(resolveLanguage(both, 'de-AT', 'en')).toBe('de');
    expect(resolveLanguage(both, 'DE_ch', 'en')).toBe('de');
  });

  it('falls back to the organization default, then English', () => {
    expect(resolveLanguage(both, 'fr', 'de')).toBe('de');
    expect(resolveLanguage(both, null, 'de-DE')).toBe('de');
    expect(resolveLanguage(both, 'fr', 'it')).toBe('en');
    expect(resolveLanguage(both, undefined, undefined)).toBe('en');
  });

  it('ignores values that are not language tags', () => {
    expect(resolveLanguage(both, 'german', 'de')).toBe('de');
    expect(resolveLanguage(both, '', '123')).toBe('en');
  });

  it('answers with a language the survey has, even without English', () => {
    expect(resolveLanguage(['fr', 'de'], 'it', 'es')).toBe('fr');
  });
});
