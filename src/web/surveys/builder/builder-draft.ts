import type {
  LocalizedText,
  NpsCategory,
  Question,
  ScaleQuestion,
  SingleChoiceQuestion,
  SurveyDefinition,
  TextQuestion,
} from '../../../shared/contracts/survey-model.js';
import type { TSurvey } from '../../../shared/contracts/surveys.js';

/**
 * The survey builder's state is the contract's own question list, edited immutably; texts may
 * be empty while editing and the contract (loaded lazily on save) says what is missing. Pure
 * functions, so the rules are tested without a browser.
 */

/** Extra question types an author may add; the scale types come with the templates. */
export const EXTRA_QUESTION_TYPES = ['single_choice', 'rating', 'text'] as const;
export type ExtraQuestionType = (typeof EXTRA_QUESTION_TYPES)[number];

/** Literal copies of the contract's limits, so the zod runtime stays out of the bundle. */
export const DEFAULT_RATING_POINTS = 5;
export const RATING_POINTS = { min: 2, max: 10 } as const;
const TEXT_ANSWER_LENGTH = 5000;
const MIN_CHOICES = 2;
export const MAX_CHOICES = 20;
export const MAX_QUESTIONS = 20;

export const FOLLOW_UP_CATEGORIES = [
  'promoter',
  'passive',
  'detractor',
] as const satisfies readonly NpsCategory[];

export function emptyText(languages: readonly string[]): LocalizedText {
  return Object.fromEntries(languages.map((language) => [language, '']));
}

export function withText(text: LocalizedText, language: string, value: string): LocalizedText {
  return { ...text, [language]: value };
}

function isBlank(text: LocalizedText): boolean {
  return Object.values(text).every((value) => value.trim().length === 0);
}

/** The first id `<prefix>_<n>` not taken yet; both ids and the pattern are the contract's. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const id = `${prefix}_${n}`;
    if (!used.has(id)) return id;
  }
}

export function newQuestion(
  type: ExtraQuestionType,
  questions: readonly Question[],
  languages: readonly string[],
): Question {
  const id = nextId(
    'extra',
    questions.map((q) => q.id),
  );
  const base = { id, prompt: emptyText(languages), required: false };
  switch (type) {
    case 'single_choice':
      return {
        ...base,
        type,
        choices: Array.from({ length: MIN_CHOICES }, (_, i) => ({
          id: `option_${i + 1}`,
          label: emptyText(languages),
        })),
      };
    case 'rating':
      return { ...base, type, max: DEFAULT_RATING_POINTS };
    case 'text':
      return { ...base, type, maxLength: TEXT_ANSWER_LENGTH };
  }
}

export function replaceAt(questions: readonly Question[], index: number, next: Question): Question[] {
  return questions.map((q, i) => (i === index ? next : q));
}

export function removeAt(questions: readonly Question[], index: number): Question[] {
  return questions.filter((_, i) => i !== index);
}

/**
 * The question that produces the survey's score (the first of the metric's type). It cannot be
 * removed: the contract refuses a survey that no longer asks its own metric.
 */
export function headlineIndex(questions: readonly Question[], metric: string): number {
  return questions.findIndex((q) => q.type === metric);
}

export function addChoice(
  question: SingleChoiceQuestion,
  languages: readonly string[],
): SingleChoiceQuestion {
  const id = nextId(
    'option',
    question.choices.map((c) => c.id),
  );
  return { ...question, choices: [...question.choices, { id, label: emptyText(languages) }] };
}

export function removeChoice(question: SingleChoiceQuestion, index: number): SingleChoiceQuestion {
  return { ...question, choices: question.choices.filter((_, i) => i !== index) };
}

export function isScaleQuestion(question: Question): question is ScaleQuestion {
  return question.type !== 'text' && question.type !== 'single_choice';
}

/** Scale labels edited from nothing start as empty texts in every language. */
export function withLabel(
  question: ScaleQuestion,
  end: 'low' | 'high',
  language: string,
  value: string,
  languages: readonly string[],
): ScaleQuestion {
  const labels = question.labels ?? { low: emptyText(languages), high: emptyText(languages) };
  return { ...question, labels: { ...labels, [end]: withText(labels[end], language, value) } };
}

/** Turns the per-category "why?" prompts on (starting from the general prompt) or off. */
export function withFollowUps(question: TextQuestion, isOn: boolean): TextQuestion {
  if (!isOn) {
    const { promptByCategory: _dropped, ...rest } = question;
    return rest;
  }
  return {
    ...question,
    promptByCategory: {
      promoter: { ...question.prompt },
      passive: { ...question.prompt },
      detractor: { ...question.prompt },
    },
  };
}

/** Scale labels left empty in every language are dropped rather than sent as empty texts. */
function cleanQuestion(question: Question): Question {
  if (
    isScaleQuestion(question) &&
    question.labels &&
    isBlank(question.labels.low) &&
    isBlank(question.labels.high)
  ) {
    const { labels: _dropped, ...rest } = question;
    return rest;
  }
  return question;
}

/** What the PUT sends: the survey's metric, languages and trigger with the edited questions. */
export function toDefinition(
  survey: Pick<TSurvey, 'metric' | 'languages' | 'trigger'>,
  questions: readonly Question[],
): SurveyDefinition {
  return {
    metric: survey.metric,
    languages: [...survey.languages],
    questions: questions.map(cleanQuestion),
    trigger: survey.trigger,
  };
}
