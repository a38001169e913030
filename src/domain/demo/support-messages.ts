import type { NegativeTheme } from './comment-themes.js';
import type { DemoLanguage, Product } from './demo-catalog.js';
import type { Random } from './random.js';

/** Why a customer contacted support. Drives ticket and chat texts and the survey after it. */
export const ISSUES = ['invoice', 'export', 'app_crash', 'login', 'payment', 'howto', 'slow', 'sso'] as const;
export type Issue = (typeof ISSUES)[number];

/** The recurring theme an issue belongs to, where it has one. */
export const ISSUE_THEME: Record<Issue, NegativeTheme | null> = {
  invoice: 'invoice_unclear',
  export: 'export_missing',
  app_crash: 'app_crashes',
  login: null,
  payment: 'checkout_complicated',
  howto: null,
  slow: 'performance_slow',
  sso: 'permissions_missing',
};

export function pickIssue(
  rng: Random,
  products: readonly Product[],
  appTrouble: boolean,
  isEnterprise: boolean,
): Issue {
  const uses = (p: Product) => products.includes(p);
  return rng.weighted<Issue>([
    ['invoice', 1.2],
    ['export', uses('Analytics') ? 1.0 : 0.1],
    ['app_crash', uses('Mobile App') ? (appTrouble ? 2.5 : 0.9) : 0],
    ['login', 0.8],
    ['payment', 0.5],
    ['howto', 1.5],
    ['slow', uses('Analytics') ? 0.6 : 0.2],
    ['sso', isEnterprise ? 0.8 : 0.05],
  ]);
}

type Texts = Record<Issue, readonly string[]>;

const TICKET_BODY: Record<DemoLanguage, Texts> = {
  de: {
    invoice: [
      'auf unserer letzten Rechnung finden wir {items} Positionen, die wir nicht zuordnen können. Können Sie uns die Abrechnung erklären?',
      'die Rechnung für diesen Monat ist deutlich höher als vereinbart. Bitte prüfen Sie das.',
      'uns wurden die Nutzerlizenzen doppelt berechnet. Wir bitten um Korrektur der Rechnung.',
    ],
    export: [
      'wie können wir die Auswertungen aus {product} nach Excel exportieren? Wir finden die Funktion nicht.',
      'der CSV-Export bricht bei großen Zeiträumen mit einem Fehler ab.',
    ],
    app_crash: [
      'die Mobile App stürzt bei mehreren Kollegen direkt nach dem Start ab (iOS, aktuelle Version).',
      'seit dem Update schließt sich die App, sobald man einen Bericht öffnet.',
    ],
    login: [
      'ich kann mich seit heute Morgen nicht mehr anmelden, das Passwort wird nicht akzeptiert.',
      'die Zwei-Faktor-Anmeldung schickt keinen Code mehr.',
    ],
    payment: [
      'beim Upgrade bricht die Zahlung mit der Kreditkarte immer wieder ab.',
      'im Checkout wird uns ein anderer Preis angezeigt als im Angebot.',
    ],
    howto: [
      'wie legen wir einen zusätzlichen Nutzer mit eingeschränkten Rechten an?',
      'wir möchten einen monatlichen Bericht automatisch per E-Mail verschicken. Geht das?',
      'wo kann ich die Rechnungsadresse ändern?',
    ],
    slow: [
      'das Dashboard in {product} lädt seit gestern extrem langsam.',
      'Berichte über zwölf Monate laufen in einen Timeout.',
    ],
    sso: [
      'wir möchten Single Sign-on über Azure AD einrichten. Welche Schritte sind nötig?',
      'gibt es ein Audit-Log für Änderungen an Berechtigungen?',
    ],
  },
  en: {
    invoice: [
      "our latest invoice has {items} line items we can't match to anything. Could you explain the charges?",
      'this month’s invoice is much higher than agreed. Please check.',
      'we were charged twice for our user seats. Please correct the invoice.',
    ],
    export: [
      "how do we export the reports from {product} to Excel? We can't find the option.",
      'the CSV export fails with an error for longer date ranges.',
    ],
    app_crash: [
      'the mobile app crashes right after launch for several colleagues (iOS, latest version).',
      'since the update the app closes as soon as you open a report.',
    ],
    login: [
      "I can't sign in since this morning, my password is rejected.",
      'two-factor sign-in no longer sends a code.',
    ],
    payment: [
      'the card payment keeps failing when we try to upgrade.',
      'the checkout shows a different price than our quote.',
    ],
    howto: [
      'how do we add a user with restricted permissions?',
      'we would like to email a monthly report automatically. Is that possible?',
      'where can I change the billing address?',
    ],
    slow: [
      'the dashboard in {product} has been extremely slow since yesterday.',
      'reports covering twelve months time out.',
    ],
    sso: [
      'we would like to set up single sign-on with Azure AD. What are the steps?',
      'is there an audit log for permission changes?',
    ],
  },
};

