import { contentLanguage } from '../../../survey-pages/page-texts.js';

/**
 * The words of the mail a customer gets when an agent replies to their case, in English and
 * German (formal "Sie"; the customer's case is "Ihr Anliegen"). Plain text: callers escape.
 */
const en = {
  greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hello,'),
  intro: (agent: string | null, org: string, n: number) =>
    agent ? `${agent} from ${org} has answered your case #${n}:` : `${org} has answered your case #${n}:`,
  caseHeading: (n: number, subject: string) => `Case #${n}: ${subject}`,
  signature: (agent: string | null, org: string) => (agent ? `${agent}, ${org}` : org),
  replyButton: 'Reply',
  replyHint: 'Your answer goes straight into your case, to the person handling it.',
  escalateLink: 'Not solved? Escalate',
  escalateHint:
    'Your case page shows what happens next and by when. There you can hand your case on to a team lead.',
  footer: (org: string, n: number) => `${org} sent you this e-mail about your case #${n}.`,
  casePage: 'Your case page',
  textReply: 'Reply:',
  textEscalate: 'Not solved? Escalate:',
};

export type CaseMailTexts = typeof en;

const de: CaseMailTexts = {
  greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
  intro: (agent, org, n) =>
    agent
      ? `${agent} von ${org} hat auf Ihr Anliegen #${n} geantwortet:`
      : `${org} hat auf Ihr Anliegen #${n} geantwortet:`,
  caseHeading: (n, subject) => `Anliegen #${n}: ${subject}`,
  signature: (agent, org) => (agent ? `${agent}, ${org}` : org),
  replyButton: 'Antworten',
  replyHint: 'Ihre Antwort landet direkt bei Ihrem Anliegen, bei der Person, die es bearbeitet.',
  escalateLink: 'Nicht gelöst? Eskalieren',
  escalateHint:
    'Auf der Seite Ihres Anliegens sehen Sie, wie es weitergeht und bis wann. Dort können Sie es an eine Teamleitung weitergeben.',
  footer: (org, n) => `${org} hat Ihnen diese E-Mail zu Ihrem Anliegen #${n} gesendet.`,
  casePage: 'Seite Ihres Anliegens',
  textReply: 'Antworten:',
  textEscalate: 'Nicht gelöst? Eskalieren:',
};

/** German for `de` (and `de-AT` …), English for everything else, as the survey mails. */
export function caseMailTexts(language: string): CaseMailTexts {
  return contentLanguage(language) === 'de' ? de : en;
}
