import type { Messages } from './en.js';

/** Deutsche Texte der Antworten-Seite (Drill-down), des Periodenvergleichs und der Loyalitätsökonomie. Teil von `de.ts`. */
export const deResponses: Messages['responses'] = {
  page: {
    title: 'Antworten',
    subtitle: 'Die Antworten hinter jeder Zahl: Wert, Kommentar, Kunde und Umfrage.',
  },
  filters: {
    label: 'Antworten filtern',
    all: 'Alle',
    npsOnly: 'Nur bei NPS',
    metric: 'Kennzahl',
    category: 'NPS-Kategorie',
    score: 'Wert',
    comment: 'Kommentar',
    withComment: 'Mit Kommentar',
    withoutComment: 'Ohne Kommentar',
    from: 'Von',
    to: 'Bis (einschließlich)',
    survey: 'Umfrage',
    channel: 'Kanal',
    segment: 'Segment',
    region: 'Region',
    product: 'Produkt',
    touchpoint: 'Touchpoint',
    language: 'Sprachcode',
    clear: 'Filter zurücksetzen',
    contact: 'Kunde {{id}} – entfernen',
  },
  metrics: {
    nps: 'NPS',
    csat: 'CSAT',
    ces: 'CES',
  },
  categories: {
    promoter: 'Promotor',
    passive: 'Passiv',
    detractor: 'Kritiker',
  },
  channels: {
    email: 'E-Mail',
    link: 'Link',
    widget: 'Widget',
    api: 'API',
  },
  table: {
    label: 'Antworten',
    score: 'Wert',
    comment: 'Kommentar',
    customer: 'Kunde',
    survey: 'Umfrage · Kanal',
    date: 'Beantwortet',
    noScore: 'Kein Wert',
    noComment: 'Kein Kommentar',
    anonymous: 'Anonym',
    feedbackApi: 'Feedback-API',
  },
  list: {
    count_one: '{{formatted}} Antwort',
    count_other: '{{formatted}} Antworten',
    shown: '{{shown}} von {{total}} angezeigt',
    loadMore: 'Mehr laden',
  },
  empty: {
    title: 'Noch keine Antworten',
    text: 'Antworten erscheinen hier, sobald Kunden antworten. Schalten Sie eine Umfrage live und versenden Sie sie, teilen Sie ihren Link oder ihr Widget – oder füllen Sie auf der Übersicht den Demo-Arbeitsbereich, um sich umzusehen.',
    action: 'Zu den Umfragen',
    noMatchTitle: 'Keine Antwort passt zu diesen Filtern',
    noMatchText:
      'Erweitern Sie den Zeitraum oder entfernen Sie einen Filter. Die Zahlen der Übersicht nutzen dieselben Filter; eine Zahl dort ist genau diese Liste.',
  },
  export: {
    csv: 'CSV exportieren',
    xlsx: 'XLSX exportieren',
  },
  compare: {
    title: 'Zwei Zeiträume vergleichen',
    subtitle: 'NPS zweier Zeiträume mit 95-%-Intervallen – und ob die Änderung mehr als Zufall ist.',
    periodA: 'Zeitraum A',
    periodB: 'Zeitraum B',
    from: 'Von',
    to: 'Bis (einschließlich)',
    interval: '95-%-Intervall {{interval}}',
    noInterval: 'kein Intervall',
    thin: 'Weniger als 30 Antworten',
    difference: 'Differenz B − A',
    points: 'Punkte',
    differenceInterval: '95-%-KI der Differenz',
    pValue: 'p-Wert',
    chartRow: '{{label}}: NPS {{score}}, 95-%-Intervall {{interval}}.',
    invalid: 'Wählen Sie für beide Zeiträume einen ersten und letzten Tag, jeweils den Anfang vor dem Ende.',
    noAnswers: 'Ein Zeitraum hat keine NPS-Antworten; es gibt noch nichts zu vergleichen.',
    method:
      'Intervall und p-Wert: adjustierter Wald-Test für zwei Stichproben (Rocks 2016). Ein Rückgang ist signifikant, wenn die einseitige 95-%-Grenze unter 0 bleibt, wesentlich, wenn er zudem mindestens 10 Punkte beträgt, und bestätigt, wenn selbst die Grenze mehr als 10 Punkte zeigt.',
    verdicts: {
      'confirmed-drop': {
        title: 'Bestätigter Rückgang um mehr als 10 Punkte',
        text: 'Auch unter Berücksichtigung des Zufalls ist der NPS um mehr als 10 Punkte gefallen. Das ist ein Fall für ein Journey-Audit.',
      },
      'material-drop': {
        title: 'Wesentlicher Rückgang',
        text: 'Der NPS ist signifikant und um mindestens 10 Punkte gefallen; dass der wahre Rückgang 10 Punkte übersteigt, können die Daten noch nicht bestätigen.',
      },
      'significant-drop': {
        title: 'Signifikanter, kleinerer Rückgang',
        text: 'Der NPS ist stärker gefallen, als der Zufall erklärt, aber um weniger als 10 Punkte.',
      },
      'cannot-tell': {
        title: 'Die Daten können es noch nicht sagen',
        text: 'Die Zeiträume haben zu wenige Antworten, um eine echte Änderung von Rauschen zu unterscheiden.',
        needed_one:
          'Die Zeiträume haben zu wenige Antworten, um eine echte Änderung von Rauschen zu unterscheiden: Nötig wäre etwa {{formatted}} Antwort je Zeitraum.',
        needed_other:
          'Die Zeiträume haben zu wenige Antworten, um eine echte Änderung von Rauschen zu unterscheiden: Nötig wären etwa {{formatted}} Antworten je Zeitraum.',
      },
      'no-material-drop': {
        title: 'Kein wesentlicher Rückgang',
        text: 'Der NPS ist nicht stärker gefallen, als der Zufall erklärt.',
      },
    },
  },
  loyalty: {
    title: 'Loyalitätsökonomie nach NPS-Kategorie',
    subtitle:
      'Was Kunden in den 12 Monaten nach ihrer Antwort taten, nach ihrer Kategorie zum Zeitpunkt der Umfrage.',
    associationTitle: 'Zusammenhang, keine Ursache',
    associationText:
      'Diese Zahlen zeigen, wie sich Kunden jeder Kategorie danach verhalten haben. Wer Sie empfiehlt, bleibt vielleicht aus denselben Gründen, aus denen er empfiehlt – wer einen Passiven zum Promotor macht, kauft damit nicht automatisch den Unterschied.',
    window: 'Antworten vom {{from}} bis {{to}}: {{respondents}} von {{contacts}} Kunden haben geantwortet.',
    defaultWindow:
      'Der Zeitraum der Ansicht ist für ein volles Jahr Beobachtung zu jung; verwendet wird das Jahr, das vor zwölf Monaten endete.',
    empty: 'Keine NPS-Antworten in diesem Zeitraum: Alle Kunden zählen als Nicht-Antwortende.',
    tableLabel: 'Loyalität je NPS-Kategorie',
    columns: {
      category: 'Kategorie bei der Umfrage',
      customers: 'Kunden',
      retention: 'Nach 12 Monaten noch Kunde',
      repurchase: 'In 12 Monaten erneut gekauft',
      revenue: 'Jahresumsatz · Anteil',
      clv: 'Beobachteter CLV (95-%-KI)',
    },
    categories: {
      promoter: 'Promotoren',
      passive: 'Passive',
      detractor: 'Kritiker',
      'non-respondent': 'Nicht geantwortet',
    },
    thin: 'weniger als 30',
    notYet: 'Noch nicht beobachtbar',
    noInterval: 'kein Intervall',
    ratio: 'CLV Promotoren ÷ Kritiker',
    ratioDetail: '95-%-Bootstrap-Intervall {{interval}}',
    ratioMissing: 'Braucht Promotoren und Kritiker mit Umsatz',
    detractorRevenue: 'Umsatz bei Kritikern',
    detractorShare: '{{share}} des gesamten Jahresumsatzes',
    claimsTitle: 'Was die Quellen behaupten – und was Ihre Kunden zeigen',
    claimColumn: 'Behauptung',
    popularClaimCitation:
      'Viel zitierte NPS-Zahlen, z. B. in „Ihr Weg vom NPS-Score zum Wachstumshebel“, deutschsprachiger Web-Ratgeber; Autor, Herausgeber und Jahr nicht angegeben. Eine Studie wird dafür nicht genannt',
    oursColumn: 'Ihre Kunden',
    ownRepurchase: 'Promotoren {{promoters}}, Passive {{passives}} kauften erneut',
    ownRatio: 'Der CLV der Promotoren ist {{ratio}}-mal so hoch wie der der Kritiker (95-%-KI {{interval}})',
    ownNotYet: 'Noch nicht beobachtbar',
    bootstrap:
      'CLV-Intervalle: Perzentil-Bootstrap mit {{resamples}} Wiederholungen (mit festem Startwert, die Zahlen ändern sich beim Neuladen nicht).',
  },
};