const GREETING: Record<DemoLanguage, readonly string[]> = {
  de: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hallo Support-Team,'],
  en: ['Hi,', 'Hello,', 'Dear support team,', 'Hi there,'],
};
const SIGN_OFF: Record<DemoLanguage, readonly string[]> = {
  de: ['Danke und viele Grüße', 'Beste Grüße', 'Vielen Dank vorab!', 'Es ist dringend, danke.'],
  en: ['Thanks, best regards', 'Kind regards', 'Thanks in advance!', 'This is urgent, thanks.'],
};

const CHAT: Record<DemoLanguage, Texts> = {
  de: {
    invoice: [
      'Kurze Frage zur Rechnung: was ist die Position „Zusatzmodul“?',
      'Warum ist unsere Rechnung diesen Monat höher?',
    ],
    export: ['Gibt es einen Excel-Export für die Berichte?', 'Wie exportiere ich die Rohdaten?'],
    app_crash: ['Die App stürzt bei mir dauernd ab, was kann ich tun?', 'App hängt beim Login, bekannt?'],
    login: ['Ich komme nicht mehr in mein Konto.', 'Passwort zurücksetzen klappt nicht.'],
    payment: [
      'Zahlung im Checkout schlägt fehl, bitte um Hilfe.',
      'Kann ich auch per Rechnung statt Kreditkarte zahlen?',
    ],
    howto: [
      'Wie lade ich eine Kollegin ein?',
      'Wo stelle ich die Sprache auf Englisch um?',
      'Kann ich Dashboards teilen?',
    ],
    slow: ['Ist gerade etwas gestört? Alles lädt sehr langsam.', 'Dashboard lädt ewig.'],
    sso: ['Unterstützt ihr SAML?', 'Ab welchem Tarif gibt es SSO?'],
  },
  en: {
    invoice: [
      'Quick question about the invoice: what is the "add-on" line?',
      'Why is our invoice higher this month?',
    ],
    export: ['Is there an Excel export for reports?', 'How do I export the raw data?'],
    app_crash: ['The app keeps crashing for me, what can I do?', 'App hangs at login, known issue?'],
    login: ["I can't get into my account.", "Password reset doesn't work."],
    payment: ['Payment fails at checkout, please help.', 'Can we pay by invoice instead of card?'],
    howto: [
      'How do I invite a colleague?',
      'Where do I switch the language to German?',
      'Can I share dashboards?',
    ],
    slow: ['Is something down? Everything is loading slowly.', 'Dashboard takes forever to load.'],
    sso: ['Do you support SAML?', 'Which plan includes SSO?'],
  },
};

export function ticketText(rng: Random, language: DemoLanguage, issue: Issue, product: Product): string {
  const body = fillSupportSlots(rng, rng.pick(TICKET_BODY[language][issue]), product);
  return `${rng.pick(GREETING[language])} ${body} ${rng.pick(SIGN_OFF[language])}`;
}

export function chatText(rng: Random, language: DemoLanguage, issue: Issue): string {
  return rng.pick(CHAT[language][issue]);
}

function fillSupportSlots(rng: Random, template: string, product: Product): string {
  return template.replace('{items}', String(rng.int(2, 5))).replace('{product}', product);
}
