import { primaryLanguage } from '../domain/survey/answers.js';
import type { ScaleQuestion } from '../shared/contracts/survey-model.js';

/**
 * The chrome of the public survey pages (buttons, headings, messages) in English and German.
 * Survey texts come localized from the survey itself; these are only the words around them.
 * Functions return plain text: callers escape the result, so interpolated names stay safe.
 */
const en = {
  pageTitle: 'Your feedback',
  submitScore: 'Submit my score',
  submit: 'Send',
  sending: 'Sending your score…',
  confirmScore: 'Please confirm your score with the button.',
  required: '(required)',
  errorSummary: 'Please check the marked answers.',
  /** A score page posted without a score. */
  chooseScore: 'Please choose a score.',
  /** A required question of the public link left empty. */
  answerRequired: 'Please answer this question.',
  thanksHeading: 'Thank you!',
  scoreRecorded: (score: number, min: number, max: number) =>
    `We have recorded your score: ${score} on a scale from ${min} to ${max}.`,
  changeScore: 'Change score',
  thanksBody: 'Your feedback has been recorded. You can close this page now.',
  messages: {
    expired: {
      title: 'This link has expired',
      body: 'Survey links are only valid for a limited time. Thank you for wanting to help.',
    },
    invalid: {
      title: 'This link is not valid',
      body: 'Please check that you opened the complete link from the e-mail.',
    },
    closed: {
      title: 'This survey is closed',
      body: 'It no longer accepts answers. Thank you for your interest.',
    },
    error: { title: 'Something went wrong', body: 'Please try again in a moment.' },
    rate_limited: { title: 'Too many requests', body: 'Please wait a moment, then try again.' },
  },
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeQuestion: (org: string, email: string | null) =>
    email
      ? `Do you want to stop receiving survey e-mails from ${org} at ${email}?`
      : `Do you want to stop receiving survey e-mails from ${org}?`,
  unsubscribeButton: 'Unsubscribe',
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribedBody: (org: string) => `${org} will not send you any more survey e-mails.`,
  scaleLabels: {
    nps: { low: 'Not at all likely', high: 'Extremely likely' },
    csat: { low: 'Very dissatisfied', high: 'Very satisfied' },
    ces: { low: 'Strongly disagree', high: 'Strongly agree' },
    brand: { low: 'Not at all', high: 'Completely' },
    rating: { low: 'Poor', high: 'Excellent' },
  } satisfies Record<ScaleQuestion['type'], { low: string; high: string }>,
};

export type PageTexts = typeof en;

const de: PageTexts = {
  pageTitle: 'Ihr Feedback',
  submitScore: 'Bewertung absenden',
  submit: 'Absenden',
  sending: 'Ihre Bewertung wird gesendet …',
  confirmScore: 'Bitte bestätigen Sie Ihre Bewertung mit der Schaltfläche.',
  required: '(Pflichtfeld)',
  errorSummary: 'Bitte prüfen Sie die markierten Antworten.',
  chooseScore: 'Bitte wählen Sie einen Wert.',
  answerRequired: 'Bitte beantworten Sie diese Frage.',
  thanksHeading: 'Vielen Dank!',
  scoreRecorded: (score, min, max) =>
    `Wir haben Ihre Bewertung gespeichert: ${score} auf einer Skala von ${min} bis ${max}.`,
  changeScore: 'Bewertung ändern',
  thanksBody: 'Ihr Feedback wurde gespeichert. Sie können diese Seite jetzt schließen.',
  messages: {
    expired: {
      title: 'Dieser Link ist abgelaufen',
      body: 'Umfrage-Links sind nur begrenzte Zeit gültig. Vielen Dank, dass Sie helfen wollten.',
    },
    invalid: {
      title: 'Dieser Link ist ungültig',
      body: 'Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.',
    },
    closed: {
      title: 'Diese Umfrage ist beendet',
      body: 'Sie nimmt keine Antworten mehr an. Vielen Dank für Ihr Interesse.',
    },
    error: { title: 'Etwas ist schiefgelaufen', body: 'Bitte versuchen Sie es gleich noch einmal.' },
    rate_limited: {
      title: 'Zu viele Anfragen',
      body: 'Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
  },
  unsubscribeTitle: 'Abmelden',
  unsubscribeQuestion: (org, email) =>
    email
      ? `Möchten Sie unter ${email} keine Umfrage-E-Mails von ${org} mehr erhalten?`
      : `Möchten Sie keine Umfrage-E-Mails von ${org} mehr erhalten?`,
  unsubscribeButton: 'Abmelden',
  unsubscribedTitle: 'Sie sind abgemeldet',
  unsubscribedBody: (org) => `${org} sendet Ihnen keine Umfrage-E-Mails mehr.`,
  scaleLabels: {
    nps: { low: 'Sehr unwahrscheinlich', high: 'Äußerst wahrscheinlich' },
    csat: { low: 'Sehr unzufrieden', high: 'Sehr zufrieden' },
    ces: { low: 'Stimme überhaupt nicht zu', high: 'Stimme voll und ganz zu' },
    brand: { low: 'Überhaupt nicht', high: 'Voll und ganz' },
    rating: { low: 'Schlecht', high: 'Ausgezeichnet' },
  },
};

/** The language survey texts are shown in, for `lang` and `localize`: a valid code, else English. */
export function contentLanguage(language: string): string {
  return primaryLanguage(language) ?? 'en';
}

/** German chrome for German (incl. regional tags such as `de-AT`), English for everything else. */
export function pageTexts(language: string): PageTexts {
  return contentLanguage(language) === 'de' ? de : en;
}
