import { contentLanguage } from './page-texts.js';

type Status = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';

/**
 * The words of the customer's public case page and its confirmations, in English and German
 * (formal "Sie"; the customer's case is "Ihr Anliegen"). Dates arrive formatted; plain text,
 * callers escape.
 */
const en = {
  caseNumber: (n: number) => `Case #${n}`,
  status: {
    new: 'Received',
    open: 'In progress',
    waiting: 'Waiting for your answer',
    resolved: 'Resolved',
    closed: 'Closed',
  } satisfies Record<Status, string>,
  statusLabel: 'Status',
  nextHeading: 'What happens next',
  next: {
    new: (due: string | null) =>
      due
        ? `We have received your case. Someone from our team will answer by ${due}.`
        : 'We have received your case. Someone from our team will answer as soon as possible.',
    open: (due: string | null) =>
      due
        ? `We are working on your case and will answer by ${due}.`
        : 'We are working on your case and will answer as soon as possible.',
    waiting: 'We are waiting for your answer. Write to us below and we will take it from there.',
    resolved: (day: string | null) =>
      day
        ? `Your case was resolved on ${day}. If the problem is not solved, write to us below: your message reopens the case.`
        : 'Your case is resolved. If the problem is not solved, write to us below: your message reopens the case.',
    closed: (day: string | null) =>
      day
        ? `Your case was resolved on ${day} and is closed. If the problem comes back, write to us below: your message reopens the case.`
        : 'Your case is closed. If the problem comes back, write to us below: your message reopens the case.',
  },
  conversationHeading: 'Conversation',
  noMessages: 'No messages yet.',
  you: 'You',
  writeHeading: 'Write to us',
  messageLabel: 'Your message',
  sendMessage: 'Send message',
  escalateHeading: 'Not solved?',
  escalateBody:
    'If our answers have not solved your problem, escalate your case: we pass it on to a team lead and give it priority. You can do this once.',
  reasonLabel: 'What is still not solved?',
  escalateButton: 'Not solved? Escalate',
  escalatedHeading: 'Your case is escalated',
  escalatedBody: (at: string) =>
    `You escalated this case on ${at}. We have passed it on to a team lead and given it priority.`,
  required: '(required)',
  errorSummary: 'Please check the marked field.',
  messageReceivedTitle: 'Message received',
  messageReceivedBody: (n: number, reopened: boolean) =>
    reopened
      ? `Thank you. Your message is now part of case #${n}, which is open again.`
      : `Thank you. Your message is now part of case #${n}.`,
  answerBy: (due: string) => `We will answer by ${due}.`,
  answerSoon: 'We will answer as soon as possible.',
  escalationReceivedTitle: 'Escalation received',
  escalationReceivedBody: (n: number) =>
    `Case #${n} is escalated: we have passed it on to a team lead and given it priority.`,
  backToCase: 'Back to your case',
  formErrors: {
    messageMissing: 'Please write your message.',
    messageTooLong: (max: string) => `Please shorten your message to at most ${max} characters.`,
    reasonMissing: 'Please tell us what is still not solved.',
    reasonTooLong: (max: string) => `Please shorten this to at most ${max} characters.`,
    tooManyMessages:
      'You have sent us many messages about this case in the last hour. We have received them; please wait a little before writing again.',
  },
  escalationRefused: {
    'not-open': {
      title: 'This case cannot be escalated',
      body: 'Your case is resolved or closed, so it can no longer be escalated. If the problem is not solved, write to us on your case page: your message reopens the case.',
    },
    'already-escalated': {
      title: 'Your case is already escalated',
      body: 'You have escalated this case before, and a case can be escalated once. We have passed it on to a team lead and given it priority.',
    },
  },
  linkErrors: {
    invalid: {
      title: 'This link is not valid',
      body: 'Please check that you opened the complete link from our e-mail about your case.',
    },
    expired: {
      title: 'This link has expired',
      body: 'Please open the link in our latest e-mail about your case, or simply write to us again.',
    },
  },
};

export type CasePageTexts = typeof en;

