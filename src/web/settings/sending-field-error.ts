import i18next from 'i18next';
import type { TUpdateSendingSettings } from '../../shared/contracts/sending.js';

export type SendingField = keyof TUpdateSendingSettings;
export type SendingErrors = Partial<Record<SendingField, string>>;

/** The contract's whole-number bounds (ZUpdateSendingSettings), for the translated message. */
const BOUNDS: Partial<Record<SendingField, { min: number; max: number }>> = {
  quietPeriodDays: { min: 0, max: 365 },
  reminderDelayDays: { min: 1, max: 30 },
  invitationValidDays: { min: 1, max: 365 },
};

const FIELDS: readonly SendingField[] = [
  'quietPeriodDays',
  'reminderDelayDays',
  'isReminderEnabled',
  'isCommentNudgeEnabled',
  'overQuota',
  'isOpenTracking',
  'invitationValidDays',
  'senderName',
  'brandColor',
  'logoUrl',
  'smtpUrl',
  'smtpFrom',
];

export function isSendingField(value: unknown): value is SendingField {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}

/** A translated message for a field the contract refused, by what the field is. */
export function sendingFieldError(field: SendingField, code: string): string {
  const bounds = BOUNDS[field];
  if (bounds) return i18next.t('sendingSettings.errors.wholeNumber', bounds);
  if (field === 'brandColor') return i18next.t('sendingSettings.errors.color');
  if (field === 'logoUrl') return i18next.t('sendingSettings.errors.url');
  if (field === 'smtpUrl') return i18next.t('sendingSettings.errors.smtpUrl');
  if (code === 'too_small') return i18next.t('sendingSettings.errors.tooShort');
  return i18next.t('sendingSettings.errors.tooLong');
}

/**
 * Checks a patch with the contract the server uses, loaded on the first save so zod stays out
 * of the dashboard until then. Without the chunk (offline) the server's check still applies.
 */
export async function checkSendingPatch(patch: TUpdateSendingSettings): Promise<SendingErrors> {
  const contract = await import('../../shared/contracts/sending.js').catch(() => null);
  if (!contract) return {};
  const parsed = contract.ZUpdateSendingSettings.safeParse(patch);
  if (parsed.success) return {};
  const errors: SendingErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isSendingField(field)) errors[field] ??= sendingFieldError(field, issue.code);
  }
  return errors;
}

const TRANSLATED_BY_FIELD = new Set<SendingField>([
  'quietPeriodDays',
  'reminderDelayDays',
  'invitationValidDays',
  'brandColor',
  'logoUrl',
  'smtpUrl',
]);

/** The server's field errors: translated where the field alone says what is wrong, else as the server worded them. */
export function serverSendingErrors(fieldErrors: Record<string, string>): SendingErrors {
  const errors: SendingErrors = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    if (isSendingField(field))
      errors[field] ??= TRANSLATED_BY_FIELD.has(field) ? sendingFieldError(field, '') : message;
  }
  return errors;
}
