import type { Messages } from './en.js';

/**
 * Deutsche Texte der Alarmregeln unter Einstellungen → Integrationen. Teil von `de.ts`. Die
 * Beschreibungen der Ereignistypen sind die der Webhooks (`integrations.eventTypes`).
 */
export const deAlerts: Messages['alerts'] = {
  title: 'Alarme: Slack, Teams und E-Mail',
  intro:
    'Alarmregeln sagen Menschen, was Webhooks Systemen sagen: Der Kommentar eines Kritikers oder ein Fall, der sein SLA verfehlt hat, geht an einen Slack- oder Microsoft-Teams-Kanal, eine E-Mail-Liste oder einen Webhook-Endpunkt, auf Deutsch oder Englisch. Slack und Teams erhalten höchstens etwa eine Nachricht pro Sekunde und Kanal; ein Schwall wird zu einer Zusammenfassung, statt verloren zu gehen.',
  add: 'Alarmregel hinzufügen',
  empty: {
    title: 'Noch keine Alarmregeln',
    text: 'Eine Regel wählt Ereignisse aus – zum Beispiel jeden Kritiker, der einen Kommentar hinterlassen hat, oder jeden Fall, der sein SLA verfehlt hat – und sendet jedes an einen Slack- oder Teams-Kanal, eine Liste von E-Mail-Adressen oder einen Webhook-Endpunkt. Fügen Sie eine Regel hinzu und wählen Sie Ereignisse, Bedingungen und Ziel.',
  },
  targetKind: {
    slack: 'Slack',
    teams: 'Microsoft Teams',
    email: 'E-Mail',
    webhook: 'Webhook-Endpunkt',
  },
  bands: {
    detractor: 'Kritiker',
    passive: 'Passive',
    promoter: 'Promotoren',
  },
  languages: {
    de: 'Deutsch',
    en: 'Englisch',
  },
  rule: {
    enabled: 'Aktiv',
    disabled: 'Aus',
    target: 'Sendet an',
    endpointGone: 'einen Endpunkt, den es nicht mehr gibt',
    events: 'Ereignisse',
    conditions: 'Nur wenn',
    noConditions: 'Keine Bedingungen: jedes Ereignis dieser Typen.',
    conditionBands: 'Bewertung: {{list}}',
    withComment: 'mit Kommentar',
    withoutComment: 'ohne Kommentar',
    conditionSegments: 'Segment: {{list}}',
    conditionChannels: 'Kanal: {{list}}',
    conditionSurveys: 'Umfrage: {{list}}',
    language: 'Nachrichten auf {{language}}',
    disabledReason: {
      manual:
        'Ausgeschaltet: Es wird nichts gesendet, und Ereignisse in dieser Zeit werden auch später nicht gemeldet.',
      gone: 'Ausgeschaltet: Der Kanal hat mit 410 Gone geantwortet, sein eingehender Webhook existiert also nicht mehr. Tragen Sie eine neue URL ein und schalten Sie die Regel dann wieder ein.',
      failing:
        'Ausgeschaltet: Fünf Tage lang ist keine Nachricht angekommen. Die Admins wurden per E-Mail informiert. Prüfen Sie den eingehenden Webhook und schalten Sie die Regel dann wieder ein.',
    },
    failingSince: 'Nachrichten schlagen seit {{date}} fehl; Resonance versucht es weiter.',
    actions: 'Aktionen für {{name}}',
    edit: 'Bearbeiten',
    turnOn: 'Einschalten',
    turnOff: 'Ausschalten',
    turnedOn: 'Alarmregel eingeschaltet.',
    turnedOff: 'Alarmregel ausgeschaltet.',
    delete: 'Löschen',
    showLog: 'Nachrichtenprotokoll',
    hideLog: 'Nachrichtenprotokoll ausblenden',
  },
  form: {
    newTitle: 'Neue Alarmregel',
    editTitle: 'Alarmregel bearbeiten',
    name: 'Name',
    nameHint: 'Wofür die Regel da ist, damit Ihre Kollegen sie wiedererkennen.',
    namePlaceholder: 'z. B. Enterprise-Kritiker',
    events: 'Ereignisse',
    eventsHint: 'Die Regel meldet die Ereignisse, die Sie ankreuzen.',
    conditions: 'Bedingungen',
    conditionsHint: 'Jede Bedingung, die Sie setzen, muss zutreffen; eine leere lässt alles zu.',
    itemOnlyHint:
      'Bewertung, Kommentar und Umfrage gehören zu Antworten und Feedback: Eine Regel, die sie nutzt, meldet nur response.created und feedback.created.',
    bands: 'Bewertung',
    bandsHint:
      'Kritiker: NPS 0–6, CSAT 1–2, CES 1–3. Promotoren: NPS 9–10, CSAT 4–5, CES 6–7. Passive: dazwischen. Nichts angekreuzt: jede Bewertung.',
    comment: 'Kommentar',
    commentAny: 'Mit oder ohne',
    commentWith: 'Nur mit Kommentar',
    commentWithout: 'Nur ohne Kommentar',
    segments: 'Kundensegmente',
    segmentsHint:
      'Das Segment des Kontakts, z. B. Enterprise; Groß- und Kleinschreibung spielen keine Rolle.',
    channels: 'Kanäle',
    surveys: 'Umfragen',
    anyValue: 'Beliebig; eintippen und Enter drücken',
    anyChannel: 'Jeder Kanal',
    anySurvey: 'Jede Umfrage',
    target: 'Senden an',
    slackUrl: 'URL des eingehenden Slack-Webhooks',
    slackUrlHint:
      'Fügen Sie in Slack dem Kanal eine App mit „Incoming Webhooks“ hinzu und kopieren Sie deren URL (https://hooks.slack.com/services/…). Sie wird verschlüsselt gespeichert und danach nur noch als Hinweis angezeigt.',
    teamsUrl: 'URL des eingehenden Teams-Webhooks',
    teamsUrlHint:
      'Die URL des eingehenden Webhooks oder Workflows-Webhooks des Kanals. Sie wird verschlüsselt gespeichert und danach nur noch als Hinweis angezeigt.',
    urlKeep: 'Jetzt: {{hint}}. Leer lassen, um sie zu behalten.',
    urlPlaceholder: 'https://hooks.slack.com/services/…',
    emails: 'E-Mail-Adressen',
    emailsHint:
      'Bis zu 20 Adressen Ihres Teams; jede erhält jeden Alarm oder bei einem Schwall eine Zusammenfassung. Adresse eintippen und Enter drücken.',
    endpoint: 'Webhook-Endpunkt',
    endpointHint:
      'Er erhält jedes passende Ereignis als signiertes Katalogereignis. Wird der Endpunkt gelöscht, wird auch diese Regel gelöscht.',
    endpointPlaceholder: 'Endpunkt wählen',
    noEndpoints: 'Es gibt noch keinen Webhook-Endpunkt. Fügen Sie zuerst oben unter Webhooks einen hinzu.',
    language: 'Sprache der Nachrichten',
    enabled: 'Alarme dieser Regel senden',
    enabledHint:
      'Ausgeschaltet wird nichts gesendet, und Ereignisse in dieser Zeit werden auch später nicht gemeldet.',
    save: 'Regel speichern',
    create: 'Regel hinzufügen',
    cancel: 'Abbrechen',
    saved: 'Alarmregel gespeichert.',
    created: 'Alarmregel hinzugefügt.',
    errors: {
      name: 'Geben Sie der Regel einen Namen mit höchstens 200 Zeichen.',
      eventsRequired: 'Kreuzen Sie mindestens ein Ereignis an.',
      itemOnly:
        'Diese Bedingung liest nur Antworten und Feedback: Entfernen Sie die Fall-Ereignisse oder leeren Sie die Bedingung.',
      list: 'Höchstens 50 Einträge mit bis zu 200 Zeichen, jeder nur einmal.',
      urlRequired: 'Geben Sie die URL des eingehenden Webhooks ein.',
      url: 'Geben Sie eine vollständige http- oder https-Adresse ein, ohne Benutzername, Passwort oder #Fragment.',
      urlTooLong: 'Diese Adresse ist zu lang (höchstens 2.000 Zeichen).',
      unresolvable: 'Der Host {{host}} wurde nicht gefunden. Prüfen Sie die Adresse.',
      refused:
        '{{host}} führt zu {{address}}, einer Adresse, an die keine Alarme gesendet werden (intern, privat oder reserviert). Wer diese Resonance-Installation betreibt, kann das Netz in WEBHOOK_ALLOWED_NETWORKS erlauben.',
      emailsRequired: 'Geben Sie mindestens eine Adresse ein.',
      email: '„{{value}}“ ist keine E-Mail-Adresse.',
      emailsList: 'Höchstens 20 Adressen, jede nur einmal.',
      endpoint: 'Wählen Sie einen Ihrer Webhook-Endpunkte.',
      tooMany:
        'Eine Organisation kann höchstens 50 Alarmregeln haben. Entfernen Sie zuerst eine, die Sie nicht mehr brauchen.',
    },
  },
  remove: {
    title: 'Alarmregel „{{name}}“ löschen?',
    text: 'Für sie wird nichts mehr gesendet. Wartende Alarme werden verworfen und ihr Nachrichtenprotokoll wird gelöscht. Das lässt sich nicht rückgängig machen.',
    confirm: 'Regel löschen',
    cancel: 'Abbrechen',
    done: 'Alarmregel gelöscht.',
  },
  log: {
    title: 'Nachrichtenprotokoll',
    intro:
      'Die Nachrichten der Regel aus den letzten 30 Tagen, neueste zuerst. Öffnen Sie eine, um jeden Versuch und den gesendeten Inhalt zu sehen.',
    empty:
      'Noch keine Nachrichten. Die erste geht wenige Sekunden nach dem ersten passenden Ereignis hinaus.',
    disabledHint: 'Die Regel ist aus: Es wird nichts gesendet, bis Sie sie wieder einschalten.',
    emailHint:
      'Alarme an eine E-Mail-Liste gehen als Mails hinaus; Sie finden sie unter Einstellungen → Postausgang.',
    webhookHint:
      'Alarme an einen Webhook-Endpunkt sind signierte Katalogereignisse; Sie finden sie im Zustellprotokoll dieses Endpunkts unter Webhooks.',
    summary: 'Zusammenfassung mehrerer Alarme',
    loadMore: 'Ältere Nachrichten anzeigen',
  },
};
