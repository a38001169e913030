import { scaleOf } from '../domain/survey/answers.js';
import { localize } from '../domain/survey/localized-text.js';
import type {
  Question,
  ScaleQuestion,
  SingleChoiceQuestion,
  TextQuestion,
} from '../shared/contracts/survey-model.js';
import { escapeHtml } from './escape-html.js';
import { contentLanguage, pageTexts } from './page-texts.js';
import { scaleEndLabels } from './scale-labels.js';

export type FieldValue = string | number | null | undefined;

export interface FieldOptions {
  language: string;
  /** The current answer, preselected or prefilled. */
  value?: FieldValue;
  error?: string | undefined;
  /** Replaces the survey prompt (the category-specific "why?" after a score). */
  prompt?: string | undefined;
  /** Puts the prompt in the page's <h1>: the score page asks nothing else. */
  isHeading?: boolean;
  /** Shows "(required)" after the prompt of required questions. */
  markRequired?: boolean;
}

/** The form field name the routes parse: `q_<questionId>`. */
export const fieldName = (question: Question) => `q_${question.id}`;

const errorId = (question: Question) => `err-${question.id}`;

interface Parts {
  prompt: string;
  error: string;
  /** Attributes for each input: required, aria-describedby, aria-invalid. */
  attrs: string;
}

function parts(question: Question, o: FieldOptions): Parts {
  const texts = pageTexts(o.language);
  const prompt = escapeHtml(o.prompt ?? localize(question.prompt, contentLanguage(o.language)));
  const mark =
    o.markRequired && question.required ? ` <span class="req">${escapeHtml(texts.required)}</span>` : '';
  const error = o.error
    ? `<p class="error" id="${escapeHtml(errorId(question))}">${escapeHtml(o.error)}</p>`
    : '';
  let attrs = question.required ? ' required' : '';
  if (o.error) attrs += ` aria-invalid="true" aria-describedby="${escapeHtml(errorId(question))}"`;
  return {
    prompt: o.isHeading ? `<h1 class="q">${prompt}</h1>` : `<span class="q">${prompt}${mark}</span>`,
    error,
    attrs,
  };
}

const same = (value: FieldValue, option: string | number) =>
  value !== null && value !== undefined && String(value) === String(option);

function scaleField(question: ScaleQuestion, o: FieldOptions): string {
  const { prompt, error, attrs } = parts(question, o);
  const { min, max } = scaleOf(question);
  const labels = scaleEndLabels(question, o.language);
  const name = escapeHtml(fieldName(question));
  let points = '';
  for (let score = min; score <= max; score++) {
    const id = escapeHtml(`${fieldName(question)}_${score}`);
    // The end labels are shown visually under the row; screen readers hear them on the end points.
    const hint = score === min ? labels.low : score === max ? labels.high : '';
    const spoken = hint ? `<span class="vh"> – ${escapeHtml(hint)}</span>` : '';
    const checked = same(o.value, score) ? ' checked' : '';
    points += `<input type="radio" id="${id}" name="${name}" value="${score}"${checked}${attrs}><label for="${id}">${score}${spoken}</label>`;
  }
  const ends = `<div class="ends" aria-hidden="true"><span>${min} = ${escapeHtml(labels.low)}</span><span>${max} = ${escapeHtml(labels.high)}</span></div>`;
  return `<fieldset><legend>${prompt}</legend>${error}<div class="scale c${max - min + 1}">${points}</div>${ends}</fieldset>`;
}

function choiceField(question: SingleChoiceQuestion, o: FieldOptions): string {
  const { prompt, error, attrs } = parts(question, o);
  const lang = contentLanguage(o.language);
  const name = escapeHtml(fieldName(question));
  const options = question.choices
    .map((choice) => {
      const checked = same(o.value, choice.id) ? ' checked' : '';
      return `<label><input type="radio" name="${name}" value="${escapeHtml(choice.id)}"${checked}${attrs}>${escapeHtml(localize(choice.label, lang))}</label>`;
    })
    .join('');
  return `<fieldset><legend>${prompt}</legend>${error}<div class="choice">${options}</div></fieldset>`;
}

function textField(question: TextQuestion, o: FieldOptions): string {
  const { prompt, error, attrs } = parts(question, o);
  const id = escapeHtml(fieldName(question));
  const value = typeof o.value === 'string' ? escapeHtml(o.value) : '';
  // The newline after <textarea> is swallowed by the parser, so an answer that starts with one keeps it.
  return (
    `<div class="field"><label for="${id}">${prompt}</label>${error}` +
    `<textarea id="${id}" name="${id}" rows="5" maxlength="${question.maxLength}"${attrs}>\n${value}</textarea></div>`
  );
}

/** One question as form controls: radio scale, radio list or textarea. */
export function renderQuestionField(question: Question, options: FieldOptions): string {
  switch (question.type) {
    case 'text':
      return textField(question, options);
    case 'single_choice':
      return choiceField(question, options);
    default:
      return scaleField(question, options);
  }
}

/** The alert above a form whose answers came back with errors; empty when there are none. */
export function errorSummary(language: string, errors: Record<string, string> | undefined): string {
  if (!errors || Object.keys(errors).length === 0) return '';
  return `<p class="alert" role="alert">${escapeHtml(pageTexts(language).errorSummary)}</p>`;
}
