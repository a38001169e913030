import type { SendMail } from '../../email/mail.js';
import type { Db } from '../../db/client.js';
import { adminsToTell } from './webhooks.repo.js';

/**
 * Tells an organization's owners and admins that an endpoint stopped receiving: it answered
 * 410 Gone, or no attempt was delivered for five days. Plain text; the URL is theirs, shown as text.
 */
export async function mailEndpointDisabled(
  deps: { db: Db; sendMail: SendMail; config: { publicUrl: string } },
  organizationId: string,
  endpoint: { url: string; reason: 'gone' | 'failing' },
): Promise<void> {
  const { emails, language } = await adminsToTell(deps.db, organizationId);
  const settings = `${deps.config.publicUrl}/settings/integrations`;
  const de = language === 'de';
  const why = de
    ? endpoint.reason === 'gone'
      ? 'Der Empfänger hat mit 410 Gone geantwortet: Er möchte keine Webhooks mehr erhalten.'
      : 'Seit fünf Tagen wurde kein Versuch zugestellt.'
    : endpoint.reason === 'gone'
      ? 'The receiver answered 410 Gone: it wants no more webhooks.'
      : 'No attempt has been delivered for five days.';
  const subject = de ? 'Webhook-Endpunkt deaktiviert' : 'Webhook endpoint disabled';
  const text = de
    ? `Resonance sendet keine Webhooks mehr an\n\n  ${endpoint.url}\n\n${why}\n\nNach einer Korrektur können Sie ihn unter ${settings} wieder einschalten und verpasste Ereignisse erneut senden.\n`
    : `Resonance no longer sends webhooks to\n\n  ${endpoint.url}\n\n${why}\n\nOnce it is fixed, turn it on again at ${settings} and replay what it missed.\n`;
  for (const to of emails)
    await deps.sendMail({ to, subject, text, organizationId, kind: 'webhooks.endpoint-disabled' });
}
