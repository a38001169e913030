import { renderDigestMail } from '../../email/templates/digest-mail.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import type { MailingDeps } from '../sending/mailing-deps.js';
import { writeMailWith } from '../sending/write-mail-with.js';
import { loadSendingSettings } from '../sending/sending-settings.service.js';
import { buildDigest } from './build-digest.js';
import * as repo from './digest.repo.js';
import { lastCompleteWeek } from './digest-period.js';

export const DIGEST_MAIL_KIND = 'digest.weekly';

/**
 * Mails the digest of the last complete ISO week to every subscriber who has not had it yet.
 *
 * Each mail is written together with the guarded move of the subscriber's `last_period` in one
 * transaction (as invitations are), so a retried or doubled job mails nobody twice, and a crash
 * between two subscribers leaves the rest for the retry. One organization failing does not
 * keep the others' digests back; the job fails afterwards so pg-boss retries the rest.
 *
 * A week without answers still gets its (short) mail: silence would be ambiguous — no answers,
 * or a digest that broke? — and a week in which nothing came in is itself worth knowing.
 */
export async function sendWeeklyDigests(
  deps: MailingDeps,
): Promise<{ period: string; organizations: number; sent: number }> {
  const period = lastCompleteWeek(deps.now());
  const failures: unknown[] = [];
  let organizations = 0;
  let sent = 0;
  for (const organizationId of await repo.organizationsDue(deps.db, period.key)) {
    try {
      const recipients = await repo.dueRecipients(deps.db, organizationId, period.key);
      if (recipients.length === 0) continue;
      const [content, org, settings] = await Promise.all([
        buildDigest(deps, organizationId, period),
        findOrganization(deps.db, organizationId),
        loadSendingSettings(deps.db, organizationId),
      ]);
      if (!org) continue;
      organizations += 1;
      const base = deps.config.publicUrl;
      for (const person of recipients) {
        const mail = renderDigestMail({
          ...content,
          language: org.defaultLanguage ?? 'en',
          orgName: org.name,
          recipientName: person.name,
          dashboardUrl: `${base}/?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`,
          settingsUrl: `${base}/settings/organization`,
        });
        const ok = await writeMailWith(
          deps,
          {
            to: person.email,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            organizationId,
            kind: DIGEST_MAIL_KIND,
          },
          settings,
          (tx) => repo.claimPeriod(tx, organizationId, person.userId, period.key),
        );
        if (ok) sent += 1;
      }
    } catch (err) {
      deps.logger.error(
        { err, organizationId, period: period.key },
        'weekly digest failed for an organization',
      );
      failures.push(err);
    }
  }
  if (sent > 0) deps.logger.info({ period: period.key, organizations, sent }, 'weekly digests sent');
  if (failures.length > 0)
    throw new AggregateError(failures, `weekly digest failed for ${failures.length} organization(s)`);
  return { period: period.key, organizations, sent };
}
