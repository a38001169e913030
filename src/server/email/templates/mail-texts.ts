import { contentLanguage } from '../../../survey-pages/page-texts.js';

/**
 * The words around survey mails in English and German. German uses the formal "Sie", as the
 * survey templates do. Functions return plain text; callers escape it for the HTML part.
 */
const en = {
  greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hello,'),
  invitationIntro: (org: string) =>
    `${org} would love to hear what you think. Just click a number below – it only takes a second.`,
  reminderIntro: (org: string) =>
    `A quick reminder: ${org} would still love to hear what you think. One click on a number is all it takes.`,
  reminderSubject: (prompt: string) => `Reminder: ${prompt}`,
  scaleHint: 'Your click records your answer. You can add a comment afterwards if you like.',
  textScaleHeading: 'Open the link that matches your answer:',
  nudgeIntro: (org: string, score: number) =>
    `Thank you for your score of ${score}. One more thing would help ${org} most:`,
  nudgeButton: 'Answer in a few words',
  nudgeTextLink: 'Your answer:',
  footer: (org: string) => `This survey was sent to you by ${org}.`,
  unsubscribe: 'Unsubscribe from these surveys',
  textUnsubscribe: 'Unsubscribe:',
};

export type MailTexts = typeof en;

const de: MailTexts = {
  greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
  invitationIntro: (org) =>
    `${org} möchte gern wissen, was Sie denken. Klicken Sie einfach unten auf eine Zahl – das dauert nur eine Sekunde.`,
  reminderIntro: (org) =>
    `Eine kurze Erinnerung: ${org} würde sich weiterhin über Ihre Meinung freuen. Ein Klick auf eine Zahl genügt.`,
  reminderSubject: (prompt) => `Erinnerung: ${prompt}`,
  scaleHint: 'Ihr Klick speichert Ihre Antwort. Danach können Sie gern noch einen Kommentar ergänzen.',
  textScaleHeading: 'Öffnen Sie den Link, der zu Ihrer Antwort passt:',
  nudgeIntro: (org, score) =>
    `Vielen Dank für Ihre Bewertung mit ${score}. Eine Sache würde ${org} noch besonders helfen:`,
  nudgeButton: 'Kurz antworten',
  nudgeTextLink: 'Ihre Antwort:',
  footer: (org) => `Diese Umfrage wurde Ihnen von ${org} gesendet.`,
  unsubscribe: 'Von diesen Umfragen abmelden',
  textUnsubscribe: 'Abmelden:',
};

/** Same rule as the pages: German for `de` (and `de-AT` …), English for everything else. */
export function mailTexts(language: string): MailTexts {
  return contentLanguage(language) === 'de' ? de : en;
}