const de: CasePageTexts = {
  caseNumber: (n) => `Anliegen #${n}`,
  status: {
    new: 'Eingegangen',
    open: 'In Bearbeitung',
    waiting: 'Wartet auf Ihre Antwort',
    resolved: 'Gelöst',
    closed: 'Abgeschlossen',
  },
  statusLabel: 'Status',
  nextHeading: 'Wie es weitergeht',
  next: {
    new: (due) =>
      due
        ? `Wir haben Ihr Anliegen erhalten. Jemand aus unserem Team antwortet Ihnen bis ${due}.`
        : 'Wir haben Ihr Anliegen erhalten. Jemand aus unserem Team antwortet Ihnen so bald wie möglich.',
    open: (due) =>
      due
        ? `Wir bearbeiten Ihr Anliegen und antworten Ihnen bis ${due}.`
        : 'Wir bearbeiten Ihr Anliegen und antworten Ihnen so bald wie möglich.',
    waiting: 'Wir warten auf Ihre Antwort. Schreiben Sie uns unten, dann machen wir weiter.',
    resolved: (day) =>
      day
        ? `Ihr Anliegen wurde am ${day} gelöst. Falls das Problem nicht gelöst ist, schreiben Sie uns unten: Ihre Nachricht öffnet das Anliegen wieder.`
        : 'Ihr Anliegen ist gelöst. Falls das Problem nicht gelöst ist, schreiben Sie uns unten: Ihre Nachricht öffnet das Anliegen wieder.',
    closed: (day) =>
      day
        ? `Ihr Anliegen wurde am ${day} gelöst und ist abgeschlossen. Falls das Problem wiederkommt, schreiben Sie uns unten: Ihre Nachricht öffnet das Anliegen wieder.`
        : 'Ihr Anliegen ist abgeschlossen. Falls das Problem wiederkommt, schreiben Sie uns unten: Ihre Nachricht öffnet das Anliegen wieder.',
  },
  conversationHeading: 'Verlauf',
  noMessages: 'Noch keine Nachrichten.',
  you: 'Sie',
  writeHeading: 'Schreiben Sie uns',
  messageLabel: 'Ihre Nachricht',
  sendMessage: 'Nachricht senden',
  escalateHeading: 'Nicht gelöst?',
  escalateBody:
    'Wenn unsere Antworten Ihr Problem nicht gelöst haben, eskalieren Sie Ihr Anliegen: Wir geben es an die Teamleitung weiter und ziehen es vor. Das geht einmal.',
  reasonLabel: 'Was ist noch nicht gelöst?',
  escalateButton: 'Nicht gelöst? Eskalieren',
  escalatedHeading: 'Ihr Anliegen ist eskaliert',
  escalatedBody: (at) =>
    `Sie haben dieses Anliegen am ${at} eskaliert. Wir haben es an die Teamleitung weitergegeben und ziehen es vor.`,
  required: '(Pflichtfeld)',
  errorSummary: 'Bitte prüfen Sie das markierte Feld.',
  messageReceivedTitle: 'Nachricht erhalten',
  messageReceivedBody: (n, reopened) =>
    reopened
      ? `Vielen Dank. Ihre Nachricht gehört jetzt zu Anliegen #${n}, das wieder geöffnet ist.`
      : `Vielen Dank. Ihre Nachricht gehört jetzt zu Anliegen #${n}.`,
  answerBy: (due) => `Wir antworten Ihnen bis ${due}.`,
  answerSoon: 'Wir antworten Ihnen so bald wie möglich.',
  escalationReceivedTitle: 'Eskalation erhalten',
  escalationReceivedBody: (n) =>
    `Anliegen #${n} ist eskaliert: Wir haben es an die Teamleitung weitergegeben und ziehen es vor.`,
  backToCase: 'Zurück zu Ihrem Anliegen',
  formErrors: {
    messageMissing: 'Bitte schreiben Sie Ihre Nachricht.',
    messageTooLong: (max) => `Bitte kürzen Sie Ihre Nachricht auf höchstens ${max} Zeichen.`,
    reasonMissing: 'Bitte schreiben Sie uns, was noch nicht gelöst ist.',
    reasonTooLong: (max) => `Bitte kürzen Sie den Text auf höchstens ${max} Zeichen.`,
    tooManyMessages:
      'Sie haben uns in der letzten Stunde viele Nachrichten zu diesem Anliegen geschickt. Wir haben sie erhalten; bitte warten Sie etwas, bevor Sie erneut schreiben.',
  },
  escalationRefused: {
    'not-open': {
      title: 'Dieses Anliegen kann nicht eskaliert werden',
      body: 'Ihr Anliegen ist gelöst oder abgeschlossen und kann daher nicht mehr eskaliert werden. Falls das Problem nicht gelöst ist, schreiben Sie uns auf der Seite Ihres Anliegens: Ihre Nachricht öffnet es wieder.',
    },
    'already-escalated': {
      title: 'Ihr Anliegen ist bereits eskaliert',
      body: 'Sie haben dieses Anliegen bereits eskaliert, und das geht einmal. Wir haben es an die Teamleitung weitergegeben und ziehen es vor.',
    },
  },
  linkErrors: {
    invalid: {
      title: 'Dieser Link ist ungültig',
      body: 'Bitte prüfen Sie, ob Sie den vollständigen Link aus unserer E-Mail zu Ihrem Anliegen geöffnet haben.',
    },
    expired: {
      title: 'Dieser Link ist abgelaufen',
      body: 'Bitte öffnen Sie den Link aus unserer neuesten E-Mail zu Ihrem Anliegen, oder schreiben Sie uns einfach erneut.',
    },
  },
};

export function casePageTexts(language: string): CasePageTexts {
  return contentLanguage(language) === 'de' ? de : en;
}

/** What can be wrong with a form on the case page; the server names it, the page words it. */
export type CaseFormError =
  | 'message-missing'
  | 'message-too-long'
  | 'reason-missing'
  | 'reason-too-long'
  | 'too-many-messages';

/** The wording of a form error in the page's language (limits written as the language writes numbers). */
export function caseFormErrorText(language: string, error: CaseFormError, max = 0): string {
  const t = casePageTexts(language).formErrors;
  const n = max.toLocaleString(contentLanguage(language) === 'de' ? 'de-DE' : 'en-GB');
  switch (error) {
    case 'message-missing':
      return t.messageMissing;
    case 'message-too-long':
      return t.messageTooLong(n);
    case 'reason-missing':
      return t.reasonMissing;
    case 'reason-too-long':
      return t.reasonTooLong(n);
    case 'too-many-messages':
      return t.tooManyMessages;
  }
}
