import type { Messages } from './en.js';

/** Deutsche Texte von Einstellungen → Versand. Teil von `de.ts`. */
export const deSendingSettings: Messages['sendingSettings'] = {
  readOnly: 'Nur Inhaber und Admins können diese Einstellungen ändern.',
  rulesTitle: 'Wer gefragt wird, und wie oft',
  rulesText: 'Diese Regeln gelten für jede Umfrage und jeden Kanal.',
  quietPeriod: 'Ruhezeit (Tage)',
  quietPeriodHint:
    'Niemand erhält öfter als in diesem Abstand eine Umfrage. 0 schaltet sie aus; üblich sind 30.',
  validDays: 'Einladungen gültig für (Tage)',
  validDaysHint: 'Danach nehmen die Links einer Einladung keine Antworten mehr an.',
  reminder: 'Einmal erinnern',
  reminderHint: 'An alle, die noch nicht geantwortet haben; nie an die, die geantwortet haben.',
  reminderDays: 'Erinnerung nach (Tagen)',
  nudge: 'Um einen Kommentar bitten',
  nudgeHint: 'Wer eine Bewertung ohne Kommentar abgibt, erhält eine Nachfrage nach dem wichtigsten Grund.',
  overQuota: 'Über dem Monatskontingent des Tarifs',
  overQuotaOptions: {
    refuse: 'Versand ablehnen',
    hold: 'Bis zum nächsten Monat zurückhalten',
  },
  overQuotaHint:
    'Ablehnen: Es wird nichts gesendet, und Sie sehen warum. Zurückhalten: Einladungen über dem Kontingent warten und gehen zu Beginn des neuen Monats hinaus.',
  openTracking: 'Öffnungen zählen',
  openTrackingHint:
    'Fügt Einladungen ein Zählbild hinzu. Zum Schutz der Privatsphäre Ihrer Kund:innen standardmäßig aus; Klicks und Antworten werden ohnehin gezählt.',
  brandingTitle: 'Erscheinungsbild',
  brandingText: 'So sehen Einladungen und Umfrageseiten für Ihre Kund:innen aus.',
  senderName: 'Absendername',
  senderNameHint: 'Erscheint als Absender der Einladungen, z. B. „Alpenglühen Outdoor“.',
  brandColor: 'Markenfarbe',
  brandColorHint: 'Eine Farbe wie #1f6feb für Schaltflächen und die Bewertungsskala.',
  logoUrl: 'Logo-URL',
  logoUrlHint: 'Eine https://-Adresse Ihres Logos.',
  preview: 'Vorschau',
  previewStep: 'Angezeigte Seite',
  previewScoreStep: 'Bewertung',
  previewFollowUpStep: 'Nachfrage',
  previewHint:
    'Die Umfrageseite genau so, wie Ihre Kund:innen sie sehen, mit einer Beispielfrage in der Sprache des Dashboards. Dieser schmale Rahmen zeigt die Ansicht auf dem Smartphone; auf breiteren Bildschirmen steht die Seite als Karte auf grauem Grund.',
  previewFrame: 'Vorschau der Umfrageseite',
  save: 'Speichern',
  saved: 'Versandeinstellungen gespeichert.',
  smtpTitle: 'Eigener Mailserver',
  smtpText:
    'Standardmäßig gehen Einladungen über den Mailserver der Installation hinaus – oder warten im Postausgang, wenn es keinen gibt. Mit einem eigenen SMTP-Server kommen sie von Ihrer Domain.',
  smtpConfigured: 'Eingerichtet',
  smtpNotConfigured: 'Nicht eingerichtet',
  smtpUrl: 'SMTP-URL',
  smtpUrlHint:
    'Etwa smtp://benutzer:passwort@mail.example.com:587. Wird verschlüsselt gespeichert und nie wieder angezeigt.',
  smtpUrlReplaceHint:
    'Ein Server ist eingerichtet. Geben Sie eine neue URL ein, um ihn zu ersetzen; leer lassen behält ihn.',
  smtpFrom: 'Absenderadresse',
  smtpFromHint: 'Z. B. „Alpenglühen Outdoor <feedback@alpengluehen.example>“.',
  smtpSave: 'Mailserver speichern',
  smtpSaved: 'Mailserver gespeichert.',
  smtpRemove: 'Mailserver entfernen',
  smtpRemoved:
    'Ihr eigener Mailserver wurde entfernt. Einladungen nutzen wieder die Maileinstellungen der Installation.',
  widgetKeyTitle: 'Widget-Schlüssel',
  widgetKeyText:
    'Der öffentliche Schlüssel des In-App-Widgets; er kennzeichnet Ihre Organisation und darf in Ihren Seiten stehen. Den einzufügenden Code finden Sie im Bereich Kanäle jeder Umfrage.',
  copyWidgetKey: 'Widget-Schlüssel kopieren',
  widgetIdentity: {
    title: 'Identitätsprüfung im Widget',
    text: 'Der Widget-Schlüssel ist öffentlich und beweist allein nicht, wer eine Besucherin oder ein Besucher ist. Ihr Server signiert die ID jeder angemeldeten Kundin und jedes Kunden mit diesem Geheimnis (userHash = HMAC-SHA256 der Kunden-ID, hexadezimal), und Ihre Seite übergibt die Signatur an Resonance.identify. Nur wenn sie passt, wird eine Antwort unter der Kundin oder dem Kunden gespeichert.',
    adminsOnly: 'Das Widget-Geheimnis und ob es verlangt wird, verwalten Inhaber und Admins.',
    noSecret:
      'Noch kein Geheimnis. Bis Sie eines erzeugen und Ihr Server Kunden-IDs signiert, fragt das Widget keine identifizierten Kunden; anonyme Besucher können weiterhin antworten.',
    secretSince: 'Geheimnis in Gebrauch seit {{date}}.',
    generate: 'Geheimnis erzeugen',
    rotate: 'Geheimnis ersetzen',
    rotateHint:
      'Beim Ersetzen wird das alte Geheimnis sofort ungültig: Stellen Sie zuerst Ihren Server um, sonst werden identifizierte Kunden nicht gefragt, bis Sie es tun.',
    required: 'Prüfung für identifizierte Kunden verlangen',
    requiredHint:
      'Empfohlen. Anfragen, die eine Kundin oder einen Kunden ohne gültigen userHash nennen, werden abgelehnt.',
    requiredOn: 'Die Prüfung wird wieder verlangt.',
    requiredOff: 'Die Prüfung wird nicht mehr verlangt.',
    offWarning:
      'Wer den Widget-Schlüssel aus Ihren Seiten kopiert, kann jetzt als jede Kundin und jeder Kunde antworten, deren ID er kennt. Schalten Sie die Prüfung nur aus, solange Sie die Signatur auf Ihrem Server einrichten.',
    secretTitle: 'Ihr Widget-Geheimnis',
    secretWarning:
      'Kopieren Sie es jetzt in die Konfiguration Ihres Servers: Es wird nur dieses eine Mal angezeigt. Setzen Sie es nie in eine Webseite oder ein App-Bundle – dorthin gehört nur der damit berechnete Hash.',
    copySecret: 'Geheimnis kopieren',
    done: 'Fertig',
  },
  errors: {
    wholeNumber: 'Geben Sie eine ganze Zahl von {{min}} bis {{max}} ein.',
    color: 'Geben Sie eine Farbe wie #1f6feb ein.',
    url: 'Geben Sie eine vollständige Adresse ein, die mit https:// beginnt.',
    smtpUrl: 'Geben Sie eine URL ein, die mit smtp:// oder smtps:// beginnt.',
    tooLong: 'Das ist zu lang.',
    tooShort: 'Das ist zu kurz.',
  },
};
