import type { Question } from '../../../shared/contracts/survey-model.js';
import type { ErrorDetail } from '../../../shared/errors.js';

export type FormBody = Record<string, string>;

/**
 * Reads `q_<questionId>` fields of a posted form into answers: numbers for scale questions
 * (left as text when they are not digits, so the answer check names the problem), text as
 * given, empty fields left out. Fields of unknown questions are kept and refused by the check.
 */
export function answersFromForm(form: FormBody, questions: readonly Question[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(form)) {
    if (!name.startsWith('q_')) continue;
    const id = name.slice(2);
    const question = questions.find((q) => q.id === id);
    if (raw.trim() === '') continue;
    const isScale = question !== undefined && question.type !== 'text' && question.type !== 'single_choice';
    answers[id] = isScale && /^-?\d{1,6}$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  }
  return answers;
}

export function hiddenFieldsFrom(source: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    const key = name.slice(3);
    // Bounded: hidden fields tag an answer (plan=pro, store=berlin); they are not a data channel.
    if (
      name.startsWith('hf_') &&
      /^[A-Za-z0-9_-]{1,40}$/.test(key) &&
      typeof value === 'string' &&
      Object.keys(fields).length < 20
    )
      fields[key] = value.slice(0, 200);
  }
  return fields;
}

/** `answers.nps: …` details → `{ nps: … }` for the pages' field errors. */
export function fieldErrors(details: readonly ErrorDetail[] | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const d of details ?? [])
    if (d.field?.startsWith('answers.')) errors[d.field.slice('answers.'.length)] = d.message;
  return errors;
}

/** The posted `q_<id>` fields as given, by question id: what the page shows again next to its errors. */
export function postedValues(form: FormBody): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form)
      .filter(([k]) => k.startsWith('q_'))
      .map(([k, v]) => [k.slice(2), v]),
  );
}
