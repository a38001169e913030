import { randomBytes } from 'node:crypto';
import type { TSendingSettings, TUpdateSendingSettings } from '../../../shared/contracts/sending.js';
import type { Db } from '../../db/client.js';
import { seal, SMTP_PURPOSE } from './secret-box.js';
import { sendingSettings, updateSendingSettings, type SendingSettingsRow } from './throttle.repo.js';

/** Widget keys are public (they sit in every host page) and only name the organization. */
export const newWidgetKey = (): string => `wk_${randomBytes(12).toString('base64url')}`;

export function loadSendingSettings(db: Db, organizationId: string): Promise<SendingSettingsRow> {
  return sendingSettings(db, organizationId, newWidgetKey);
}

function toDto(row: SendingSettingsRow, publicUrl: string): TSendingSettings {
  return {
    quietPeriodDays: row.quietPeriodDays,
    reminderDelayDays: row.reminderDelayDays,
    isReminderEnabled: row.isReminderEnabled,
    isCommentNudgeEnabled: row.isCommentNudgeEnabled,
    overQuota: row.overQuota,
    isOpenTracking: row.isOpenTracking,
    invitationValidDays: row.invitationValidDays,
    senderName: row.senderName,
    brandColor: row.brandColor,
    logoUrl: row.logoUrl,
    hasOwnSmtp: row.smtpUrlEncrypted !== null,
    smtpFrom: row.smtpFrom,
    widgetKey: row.widgetKey,
    publicUrl,
  };
}

export async function getSendingSettings(
  deps: { db: Db; config: { publicUrl: string } },
  organizationId: string,
): Promise<TSendingSettings> {
  return toDto(await loadSendingSettings(deps.db, organizationId), deps.config.publicUrl);
}

/** Partial update; the SMTP URL (it holds a password) is stored sealed and never returned. */
export async function updateSettings(
  deps: { db: Db; now: () => Date; config: { authSecret: string; publicUrl: string } },
  organizationId: string,
  body: TUpdateSendingSettings,
): Promise<TSendingSettings> {
  await loadSendingSettings(deps.db, organizationId);
  const { smtpUrl, ...rest } = body;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Parameters<
    typeof updateSendingSettings
  >[2];
  const values: Parameters<typeof updateSendingSettings>[2] = { ...defined, updatedAt: deps.now() };
  if (smtpUrl !== undefined)
    values.smtpUrlEncrypted = smtpUrl === null ? null : seal(deps.config.authSecret, SMTP_PURPOSE, smtpUrl);
  await updateSendingSettings(deps.db, organizationId, values);
  return toDto(await loadSendingSettings(deps.db, organizationId), deps.config.publicUrl);
}
