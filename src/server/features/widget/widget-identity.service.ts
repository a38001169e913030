import type {
  TUpdateWidgetIdentity,
  TWidgetIdentityState,
  TWidgetSecret,
} from '../../../shared/contracts/widget-identity.js';
import type { Db } from '../../db/client.js';
import { seal } from '../sending/secret-box.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { updateSendingSettings, type SendingSettingsRow } from '../sending/throttle.repo.js';
import { newWidgetSecret, WIDGET_SECRET_PURPOSE } from './user-hash.js';

interface IdentityDeps {
  db: Db;
  now: () => Date;
  config: { authSecret: string };
}

function toState(row: SendingSettingsRow): TWidgetIdentityState {
  return {
    hasSecret: row.widgetSecretEncrypted !== null,
    secretCreatedAt: row.widgetSecretCreatedAt?.toISOString() ?? null,
    isVerificationRequired: row.isWidgetVerificationRequired,
  };
}

/** Whether a secret exists and whether identified visitors need it; never the secret itself. */
export async function getWidgetIdentity(db: Db, organizationId: string): Promise<TWidgetIdentityState> {
  return toState(await loadSendingSettings(db, organizationId));
}

export async function updateWidgetIdentity(
  deps: IdentityDeps,
  organizationId: string,
  body: TUpdateWidgetIdentity,
): Promise<TWidgetIdentityState> {
  await loadSendingSettings(deps.db, organizationId);
  await updateSendingSettings(deps.db, organizationId, {
    isWidgetVerificationRequired: body.isVerificationRequired,
    updatedAt: deps.now(),
  });
  return toState(await loadSendingSettings(deps.db, organizationId));
}

/**
 * Makes a new widget secret, replacing the old one at once (a leaked secret must stop working
 * the moment it is rotated). It is returned this one time and stored sealed: Resonance needs it
 * back to check hashes, but nobody reads it off the dashboard or a database dump.
 */
export async function rotateWidgetSecret(deps: IdentityDeps, organizationId: string): Promise<TWidgetSecret> {
  await loadSendingSettings(deps.db, organizationId);
  const secret = newWidgetSecret();
  const now = deps.now();
  await updateSendingSettings(deps.db, organizationId, {
    widgetSecretEncrypted: seal(deps.config.authSecret, WIDGET_SECRET_PURPOSE, secret),
    widgetSecretCreatedAt: now,
    updatedAt: now,
  });
  return { ...toState(await loadSendingSettings(deps.db, organizationId)), secret };
}
