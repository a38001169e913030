import type { Messages } from './en.js';

/** Deutsche Texte der Seite eines Themas. Teil von `de.ts`. */
export const deThemeDetail: Messages['themeDetail'] = {
  subtitle: 'Wie oft es vorkommt, in welchem Tonfall, woher es kommt und was es den NPS kostet.',
  back: 'Alle Themen',
  notFound: {
    title: 'Dieses Thema gibt es nicht',
    text: 'Es gehört nicht zu den kuratierten Themen, und kein Kommentar dieser Organisation wurde ihm je zugeordnet. Wählen Sie eines auf der Themen-Seite.',
  },
  empty: {
    title: 'Kein Kommentar dieses Zeitraums nennt {{name}}',
    text: 'Wählen Sie oben einen längeren Zeitraum, oder sehen Sie auf der Themen-Seite, worum es in den Kommentaren dieses Zeitraums geht.',
  },
  figures: {
    mentions: 'Nennungen',
    shareOf: '{{share}} von {{comments}} gelesenen Kommentaren',
    shareInterval: '95-%-Intervall {{low}}–{{high}}',
    answers_one: 'Die Antwort ansehen',
    answers_other: 'Die {{formatted}} Antworten ansehen',
    tone: 'Tonfall',
    negativeShare: '{{share}} der Nennungen sind negativ',
    impact: 'Wirkung auf den NPS',
    impactValue: '{{value}} Pkt.',
    impactInterval: '95-%-Bootstrap-Intervall {{low}} … {{high}} Pkt.',
    impactAnswers: 'NPS {{with}} mit, {{without}} ohne das Thema ({{answers}} Antworten nennen es)',
    impactFew: 'Weniger als 10 NPS-Antworten nennen es: Seine Wirkung wäre vor allem Rauschen.',
    impactNone: 'Keine NPS-Antwort dieses Zeitraums nennt es, oder alle.',
    trend: 'Im Vergleich zu vorher',
    rising: 'Steigend',
    risingText:
      'Sein Anteil stieg von {{baseline}} in den drei Zeiträumen davor auf {{share}} (q = {{q}}; einseitiger Test, 5 % Falschentdeckungsrate über alle Themen).',
    steady: 'Kein signifikanter Anstieg',
    steadyText: 'In den drei Zeiträumen davor hatte es {{baseline}} der Kommentare (q = {{q}}).',
    untested: 'Nicht getestet',
    untestedText:
      'Ein Anstieg wird ab 10 Nennungen geprüft, und nur wenn es in den drei Zeiträumen davor Kommentare gibt.',
  },
  chart: {
    title: 'Anteil an den Kommentaren im Zeitverlauf',
    subtitle:
      'Pro {{grain}}: der Anteil der gelesenen Kommentare, die es nennen, mit 95-%-Wilson-Intervall. Hohle Punkte haben weniger als 30 Kommentare; jeder Punkt öffnet seine Antworten.',
    label: 'Anteil der Kommentare, die {{name}} nennen, pro {{grain}}',
    point:
      '{{bucket}}: {{share}} von {{comments}} Kommentaren ({{mentions}} Nennungen), 95-%-Intervall {{low}}–{{high}}',
    pointEmpty: '{{bucket}}: keine Kommentare gelesen',
    grain: { day: 'Tag', week: 'Woche', month: 'Monat' },
  },
  breakdown: {
    title: 'Woher es kommt',
    subtitle:
      'Nennungen und der Anteil der Kommentare jeder Gruppe, die es nennen, mit 95-%-Intervall. Gruppen mit weniger als 30 Kommentaren werden zusammengefasst, nicht einzeln gezeigt.',
    channel: 'Kanal',
    segment: 'Segment',
    touchpoint: 'Touchpoint',
    none: 'keine Angabe',
    mentions_one: '{{formatted}} Nennung',
    mentions_other: '{{formatted}} Nennungen',
    share: '{{share}} von {{comments}} Kommentaren ({{low}}–{{high}})',
    hidden_one: 'Eine kleinere Gruppe: {{mentions}} weitere Nennungen',
    hidden_other: '{{groups}} kleinere Gruppen: {{mentions}} weitere Nennungen',
    empty: 'Noch keine Gruppe hat 30 Kommentare.',
    open: '{{mentions}}: die Antworten von {{group}}, die es nennen',
  },
  examples: {
    title: 'Neueste Kommentare',
    subtitle:
      'Bis zu acht der neuesten, negative und positive gemischt. Unterstrichen: die Wörter, die sie diesem Thema zuordnen; rot oder grün hinterlegt: die Wörter, die den Tonfall bestimmen.',
    negative: 'Negativ',
    positive: 'Positiv',
    neutral: 'Neutral',
    answer: 'Antwort öffnen',
    case: 'Fall öffnen',
  },
  method:
    'Die Wirkung ist NPS(alle) − NPS(alle ohne das Thema), ein Zusammenhang, keine Ursache; sein Intervall ist ein Perzentil-Bootstrap (2.000 Ziehungen der Antworten mit und ohne das Thema). Anteile tragen Wilson-Intervalle. „Steigend“ vergleicht den Anteil mit dem dreimal so langen Zeitraum direkt davor.',
};
