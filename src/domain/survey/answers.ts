import {
  LANGUAGE_CODE_PATTERN,
  type LanguageCode,
  type NpsCategory,
  type Question,
  type ScaleQuestion,
  type SurveyDefinition,
} from '../../shared/contracts/survey-model.js';
import { localize } from './localized-text.js';

export type AnswerValue = number | string | null;

export type AnswerProblem =
  | 'missing'
  | 'wrong_type'
  | 'not_an_integer'
  | 'out_of_scale'
  | 'unknown_choice'
  | 'text_too_long'
  | 'invalid_characters';

export type AnswerCheck =
  | { ok: true; value: AnswerValue; scaleVersion?: number }
  | { ok: false; problem: AnswerProblem; reason: string };

/** The fixed bounds of each scale; `rating` is the only one whose length the author picks. */
export function scaleOf(question: ScaleQuestion): { min: number; max: number } {
  switch (question.type) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'csat':
    case 'brand':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'rating':
      return { min: 1, max: question.max };
  }
}

const refuse = (problem: AnswerProblem, reason: string): AnswerCheck => ({ ok: false, problem, reason });

const shorten = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function describe(value: unknown): string {
  if (typeof value === 'string') return `text "${shorten(value)}"`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'number' ? String(value) : typeof value;
}

/**
 * Checks one answer against its question. Scores must be real numbers: the server parses
 * `?score=7` itself, so a string here means a client bug, and guessing would hide it.
 */
export function validateAnswer(question: Question, value: unknown): AnswerCheck {
  const isBlank = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  if (isBlank)
    return question.required
      ? refuse('missing', `question "${question.id}" needs an answer`)
      : { ok: true, value: null };

  switch (question.type) {
    case 'text': {
      if (typeof value !== 'string') return refuse('wrong_type', `expected text, got ${describe(value)}`);
      const text = value.trim();
      // PostgreSQL text columns cannot hold NUL; refusing here beats a 500 at insert time.
      if (text.includes('\u0000'))
        return refuse('invalid_characters', 'text must not contain NUL characters');
      // Code points, not UTF-16 units: an emoji counts as one character, as PostgreSQL counts it.
      const length = [...text].length;
      if (length > question.maxLength) {
        return refuse(
          'text_too_long',
          `text has ${length} characters; at most ${question.maxLength} are allowed`,
        );
      }
      return { ok: true, value: text };
    }
    case 'single_choice': {
      if (typeof value !== 'string')
        return refuse('wrong_type', `expected a choice id, got ${describe(value)}`);
      if (!question.choices.some((choice) => choice.id === value)) {
        return refuse(
          'unknown_choice',
          `"${shorten(value)}" is not one of ${question.choices.map((c) => c.id).join(', ')}`,
        );
      }
      return { ok: true, value };
    }
    default: {
      if (typeof value !== 'number') return refuse('wrong_type', `expected a number, got ${describe(value)}`);
      if (!Number.isInteger(value))
        return refuse('not_an_integer', `${describe(value)} is not a whole number`);
      const { min, max } = scaleOf(question);
      if (value < min || value > max)
        return refuse('out_of_scale', `${value} is outside the scale ${min}–${max}`);
      return question.type === 'ces'
        ? { ok: true, value, scaleVersion: question.scaleVersion }
        : { ok: true, value };
    }
  }
}

/** Promoters 9–10, passives 7–8, detractors 0–6 (the source). */
export function npsCategory(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10)
    throw new RangeError(`${score} is not an NPS score (0–10)`);
  if (score >= 9) return 'promoter';
  return score >= 7 ? 'passive' : 'detractor';
}

/**
 * The "why?" text to show after the score: worded for the respondent's NPS category when the
 * survey's open question has category prompts and a score is known, its plain prompt otherwise.
 * Undefined when the survey asks no open question.
 */
export function followUpPrompt(
  survey: SurveyDefinition,
  npsScore: number | null,
  language: LanguageCode,
): string | undefined {
  const open =
    survey.questions.find((q) => q.type === 'text' && q.promptByCategory) ??
    survey.questions.find((q) => q.type === 'text');
  if (!open || open.type !== 'text') return undefined;
  if (npsScore === null || !open.promptByCategory) return localize(open.prompt, language);
  return localize(open.promptByCategory[npsCategory(npsScore)], language);
}

/** `de-AT`, `DE_at`, ` de ` → `de`; anything that is not a language tag → undefined. */
export function primaryLanguage(tag: string | null | undefined): LanguageCode | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary !== undefined && LANGUAGE_CODE_PATTERN.test(primary) ? primary : undefined;
}

/**
 * The language to ask a respondent in: theirs if the survey has it, else the organization's
 * default, else English. Should a survey lack English, its first language stands in, so the
 * result is always one the survey can show.
 */
export function resolveLanguage(
  available: readonly LanguageCode[],
  contactLanguage: string | null | undefined,
  orgDefault: string | null | undefined,
): LanguageCode {
  for (const candidate of [primaryLanguage(contactLanguage), primaryLanguage(orgDefault), 'en']) {
    if (candidate !== undefined && available.includes(candidate)) return candidate;
  }
  return available[0] ?? 'en';
}
