/** A message as every part of Resonance hands it to the mail layer. */
export interface OutgoingMail {
  to: string;
  /** A sender other than MAIL_FROM, e.g. `"Acme Feedback" <resonance@localhost>`. */
  from?: string | undefined;
  subject: string;
  text: string;
  html?: string | undefined;
  /** Set when the mail belongs to one organization (invitations, surveys); null for account mails. */
  organizationId?: string | null | undefined;
  /** What kind of mail this is, for the outbox list and metrics (e.g. `auth.reset-password`). */
  kind: string;
  headers?: Record<string, string> | undefined;
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;
