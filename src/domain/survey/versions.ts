import type { Question } from '../../shared/contracts/survey-model.js';
import { scaleOf } from './answers.js';

/**
 * Every edit of a live survey makes a new version, so each answer can be shown with the exact
 * wording it was given to. Most edits leave answers comparable; the few that change what a
 * number or choice means start a new comparability line, and analytics never pool across lines.
 *
 * Rules, per question id:
 * - wording, labels, translations, order (`reordered`), `required`, text length → comparable
 * - a question added → comparable (older answers simply lack it)
 * - a question removed, its type changed, its scale changed (rating length, CES scale version),
 *   or its choice set changed (added, removed, renamed ids) → not comparable
 */

export type QuestionChangeKind =
  | 'text_edited'
  | 'reordered'
  | 'settings_edited'
  | 'question_added'
  | 'question_removed'
  | 'type_changed'
  | 'scale_changed'
  | 'choices_changed';

export interface QuestionChange {
  questionId: string;
  kind: QuestionChangeKind;
  keepsComparable: boolean;
}

export interface VersionDiff {
  changes: QuestionChange[];
  /** True when answers to the older version can be pooled with answers to the newer one. */
  comparable: boolean;
}

const BREAKING: ReadonlySet<QuestionChangeKind> = new Set([
  'question_removed',
  'type_changed',
  'scale_changed',
  'choices_changed',
]);

// Key order must not matter: two equal objects read back from JSON columns may order keys differently.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function scaleKey(question: Question): string {
  if (question.type === 'text' || question.type === 'single_choice') return '';
  return `${canonical(scaleOf(question))}${question.type === 'ces' ? `v${question.scaleVersion}` : ''}`;
}

const choiceIds = (q: Question) =>
  q.type === 'single_choice'
    ? q.choices
        .map((c) => c.id)
        .sort()
        .join(',')
    : '';

function changeKind(before: Question, after: Question): QuestionChangeKind | undefined {
  if (before.type !== after.type) return 'type_changed';
  if (scaleKey(before) !== scaleKey(after)) return 'scale_changed';
  if (choiceIds(before) !== choiceIds(after)) return 'choices_changed';
  if (canonical(before) === canonical(after)) return undefined;
  const settings = (q: Question) => canonical([q.required, q.type === 'text' ? q.maxLength : null]);
  return settings(before) === settings(after) ? 'text_edited' : 'settings_edited';
}

export function diffVersions(before: readonly Question[], after: readonly Question[]): VersionDiff {
  const changes: QuestionChange[] = [];
  const afterById = new Map(after.map((q) => [q.id, q]));
  const beforeIds = new Set(before.map((q) => q.id));
  const add = (questionId: string, kind: QuestionChangeKind) =>
    changes.push({ questionId, kind, keepsComparable: !BREAKING.has(kind) });

  for (const question of before) {
    const next = afterById.get(question.id);
    const kind = next ? changeKind(question, next) : 'question_removed';
    if (kind) add(question.id, kind);
  }
  for (const question of after) if (!beforeIds.has(question.id)) add(question.id, 'question_added');
  // Order is compared among the questions both versions share, so an insertion alone is no reorder.
  const keptBefore = before.filter((q) => afterById.has(q.id)).map((q) => q.id);
  const keptAfter = after.filter((q) => beforeIds.has(q.id)).map((q) => q.id);
  keptBefore.forEach((id, index) => {
    if (keptAfter[index] !== id) add(id, 'reordered');
  });
  return { changes, comparable: changes.every((c) => c.keepsComparable) };
}

export interface SurveyVersion {
  version: number;
  /** The first version whose answers can be pooled with this one's; analytics group by it. */
  comparableSince: number;
  questions: Question[];
}

/**
 * The version an edit produces. An edit that changes nothing keeps the current version, so
 * saving twice does not split the answers' history.
 */
export function nextVersion(current: SurveyVersion, questions: Question[]): SurveyVersion {
  const diff = diffVersions(current.questions, questions);
  if (diff.changes.length === 0) return current;
  const version = current.version + 1;
  return { version, comparableSince: diff.comparable ? current.comparableSince : version, questions };
}
