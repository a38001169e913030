import type { OutgoingMail } from '../email/mail.js';

/**
 * Account mails go out in both languages at once: at this point we do not know which one
 * the person reads, and a reset link must never be missed for lack of understanding.
 */
export function resetPasswordMail(to: string, name: string, url: string): OutgoingMail {
  const text = [
    `Hello ${name},`,
    '',
    'someone asked to reset your Resonance password. Open this link within one hour to choose a new one:',
    url,
    'If it was not you, ignore this mail; your password stays as it is.',
    '',
    '---',
    '',
    `Hallo ${name},`,
    '',
    'jemand möchte Ihr Resonance-Passwort zurücksetzen. Öffnen Sie diesen Link innerhalb einer Stunde, um ein neues zu wählen:',
    url,
    'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
  ].join('\n');
  return {
    to,
    subject: 'Reset your Resonance password / Passwort zurücksetzen',
    text,
    kind: 'auth.reset-password',
  };
}

export interface InvitationMailInput {
  to: string;
  organizationId: string;
  organizationName: string;
  inviterName: string;
  role: string;
  url: string;
}

export function invitationMail(i: InvitationMailInput): OutgoingMail {
  const text = [
    `${i.inviterName} invited you to join “${i.organizationName}” on Resonance as ${i.role}.`,
    `Accept the invitation: ${i.url}`,
    'The invitation is valid for 7 days.',
    '',
    '---',
    '',
    `${i.inviterName} hat Sie eingeladen, „${i.organizationName}“ auf Resonance als ${i.role} beizutreten.`,
    `Einladung annehmen: ${i.url}`,
    'Die Einladung ist 7 Tage gültig.',
  ].join('\n');
  return {
    to: i.to,
    subject: `Invitation to ${i.organizationName} / Einladung zu ${i.organizationName}`,
    text,
    kind: 'auth.invitation',
    organizationId: i.organizationId,
  };
}
