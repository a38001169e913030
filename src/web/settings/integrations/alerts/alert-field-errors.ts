import i18next from 'i18next';
import type { AlertRuleDraft } from './alert-rule-draft.js';

/** The form's fields a server message can belong to. */
export type AlertField =
  | 'name'
  | 'eventTypes'
  | 'bands'
  | 'hasComment'
  | 'segments'
  | 'channels'
  | 'surveyIds'
  | 'language'
  | 'targetKind'
  | 'url'
  | 'emails'
  | 'endpointId';

const CONDITIONS: Record<string, AlertField> = {
  bands: 'bands',
  hasComment: 'hasComment',
  segments: 'segments',
  channels: 'channels',
  surveyIds: 'surveyIds',
};
const TARGETS: Record<string, AlertField> = { url: 'url', emails: 'emails', endpointId: 'endpointId' };

/**
 * Which form field a server detail names: `body.conditions.segments.3` is the segments input,
 * `body.target.emails.1` the address list, `body.target` (the kind itself) the kind's choice.
 */
export function alertFieldOf(path: string): AlertField | null {
  const [head, second] = path.replace(/^body\./, '').split('.');
  if (head === 'name' || head === 'language') return head;
  if (head === 'eventTypes') return 'eventTypes';
  if (head === 'conditions' && second !== undefined) return CONDITIONS[second] ?? null;
  if (head === 'target')
    return second === undefined || second === 'kind' ? 'targetKind' : (TARGETS[second] ?? null);
  return null;
}

/** The index of a list entry a path names (`…emails.2` → 2), else null. */
function entryIndex(path: string): number | null {
  const last = /\.(\d+)$/.exec(path);
  return last ? Number(last[1]) : null;
}

/**
 * The server's (English) message in the reader's language where its meaning is known; the address
 * policy's refusals keep the host and address they name. Anything else keeps the server's words,
 * which name the problem precisely.
 */
function messageFor(field: AlertField, path: string, message: string, draft: AlertRuleDraft): string {
  const t = i18next.t.bind(i18next);
  switch (field) {
    case 'name':
      return t('alerts.form.errors.name');
    case 'eventTypes':
      return t('alerts.form.errors.eventsRequired');
    case 'bands':
    case 'hasComment':
    case 'surveyIds':
      if (message.startsWith('applies to response.created')) return t('alerts.form.errors.itemOnly');
      return field === 'hasComment' ? message : t('alerts.form.errors.list');
    case 'segments':
    case 'channels':
      return t('alerts.form.errors.list');
    case 'url': {
      const refused = /^(\S+) resolves to (\S+), a /.exec(message);
      if (refused) return t('alerts.form.errors.refused', { host: refused[1], address: refused[2] });
      const unresolvable = /^the host (\S+) could not be resolved/.exec(message);
      if (unresolvable) return t('alerts.form.errors.unresolvable', { host: unresolvable[1] });
      if (message.includes('at most')) return t('alerts.form.errors.urlTooLong');
      if (draft.url.trim() === '') return t('alerts.form.errors.urlRequired');
      return t('alerts.form.errors.url');
    }
    case 'emails': {
      const at = entryIndex(path);
      const typed = draft.emails.map((e) => e.trim()).filter((e) => e !== '');
      if (at !== null && typed[at] !== undefined) return t('alerts.form.errors.email', { value: typed[at] });
      return typed.length === 0 ? t('alerts.form.errors.emailsRequired') : t('alerts.form.errors.emailsList');
    }
    case 'endpointId':
      return t('alerts.form.errors.endpoint');
    default:
      return message;
  }
}

export interface AlertFormErrors {
  /** The first message per field. */
  fields: Partial<Record<AlertField, string>>;
  /** Whether some detail names no field of the form (then the form shows the error as a whole). */
  unplaced: boolean;
}

/** The server's validation details of a failed save, placed at the fields they name. */
export function alertFormErrors(
  details: readonly { field?: string | undefined; message: string }[],
  draft: AlertRuleDraft,
): AlertFormErrors {
  const fields: Partial<Record<AlertField, string>> = {};
  let unplaced = false;
  for (const d of details) {
    const field = d.field ? alertFieldOf(d.field) : null;
    if (!field || !d.field) {
      unplaced = true;
      continue;
    }
    fields[field] ??= messageFor(field, d.field, d.message, draft);
  }
  return { fields, unplaced };
}
