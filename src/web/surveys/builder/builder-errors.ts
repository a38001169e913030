import i18next from 'i18next';
import { ApiError } from '../../api/http.js';

/** Field path ("questions.2.prompt.de") → the message to show there. */
export type FieldErrors = Record<string, string>;

export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

/**
 * The contract's issue in the person's language where we know its meaning: an empty text, one
 * that is too long, too few choices, a question missing a language. Others keep the contract's
 * own (English) message, which names the problem precisely.
 */
function issueMessage(issue: IssueLike): string {
  const last = issue.path[issue.path.length - 1];
  if (last === 'choices') return i18next.t('builder.errors.choices');
  if (issue.code === 'too_small') return i18next.t('builder.errors.empty');
  if (issue.code === 'too_big') return i18next.t('builder.errors.tooLong');
  if (issue.code === 'custom' && issue.path[0] === 'questions' && issue.path.length === 2)
    return i18next.t('builder.errors.missingLanguage');
  return issue.message;
}

/** The first issue per field, keyed by its path within the definition. */
export function fieldErrorsFromIssues(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= issueMessage(issue);
  }
  return out;
}

/** The server's refusal of a definition (`body.definition.questions.0.prompt.de`), keyed like the client's. */
export function fieldErrorsFromServer(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    const key = field.replace(/^definition\.?/, '');
    const translated = /must not be empty/.test(message)
      ? i18next.t('builder.errors.empty')
      : /has no text in/.test(message)
        ? i18next.t('builder.errors.missingLanguage')
        : message;
    out[key] ??= translated;
  }
  return out;
}
