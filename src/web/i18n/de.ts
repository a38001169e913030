import { deSurveys } from './de-surveys.js';
import { deContacts } from './de-contacts.js';
import { deBuilder } from './de-builder.js';
import { deSending } from './de-sending.js';
import { deSendingSettings } from './de-sending-settings.js';
import { deAnalytics } from './de-analytics.js';
import { deResponses } from './de-responses.js';
import { deFeedback } from './de-feedback.js';
import { deDigest } from './de-digest.js';
import { deBenchmarks } from './de-benchmarks.js';
import { deCases } from './de-cases.js';
import { deFollowUp } from './de-follow-up.js';
import { deIntegrations } from './de-integrations.js';
import { deAlerts } from './de-alerts.js';
import { deThemes } from './de-themes.js';
import { deTextTags } from './de-text-tags.js';
import { deThemeDetail } from './de-theme-detail.js';
import { deThemeDiscovery } from './de-theme-discovery.js';
import type { Messages } from './en.js';

/** German texts (formal "Sie", like the account mails). Same keys as `en.ts`. */
export const de: Messages = {
  app: {
    name: 'Resonance',
    tagline: 'Kundenfeedback – der ganze Net-Promoter-Kreislauf.',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    copy: 'Kopieren',
    copied: 'Kopiert',
    loadFailed: 'Das konnte nicht geladen werden.',
    offline: 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  roles: {
    owner: 'Inhaber',
    admin: 'Admin',
    analyst: 'Analyst',
    agent: 'Agent',
  },
  roleDescriptions: {
    owner: 'Alles, auch Mitglieder und Einladungen.',
    admin: 'Richtet Umfragen, Regeln, Integrationen und API-Schlüssel ein.',
    analyst: 'Liest Auswertungen, Antworten, Themen und Audits.',
    agent: 'Bearbeitet Nachfass-Fälle und antwortet Kunden.',
  },
  brand: {
    headline: 'Jede Kundenstimme hören. Auf jede Antwort reagieren.',
    loop: {
      collect: 'Feedback aus jedem Kontaktpunkt an einem Ort sammeln',
      inner: 'Kritische Antworten innerhalb von Minuten nachfassen',
      outer: 'Muster und Ursachen hinter Ihren Werten finden',
      predict: 'Abwanderungsgefährdete Kunden früh erkennen',
      close: 'Kunden zeigen, was aus ihrem Feedback geworden ist',
    },
    footnote: 'Open Source · selbst gehostet · Kundentexte verlassen nie Ihren Server',
  },
  auth: {
    email: 'E-Mail',
    emailPlaceholder: 'sie@firma.de',
    password: 'Passwort',
    passwordHint: 'Mindestens 8 Zeichen.',
    name: 'Ihr Name',
    namePlaceholder: 'Alex Beispiel',
    signIn: {
      title: 'Bei Resonance anmelden',
      subtitle: 'Willkommen zurück.',
      submit: 'Anmelden',
      forgot: 'Passwort vergessen?',
      noAccount: 'Neu bei Resonance?',
      toSignUp: 'Konto erstellen',
      or: 'oder',
    },
    signUp: {
      title: 'Konto erstellen',
      subtitle:
        'Richten Sie Resonance in einer Minute für Ihr Team ein. Als Nächstes legen Sie Ihre Organisation an.',
      submit: 'Konto erstellen',
      haveAccount: 'Sie haben schon ein Konto?',
      toSignIn: 'Anmelden',
      closedTitle: 'Registrierung geschlossen',
    },
    sso: {
      button: 'Mit SSO anmelden',
      intro:
        'Geben Sie Ihre geschäftliche E-Mail-Adresse ein. Wir leiten Sie zur Anmeldeseite Ihres Unternehmens weiter, danach kommen Sie direkt zurück.',
      email: 'Geschäftliche E-Mail',
      submit: 'Weiter mit SSO',
      back: 'Stattdessen mit Passwort anmelden',
      noProvider: 'Für diese E-Mail-Domain ist kein Single Sign-on eingerichtet.',
      failed: {
        accountNotLinked:
          'Für diese E-Mail-Adresse gibt es bereits ein Konto mit Passwort. Melden Sie sich stattdessen mit Ihrem Passwort an.',
        accessDenied: 'Die Anmeldung wurde bei Ihrem Identitätsanbieter abgebrochen.',
        signupDisabled:
          'Ihr Konto konnte nicht angelegt werden: Auf dieser Installation können sich keine neuen Konten registrieren. Wenden Sie sich an einen Administrator.',
        expired:
          'Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser begonnen. Bitte versuchen Sie es erneut.',
        provider:
          'Die Antwort Ihres Identitätsanbieters konnte nicht angenommen werden. Bitten Sie einen Inhaber Ihrer Organisation, die Single-Sign-on-Einstellungen zu prüfen.',
        generic:
          'Single Sign-on hat nicht funktioniert. Versuchen Sie es erneut oder melden Sie sich mit Ihrem Passwort an.',
      },
    },
    wrongAddress: {
      title: 'Öffnen Sie Resonance unter seiner eigenen Adresse',
      text: 'Diese Installation nimmt Anmeldungen und Registrierungen von {{here}} nicht an.',
      open: '{{url}} öffnen',
      publicUrl:
        'Um stattdessen {{here}} zu verwenden, etwa von einem anderen Rechner aus, starten Sie Resonance so:',
    },
    signupClosed:
      'Auf dieser Installation können sich keine neuen Konten registrieren. Bitten Sie einen Inhaber Ihrer Organisation um eine Einladung oder einen Administrator um ein Konto.',
    signupClosedInvited:
      'Auf dieser Installation können sich keine neuen Konten registrieren. Falls Sie noch kein Konto haben, bitten Sie die Person, die Sie eingeladen hat, eines für Sie anlegen zu lassen.',
    forgot: {
      title: 'Passwort zurücksetzen',
      subtitle:
        'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.',
      submit: 'Link senden',
      sentTitle: 'Sehen Sie in Ihr Postfach',
      sent: 'Falls es ein Konto für {{email}} gibt, ist ein Link zum Zurücksetzen unterwegs. Er ist eine Stunde gültig.',
      outboxHint: 'Kein Mailserver eingerichtet? Dann wartet die E-Mail im Postausgang der Installation.',
      back: 'Zurück zur Anmeldung',
    },
    reset: {
      title: 'Neues Passwort wählen',
      subtitle:
        'Melden Sie sich nach dem Speichern mit dem neuen Passwort an. Andere Sitzungen werden abgemeldet.',
      newPassword: 'Neues Passwort',
      confirm: 'Neues Passwort wiederholen',
      mismatch: 'Die Passwörter stimmen nicht überein.',
      submit: 'Neues Passwort speichern',
      done: 'Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.',
      missingToken: 'Dieser Link ist unvollständig. Fordern Sie einen neuen an.',
      invalidToken: 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.',
      requestNew: 'Neuen Link anfordern',
    },
    required: 'Pflichtfeld',
    invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein.',
    passwordTooShort: 'Verwenden Sie mindestens 8 Zeichen.',
  },
  onboarding: {
    title: 'Organisation anlegen',
    subtitle:
      'Eine Organisation enthält Ihre Umfragen, Kontakte und Ihr Feedback. Sie werden Inhaber und können danach Ihr Team einladen.',
    anotherTitle: 'Weitere Organisation anlegen',
    anotherSubtitle:
      'Zum Beispiel für einen Kunden oder eine eigene Marke. Sie können jederzeit zwischen Organisationen wechseln.',
    name: 'Name der Organisation',
    namePlaceholder: 'Muster GmbH',
    slug: 'Kurzname in Adressen',
    slugHint: 'Kleinbuchstaben, Ziffern und Bindestriche.',
    slugInvalid: 'Nur Kleinbuchstaben, Ziffern und Bindestriche verwenden.',
    submit: 'Organisation anlegen',
    cancel: 'Zurück zum Dashboard',
    signedInAs: 'Angemeldet als {{email}}',
    pendingInvite:
      'Wurden Sie in eine bestehende Organisation eingeladen? Öffnen Sie stattdessen den Link aus der Einladungs-E-Mail.',
    activating: 'Ihre Organisation wird geöffnet …',
  },
  invitation: {
    title: 'Einladung',
    signedOutTitle: 'Sie wurden zu Resonance eingeladen',
    signedOutText:
      'Melden Sie sich mit der E-Mail-Adresse an, an die die Einladung ging, oder erstellen Sie damit ein Konto. Danach kommen Sie direkt hierher zurück.',
    signedOutTextSignInOnly:
      'Melden Sie sich mit der E-Mail-Adresse an, an die die Einladung ging. Danach kommen Sie direkt hierher zurück.',
    signIn: 'Anmelden',
    signUp: 'Konto erstellen',
    details: '{{inviter}} hat Sie eingeladen, {{organization}} als {{role}} beizutreten.',
    expires: 'Gültig bis {{date}}',
    accept: 'Annehmen und beitreten',
    decline: 'Ablehnen',
    declined: 'Einladung abgelehnt.',
    joined: 'Willkommen bei {{organization}}.',
    invalid:
      'Diese Einladung ist nicht mehr gültig. Sie wurde vielleicht schon angenommen, zurückgezogen oder ist abgelaufen. Bitten Sie um eine neue.',
    wrongRecipient: 'Diese Einladung ging an eine andere E-Mail-Adresse. Sie sind als {{email}} angemeldet.',
    switchAccount: 'Mit einem anderen Konto anmelden',
    toDashboard: 'Zum Dashboard',
  },
  nav: {
    main: 'Hauptnavigation',
    overview: 'Übersicht',
    surveys: 'Umfragen',
    responses: 'Antworten',
    feedback: 'Feedback-Eingang',
    contacts: 'Kontakte',
    cases: 'Fälle',
    themes: 'Themen',
    audits: 'Audits',
    settings: 'Einstellungen',
    toggle: 'Navigation ein- oder ausblenden',
  },
  orgSwitcher: {
    label: 'Organisation:',
    heading: 'Ihre Organisationen',
    create: 'Organisation anlegen',
    switched: 'Gewechselt zu {{name}}.',
  },
  userMenu: {
    label: 'Kontomenü von {{name}}',
    signOut: 'Abmelden',
  },
  overview: {
    title: 'Übersicht',
    subtitle: 'NPS, CSAT und CES auf einen Blick, mit Verlauf und dem, was sie antreibt.',
    emptyTitle: 'Noch kein Feedback',
    emptyText:
      'Sobald die ersten Antworten eintreffen, erscheinen hier Ihre Werte, ihr Verlauf und die Themen dahinter. Füllen Sie die Organisation mit realistischen Beispieldaten, um gleich alles zu erkunden, oder beginnen Sie mit den Schritten unten.',
    demoFill: 'Mit Beispieldaten füllen',
    demoFilledTitle: 'Ihre Beispieldaten sind da',
    demoFilled:
      '{{contacts}} Kunden und {{feedbackItems}} Antworten, Bewertungen, Tickets und Chats aus den letzten zwei Jahren sind angelegt.',
    demoExists:
      'Diese Organisation hat bereits Kunden, daher wurden keine Beispieldaten hinzugefügt. Beispieldaten kommen nur in leere Organisationen, nie neben echte Daten.',
    demoNoPermission:
      'Bitten Sie einen Inhaber oder Admin, Beispieldaten zu laden oder die erste Umfrage einzurichten.',
    stepsTitle: 'Erste Schritte',
    glance: {
      title: 'Ihr Arbeitsbereich auf einen Blick',
      span: 'Feedback vom {{from}} bis {{to}}',
      noFeedback: 'Noch kein Feedback',
      contacts: 'Kunden',
      feedbackItems: 'Feedback-Einträge',
      scored: 'Antworten mit Wert',
      languages: 'Sprachen',
      byChannel: 'Feedback nach Kanal',
      byMetric: 'Antworten mit Wert, nach Frage',
    },
    channels: {
      survey: 'Umfrage-Antworten',
      review: 'Bewertungen',
      social: 'Soziale Medien',
      chat: 'Chats',
      email: 'E-Mails',
      ticket: 'Support-Tickets',
      call: 'Anrufe',
      message: 'Nachrichten',
      other: 'Sonstiges',
    },
    metrics: {
      nps: 'NPS (0–10)',
      csat: 'CSAT (Zufriedenheit)',
      ces: 'CES (Aufwand)',
      rating: 'Sternebewertungen',
      brand: 'Marke',
    },
    steps: {
      team: {
        title: 'Team einladen',
        text: 'Agents bearbeiten Nachfass-Fälle, Analysten lesen die Zahlen.',
        action: 'Mitglieder einladen',
      },
      apiKey: {
        title: 'Systeme anbinden',
        text: 'Mit einem API-Schlüssel senden Shop, CRM oder Helpdesk Kontakte und Feedback.',
        action: 'API-Schlüssel erstellen',
      },
      organization: {
        title: 'Umfragesprache und Branche festlegen',
        text: 'Gilt für neue Umfragen und für Branchen-Benchmarks.',
        action: 'Einstellungen öffnen',
      },
      plan: {
        title: 'Tarif prüfen',
        text: 'Sehen Sie, wie viele Umfrage-Sendungen diesen Monat übrig sind.',
        action: 'Tarif & Nutzung',
      },
    },
  },
  areas: {
    firstSteps: 'Was Sie zuerst tun',
    planned: 'Geplant',
    meanwhile: 'Was Sie heute schon tun können',
    surveys: {
      title: 'Umfragen',
      subtitle: 'Die richtige Frage im richtigen Moment stellen.',
      emptyTitle: 'Hier entstehen Ihre Umfragen',
      emptyText:
        'Erstellen Sie NPS-, CSAT- und CES-Umfragen auf Deutsch und Englisch und versenden Sie sie per E-Mail mit Ein-Klick-Bewertung, als öffentlichen Link oder in Ihrer App. Ein bewährtes Programm: NPS jedes Quartal, CSAT nach jedem Support-Kontakt, CES nach der Nutzung einer neuen Funktion.',
      steps: [
        'Legen Sie unter Kontakte die Kunden an, die Sie befragen möchten, oder senden Sie sie über die API.',
        'Wählen Sie eine Vorlage für NPS, CSAT oder CES und passen Sie den Wortlaut an.',
        'Bestimmen Sie den Versand: einmalig, regelmäßig oder nach einem Ereignis in Ihrem Produkt.',
      ],
    },
    responses: {
      title: 'Antworten',
      subtitle: 'Jede Antwort und jedes Feedback in einem Strom.',
      emptyTitle: 'Noch keine Antworten',
      emptyText:
        'Hier landen Umfrageantworten zusammen mit Bewertungen, Social-Media-Kommentaren, Nachrichten, Chats und Tickets – jeweils dem Kunden zugeordnet, mit Sprache, Stimmung und Themen.',
      steps: [
        'Versenden Sie Ihre erste Umfrage oder laden Sie Beispieldaten in der Übersicht.',
        'Übertragen Sie Bewertungen und Tickets mit einem API-Schlüssel über die API.',
      ],
    },
    contacts: {
      title: 'Kontakte',
      subtitle: 'Ein Profil pro Kunde, über alle Produkte und Kanäle.',
      emptyTitle: 'Noch keine Kontakte',
      emptyText:
        'Jeder Kontakt trägt Ihre eigene Kundennummer und Merkmale wie Segment, Region, Tarif und Umsatz. Antworten, Feedback aus allen Kanälen, Fälle und Verhalten stehen auf einer Zeitleiste.',
      steps: [
        'Importieren Sie einen CSV-Export aus Ihrem CRM oder Shop.',
        'Oder halten Sie Kontakte über die API automatisch aktuell.',
      ],
    },
    themes: {
      title: 'Themen',
      subtitle: 'Der äußere Kreislauf: Warum passiert das immer wieder?',
      emptyTitle: 'Themen sind noch nicht gebaut',
      emptyText:
        'Sie sind geplant: wiederkehrende Themen in Kommentaren, auf Deutsch und Englisch direkt auf Ihrem Server erkannt, mit ihrem Einfluss auf den NPS – damit Sie sehen, welche Verbesserung den Wert am stärksten heben würde.',
      steps: [
        'Lesen Sie die Kommentare unter Antworten: Filtern Sie nach Antworten mit Kommentar.',
        'Sammeln Sie mehr davon: Die Nachfass-Mail nach einer Umfrage bittet Kunden, die nur eine Bewertung abgegeben haben, um ein paar Worte.',
      ],
      action: 'Antworten mit Kommentar anzeigen',
    },
    audits: {
      title: 'Audits',
      subtitle: 'Die ganze Customer Journey prüfen, wenn es darauf ankommt.',
      emptyTitle: 'Journey-Audits sind noch nicht gebaut',
      emptyText:
        'Sie sind geplant: Ein Audit ist fällig, wenn der NPS innerhalb eines Quartals um mehr als 10 Punkte fällt, vor einem großen Launch, nach dem Eintritt in einen neuen Markt oder wenn dasselbe Problem immer wiederkehrt. Resonance wird dann auf diese Momente hinweisen und vorher mit nachher vergleichen.',
      steps: [
        'Beobachten Sie in der Übersicht den NPS-Verlauf auf Einbrüche.',
        'Vergleichen Sie in der Übersicht zwei Zeiträume, etwa die Quartale vor und nach einem Launch.',
      ],
      action: 'Zur Übersicht',
    },
  },
  settings: {
    title: 'Einstellungen',
    subtitle: 'Mitglieder, Zugänge, Tarif, Organisation und Versand.',
    tabs: {
      members: 'Mitglieder',
      apiKeys: 'API-Schlüssel',
      sso: 'Single Sign-on',
      plan: 'Tarif & Nutzung',
      organization: 'Organisation',
      sending: 'Versand',
      outbox: 'Postausgang',
    },
    noPermission: 'Ihre Rolle ({{role}}) kann das nicht sehen. Fragen Sie einen Inhaber oder Admin.',
  },
  members: {
    title: 'Mitglieder',
    readOnly: 'Nur Inhaber können Personen einladen und Rollen ändern.',
    inviteTitle: 'Jemanden einladen',
    inviteText: 'Die Person erhält eine E-Mail mit einem Link, der 7 Tage gültig ist.',
    email: 'E-Mail',
    role: 'Rolle',
    invite: 'Einladung senden',
    invited: 'Einladung an {{email}} gesendet.',
    name: 'Name',
    joined: 'Beigetreten',
    actions: 'Aktionen',
    you: 'Sie',
    changeRole: 'Rolle von {{name}}',
    roleChanged: '{{name}} ist jetzt {{role}}.',
    remove: 'Entfernen',
    removeLabel: 'Entfernen: {{name}}',
    removeTitle: '{{name}} entfernen?',
    removeText:
      '{{name}} verliert sofort den Zugang zu dieser Organisation. Bisherige Arbeit bleibt erhalten.',
    removed: '{{name}} wurde entfernt.',
    cancel: 'Abbrechen',
    pendingTitle: 'Offene Einladungen',
    noPending: 'Keine offenen Einladungen.',
    expires: 'Läuft ab',
    cancelInvitation: 'Einladung zurückziehen',
    cancelInvitationLabel: 'Einladung zurückziehen: {{email}}',
    invitationCancelled: 'Einladung an {{email}} zurückgezogen.',
    rolesTitle: 'Was die Rollen dürfen',
  },
  apiKeys: {
    title: 'API-Schlüssel',
    intro:
      'Mit API-Schlüsseln senden Ihre Systeme Kontakte, Ereignisse und Feedback und lesen Ergebnisse. Jeder Schlüssel gehört zu dieser Organisation und darf alles außer Schlüssel, Mitglieder und Tarif zu verwalten.',
    name: 'Name',
    namePlaceholder: 'z. B. Shop-Backend',
    create: 'Schlüssel erstellen',
    key: 'Schlüssel',
    created: 'Erstellt',
    createdBy: 'Erstellt von',
    lastUsed: 'Zuletzt benutzt',
    never: 'nie',
    status: 'Status',
    active: 'Aktiv',
    revoked: 'Widerrufen',
    revokedOn: 'Widerrufen am {{date}}',
    revoke: 'Widerrufen',
    revokeLabel: 'Widerrufen: {{name}}',
    revokeTitle: '„{{name}}“ widerrufen?',
    revokeText: 'Anfragen mit diesem Schlüssel schlagen sofort fehl. Das lässt sich nicht rückgängig machen.',
    revokeConfirm: 'Schlüssel widerrufen',
    revokedDone: 'Schlüssel „{{name}}“ widerrufen.',
    cancel: 'Abbrechen',
    empty:
      'Noch keine API-Schlüssel. Erstellen Sie einen pro angebundenem System, dann können Sie sie einzeln widerrufen.',
    secretTitle: 'Ihr neuer API-Schlüssel',
    secretWarning:
      'Kopieren Sie den Schlüssel jetzt und bewahren Sie ihn sicher auf. Er wird nur dieses eine Mal angezeigt; danach sind nur seine ersten Zeichen sichtbar.',
    secretLabel: 'API-Schlüssel „{{name}}“',
    copy: 'Kopieren',
    copied: 'Kopiert',
    done: 'Ich habe den Schlüssel gespeichert',
    usage: 'Senden Sie ihn als Header: Authorization: Bearer <Schlüssel>',
    unknownUser: '—',
  },
  sso: {
    title: 'Single Sign-on',
    intro:
      'Mitarbeitende melden sich über den Identitätsanbieter Ihres Unternehmens an (OpenID Connect: Okta, Microsoft Entra ID, Google Workspace, Keycloak und andere). Wer sich mit einer E-Mail-Adresse der Domain eines Anbieters anmeldet, tritt dieser Organisation als Analyst bei; die Rolle ändern Sie unter Mitglieder.',
    empty: 'Noch kein Identitätsanbieter. Fügen Sie unten einen hinzu.',
    addTitle: 'Identitätsanbieter hinzufügen',
    addIntro:
      'Registrieren Sie zuerst bei Ihrem Identitätsanbieter eine App (Client) für Resonance mit der unten gezeigten Weiterleitungs-URI und tragen Sie dann deren Angaben hier ein. Resonance liest die Einstellungen des Anbieters von seiner Issuer-URL; das kann einige Sekunden dauern.',
    providerId: 'Anbieter-ID',
    providerIdHint:
      'Benennt den Anbieter in der Weiterleitungs-URI. Kleinbuchstaben, Ziffern und Bindestriche.',
    providerIdPlaceholder: 'z. B. acme-okta',
    providerIdSlot: '<anbieter-id>',
    domain: 'E-Mail-Domain',
    domainHint: 'Wer eine Adresse dieser Domain hat, meldet sich hier an.',
    issuer: 'Issuer-URL',
    issuerHint: 'Der OpenID-Issuer Ihres Identitätsanbieters.',
    clientId: 'Client-ID',
    clientSecret: 'Client-Secret',
    redirectUri: 'Weiterleitungs-URI',
    redirectUriHint:
      'Tragen Sie genau diese Adresse als Weiterleitungs-URI (Callback) der App bei Ihrem Identitätsanbieter ein.',
    copyRedirectUri: 'Weiterleitungs-URI kopieren',
    copyRedirectUriOf: 'Weiterleitungs-URI von {{providerId}} kopieren',
    created: 'Hinzugefügt',
    save: 'Anbieter hinzufügen',
    saving: 'Identitätsanbieter wird kontaktiert …',
    added: 'Single Sign-on über {{providerId}} ist für {{domain}} eingerichtet.',
    delete: 'Entfernen',
    deleteLabel: 'Anbieter {{providerId}} entfernen',
    deleteTitle: '{{providerId}} entfernen?',
    deleteText:
      'Personen mit E-Mail-Adressen von {{domain}} können sich nicht mehr darüber anmelden. Ihre Mitgliedschaften bleiben bestehen.',
    deleteConfirm: 'Anbieter entfernen',
    deleted: 'Anbieter {{providerId}} entfernt.',
    cancel: 'Abbrechen',
    errors: {
      providerId:
        'Verwenden Sie 1–63 Kleinbuchstaben, Ziffern und Bindestriche, nicht am Anfang oder Ende ein Bindestrich.',
      url: 'Geben Sie eine vollständige URL ein, die mit https:// beginnt.',
      domain: 'Geben Sie eine E-Mail-Domain wie acme.de ein.',
      tooLong: 'Dieser Wert ist zu lang.',
      providerIdTaken: 'Diese Anbieter-ID ist schon vergeben. Wählen Sie eine andere.',
      domainTaken: 'Für diese E-Mail-Domain gibt es bereits einen Identitätsanbieter.',
      issuerNotAllowed:
        'Der Issuer muss eine https-Adresse auf einem öffentlichen Host sein. Anbieter in einem privaten Netz muss der Betreiber freigeben (SSO_INTERNAL_IDP_ORIGINS).',
      discovery: 'Die Einstellungen des Identitätsanbieters konnten nicht gelesen werden: {{detail}}',
    },
  },
  plan: {
    title: 'Tarif & Nutzung',
    current: 'Aktueller Tarif',
    names: {
      starter: 'Starter',
      growth: 'Growth',
      business: 'Business',
      selfhosted: 'Selbst gehostet',
    },
    sendsTitle: 'Umfrage-Sendungen diesen Monat',
    sendsUsed: '{{used}} von {{limit}} genutzt',
    unlimited: '{{used}} gesendet · ohne Limit',
    remaining: 'noch {{remaining}}',
    resets: 'Der Zähler beginnt am {{date}} neu.',
    beyondLimitRefuse: 'Sendungen über dem Limit werden bis dahin abgelehnt.',
    beyondLimitHold: 'Sendungen über dem Limit warten bis dahin.',
    beyondLimitChange: 'In den Versand-Einstellungen ändern',
    nearLimit: 'Sie haben den Großteil der Sendungen dieses Monats genutzt.',
    plansTitle: 'Tarife',
    setByOperator:
      'Tarife legt fest, wer diese Resonance-Installation betreibt, nicht das Dashboard. Für einen anderen Tarif wenden Sie sich an den Betreiber.',
    operatorCommand: 'Betreiben Sie Resonance selbst? Den Tarif setzen Sie auf dem Server:',
    currentBadge: 'aktuell',
    sendLimit: '{{limit}} Umfrage-Sendungen im Monat',
    noSendLimit: 'Umfrage-Sendungen ohne Limit',
  },
  organization: {
    title: 'Organisation',
    name: 'Name',
    slug: 'Kurzname',
    created: 'Angelegt',
    defaultLanguage: 'Standardsprache für Umfragen',
    defaultLanguageHint:
      'Neue Umfragen beginnen in dieser Sprache. Befragte erhalten trotzdem ihre eigene Sprache, wo es eine Übersetzung gibt.',
    industry: 'Branche',
    industryHint: 'Dient dazu, Ihre Werte mit Benchmarks Ihrer Branche zu vergleichen.',
    industryNone: 'Nicht festgelegt',
    industries: {
      software: 'Software & Cloud-Dienste',
      ecommerce: 'E-Commerce & Handel',
      banking: 'Banken & Finanzen',
      insurance: 'Versicherungen',
      telecom: 'Telekommunikation',
      utilities: 'Energie & Versorger',
      healthcare: 'Gesundheitswesen',
      travel: 'Reisen & Gastgewerbe',
      automotive: 'Automobil & Mobilität',
      education: 'Bildung',
      publicSector: 'Öffentlicher Sektor',
      other: 'Sonstige',
    },
    save: 'Speichern',
    saved: 'Einstellungen gespeichert.',
    readOnly: 'Nur Inhaber und Admins können diese Einstellungen ändern.',
  },
  outbox: {
    title: 'Postausgang',
    intro:
      'Ohne eingerichteten Mailserver (SMTP_URL) bewahrt Resonance ausgehende E-Mails hier auf, statt sie zu senden – so geht nichts verloren. Einladungslinks können Sie hier kopieren.',
    empty: 'Noch keine E-Mails. Einladungen und Umfrage-E-Mails dieser Organisation erscheinen hier.',
    to: 'An',
    status: {
      outbox: 'Im Postausgang',
      queued: 'In Warteschlange',
      sent: 'Gesendet',
      failed: 'Fehlgeschlagen',
    },
    created: 'Erstellt {{date}}',
    sentAt: 'Gesendet {{date}}',
  },
  contacts: deContacts,
  surveys: deSurveys,
  builder: deBuilder,
  sending: deSending,
  sendingSettings: deSendingSettings,
  analytics: deAnalytics,
  responses: deResponses,
  feedback: deFeedback,
  digest: deDigest,
  benchmarks: deBenchmarks,
  cases: deCases,
  followUp: deFollowUp,
  integrations: deIntegrations,
  alerts: deAlerts,
  themesPage: deThemes,
  textTags: deTextTags,
  themeDetail: deThemeDetail,
  themeDiscovery: deThemeDiscovery,
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Adresse gibt es in Resonance nicht.',
    back: 'Zur Übersicht',
  },
  errors: {
    generic: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    INVALID_EMAIL_OR_PASSWORD: 'E-Mail oder Passwort ist nicht korrekt.',
    USER_ALREADY_EXISTS: 'Es gibt schon ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an.',
    USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
      'Es gibt schon ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an.',
    PASSWORD_TOO_SHORT: 'Das Passwort ist zu kurz: Verwenden Sie mindestens 8 Zeichen.',
    PASSWORD_TOO_LONG: 'Das Passwort ist zu lang: Verwenden Sie höchstens 128 Zeichen.',
    INVALID_EMAIL: 'Geben Sie eine gültige E-Mail-Adresse ein.',
    INVALID_TOKEN: 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.',
    ORGANIZATION_ALREADY_EXISTS: 'Dieser Kurzname ist vergeben. Wählen Sie einen anderen.',
    ORGANIZATION_SLUG_ALREADY_TAKEN: 'Dieser Kurzname ist vergeben. Wählen Sie einen anderen.',
    USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: 'Diese Person ist bereits Mitglied.',
    USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION: 'Diese Person hat bereits eine offene Einladung.',
    YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: 'Die Organisation braucht mindestens einen Inhaber.',
    INVITATION_NOT_FOUND: 'Diese Einladung ist nicht mehr gültig. Bitten Sie um eine neue.',
    YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: 'Diese Einladung ging an eine andere E-Mail-Adresse.',
    YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER: 'Die Organisation braucht mindestens einen Inhaber.',
    UNAUTHENTICATED: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    FORBIDDEN: 'Ihre Rolle erlaubt das nicht.',
    RATE_LIMITED: 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.',
    QUOTA_EXCEEDED: 'Das Monatskontingent Ihres Tarifs ist aufgebraucht.',
    INTERNAL: 'Auf unserer Seite ist etwas schiefgelaufen. Der Fehler wurde protokolliert.',
  },
};
