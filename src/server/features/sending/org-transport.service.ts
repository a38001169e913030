import type { Db } from '../../db/client.js';
import { createSmtpTransport, type MailTransport } from '../../email/transport.js';
import { open, SMTP_PURPOSE } from './secret-box.js';
import { sendingSettings } from './throttle.repo.js';
import { newWidgetKey } from './sending-settings.service.js';

/** One pooled SMTP connection per configured URL, reused across deliveries; replaced when the URL changes. */
const transports = new Map<string, MailTransport>();

/**
 * The SMTP transport and sender for an organization's mail: its own server when it configured
 * one, else the instance's. Null when neither exists (the mail stays queued until one does).
 */
export async function transportFor(
  db: Db,
  organizationId: string | null,
  secret: string,
  global: MailTransport | null,
): Promise<{ transport: MailTransport | null; from: string | null }> {
  if (!organizationId) return { transport: global, from: null };
  const settings = await sendingSettings(db, organizationId, newWidgetKey);
  if (!settings.smtpUrlEncrypted) return { transport: global, from: null };
  const url = open(secret, SMTP_PURPOSE, settings.smtpUrlEncrypted);
  let transport = transports.get(url);
  if (!transport) {
    transport = createSmtpTransport(url);
    transports.set(url, transport);
  }
  return { transport, from: settings.smtpFrom };
}

/** Closes the pooled organization transports (process shutdown, tests). */
export function closeOrgTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
