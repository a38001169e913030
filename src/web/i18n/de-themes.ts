import type { Messages } from './en.js';

/** Deutsche Texte der Themen-Seite. Teil von `de.ts`. */
export const deThemes: Messages['themesPage'] = {
  title: 'Themen',
  subtitle: 'Worum es in den Kommentaren geht – und was jedes Thema den NPS kostet.',
  summary:
    '{{comments}} Kommentare dieses Zeitraums auf diesem Server gelesen (Deutsch und Englisch; kein Text verlässt ihn) · {{answers}} NPS-Antworten',
  empty: {
    title: 'In diesem Zeitraum wurde kein Kommentar gelesen',
    text: 'Resonance liest jeden Kommentar, jede Bewertung, jedes Ticket und jeden Chat beim Eintreffen – Sprache, Tonfall und Themen, auf Deutsch und Englisch, auf Ihrem eigenen Server. Wählen Sie einen längeren Zeitraum oder sehen Sie sich das eingegangene Feedback an.',
    action: 'Feedback-Eingang öffnen',
  },
  list: {
    title: 'Genannte Themen',
    subtitle:
      'Die häufigsten zuerst. Die Wirkung ist NPS(alle) − NPS(alle ohne das Thema): negativ, wo das Thema den Wert drückt; der Balken zeigt ihr 95-%-Intervall um null.',
    none: 'Kein Kommentar dieses Zeitraums passte zu einem Thema.',
    quiet: 'In diesem Zeitraum nicht genannt: {{names}}.',
  },
  table: {
    theme: 'Thema',
    mentions: 'Nennungen',
    shareOf: '{{share}} der Kommentare, {{low}}–{{high}}',
    tone: 'Tonfall',
    negativeShare: '{{share}} negativ',
    impactInterval: 'Wirkung auf den NPS, 95-%-Intervall',
    impact: 'Wirkung',
    points: '{{value}} Pkt.',
    fewAnswers: 'wenige Antworten',
    fewAnswersText: 'Weniger als 10 NPS-Antworten nennen es: Seine Wirkung wäre vor allem Rauschen.',
  },
  reading: {
    title: 'Wie Kommentare gelesen werden',
    subtitle:
      'Mit den eingebauten deutschen und englischen Lexika oder mit einem Modell aus Ihren eigenen bewerteten Kommentaren, wo es diese besser liest.',
    none: 'Gelesen mit den eingebauten Lexika. Ab {{min}} Kommentaren von Promotoren und {{min}} von Kritikern lernt Resonance ein Modell aus Ihren eigenen Worten und nutzt es, wenn es Ihre Kommentare besser liest.',
    using: 'Tonfall gelesen mit:',
    chosen: { model: 'Ihrem Modell', lexicon: 'den Lexika' },
    trainedAt: 'trainiert am {{at}}',
    auc: 'AUC {{auc}} ({{low}}–{{high}})',
    figures:
      'Auf {{n}} zurückgehaltenen Kommentaren, mit denen nie trainiert wurde: Ihr Modell {{model}}, Lexika {{lexicon}}. 1 heißt, jeder positive Kommentar steht vor jedem negativen, 0,5 ist Zufall.',
    tooFew:
      'Noch zu wenige bewertete Kommentare zum Trainieren: {{positive}} positive und {{negative}} negative, je {{min}} nötig.',
    train: 'Mit meinen Kommentaren trainieren',
    retrain: 'Erneut trainieren',
    training: 'Training läuft',
  },
  rising: 'Steigend',
  risingTitle: 'Sein Anteil stieg von {{baseline}} davor auf {{share}} (q = {{q}})',
  open: '{{name}} öffnen',
  tone: {
    negative: 'Negativ',
    neutral: 'Gemischt',
    positive: 'Positiv',
  },
  method:
    'So wird gelesen: Ein kuratiertes zweisprachiges Wörterbuch findet die Themen, Lexika mit Verneinung, Verstärkern, deutschen Komposita und Beschwerde-Wendungen bestimmen den Tonfall; jedes Etikett behält die Wörter, die es entschieden haben. Wirkung und Anteile sind Zusammenhänge, keine Ursachen: Unzufriedene schreiben auch über mehr Themen. Das Intervall eines Anteils ist das nach Wilson; das einer Wirkung ist ein Perzentil-Bootstrap der Antworten mit und ohne das Thema. „Steigend“ markiert einen Anteil, der gegenüber dem dreimal so langen Zeitraum davor signifikant gestiegen ist (ab 10 Nennungen, Falschentdeckungsrate 5 % über alle Themen).',
};
