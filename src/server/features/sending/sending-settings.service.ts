import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { sendingSettings, type SendingSettingsRow } from './throttle.repo.js';

/** Widget keys are public (they sit in every host page) and only name the organization. */
export const newWidgetKey = (): string => `wk_${randomBytes(12).toString('base64url')}`;

export function loadSendingSettings(db: Db, organizationId: string): Promise<SendingSettingsRow> {
  return sendingSettings(db, organizationId, newWidgetKey);
}
