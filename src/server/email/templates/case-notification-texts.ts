import type { TNotificationKind } from '../../../shared/contracts/notifications.js';
import { contentLanguage } from '../../../survey-pages/page-texts.js';

type Kind = TNotificationKind;

/**
 * The words of the case notifications agents, leads and admins get, in English and German
 * (formal "Sie"; internally a case is a "Fall", as in the dashboard). Plain text: callers escape.
 */
const en = {
  greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hello,'),
  subject: {
    'case.assigned': () => 'Assigned to you',
    'case.joined': () => 'New feedback joined',
    'case.customer-message': () => 'The customer wrote',
    'case.warned': () => 'SLA target close',
    'case.breached': () => 'SLA target missed',
    'case.escalated': (level: number) => `Escalated to level ${level}`,
    'case.mentioned': (actor: string | null) => (actor ? `${actor} mentioned you` : 'You were mentioned'),
  },
  intro: {
    'case.assigned': (n: number, actor: string | null) =>
      actor ? `${actor} assigned case #${n} to you.` : `Case #${n} was assigned to you.`,
    'case.joined': (n: number) => `New feedback from the same customer joined case #${n}.`,
    'case.customer-message': (n: number) => `The customer wrote on case #${n}.`,
    'case.warned': (n: number) => `Case #${n} is close to its SLA target: it needs an answer soon.`,
    'case.breached': (n: number) => `Case #${n} has missed its SLA target.`,
    'case.escalated': (n: number, byCustomer: boolean, level: number) =>
      byCustomer
        ? `The customer escalated case #${n}; it is now at escalation level ${level}.`
        : `Case #${n} was escalated to level ${level}.`,
    'case.mentioned': (n: number, actor: string | null) =>
      actor
        ? `${actor} mentioned you in a note on case #${n}.`
        : `You were mentioned in a note on case #${n}.`,
  } satisfies Record<Kind, unknown>,
  caseHeading: (n: number, subject: string) => `Case #${n}: ${subject}`,
  score: (score: number, metric: string | null, min: number, max: number) =>
    metric ? `${score} (${metric}, scale ${min}–${max})` : `${score} (scale ${min}–${max})`,
  labels: {
    score: 'Score',
    comment: 'Comment',
    message: 'Message',
    note: 'Note',
    due: 'Due',
    wasDue: 'Was due',
    level: 'Escalation level',
    reason: 'Reason',
  },
  button: 'Open the case',
  footer: (org: string) => `A notification from ${org} on Resonance.`,
  preferences: 'Choose which notifications you get',
  textOpen: 'Open the case:',
  textPreferences: 'Notifications:',
  digest: {
    subject: (count: number) => `${count} case notifications`,
    intro: (count: number) =>
      `${count} things happened on your cases at once; rather than ${count} mails, here they are together:`,
    button: 'Open your cases',
    textOpen: 'All your cases:',
  },
};

export type CaseNotificationTexts = typeof en;

const de: CaseNotificationTexts = {
  greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
  subject: {
    'case.assigned': () => 'Ihnen zugewiesen',
    'case.joined': () => 'Neues Feedback hinzugekommen',
    'case.customer-message': () => 'Der Kunde hat geschrieben',
    'case.warned': () => 'SLA-Frist läuft bald ab',
    'case.breached': () => 'SLA-Frist verpasst',
    'case.escalated': (level) => `Auf Stufe ${level} eskaliert`,
    'case.mentioned': (actor) => (actor ? `${actor} hat Sie erwähnt` : 'Sie wurden erwähnt'),
  },
  intro: {
    'case.assigned': (n, actor) =>
      actor ? `${actor} hat Ihnen Fall #${n} zugewiesen.` : `Fall #${n} wurde Ihnen zugewiesen.`,
    'case.joined': (n) => `Neues Feedback desselben Kunden ist zu Fall #${n} hinzugekommen.`,
    'case.customer-message': (n) => `Der Kunde hat zu Fall #${n} geschrieben.`,
    'case.warned': (n) => `Fall #${n} erreicht bald seine SLA-Frist: Er braucht bald eine Antwort.`,
    'case.breached': (n) => `Fall #${n} hat seine SLA-Frist verpasst.`,
    'case.escalated': (n, byCustomer, level) =>
      byCustomer
        ? `Der Kunde hat Fall #${n} eskaliert; er steht jetzt auf Eskalationsstufe ${level}.`
        : `Fall #${n} wurde auf Stufe ${level} eskaliert.`,
    'case.mentioned': (n, actor) =>
      actor
        ? `${actor} hat Sie in einer Notiz zu Fall #${n} erwähnt.`
        : `Sie wurden in einer Notiz zu Fall #${n} erwähnt.`,
  },
  caseHeading: (n, subject) => `Fall #${n}: ${subject}`,
  score: (score, metric, min, max) =>
    metric ? `${score} (${metric}, Skala ${min}–${max})` : `${score} (Skala ${min}–${max})`,
  labels: {
    score: 'Bewertung',
    comment: 'Kommentar',
    message: 'Nachricht',
    note: 'Notiz',
    due: 'Fällig',
    wasDue: 'War fällig',
    level: 'Eskalationsstufe',
    reason: 'Grund',
  },
  button: 'Fall öffnen',
  footer: (org) => `Eine Benachrichtigung von ${org} auf Resonance.`,
  preferences: 'Wählen, welche Benachrichtigungen Sie erhalten',
  textOpen: 'Fall öffnen:',
  textPreferences: 'Benachrichtigungen:',
  digest: {
    subject: (count) => `${count} Benachrichtigungen zu Fällen`,
    intro: (count) =>
      `Bei Ihren Fällen ist gleichzeitig ${count}-mal etwas passiert; statt ${count} E-Mails hier alles zusammen:`,
    button: 'Ihre Fälle öffnen',
    textOpen: 'Alle Ihre Fälle:',
  },
};

export function caseNotificationTexts(language: string): CaseNotificationTexts {
  return contentLanguage(language) === 'de' ? de : en;
}
