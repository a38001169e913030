import type { Messages } from './en.js';

/** Deutsche Texte des Umfrage-Editors (Fragen bearbeiten, Versionen speichern). Teil von `de.ts`. */
export const deBuilder: Messages['builder'] = {
  comparableSince: 'Antworten sind ab Version {{version}} vergleichbar; frühere werden getrennt ausgewertet.',
  edit: 'Fragen bearbeiten',
  title: 'Fragen bearbeiten',
  text: 'Ändern Sie den Wortlaut in jeder Sprache. Beim Speichern entsteht eine neue Version: Frühere Antworten behalten den Wortlaut, mit dem gefragt wurde.',
  save: 'Als neue Version speichern',
  cancel: 'Abbrechen',
  question: 'Frage {{n}}',
  headline: 'Liefert die Kennzahl der Umfrage und bleibt daher.',
  prompt: 'Fragetext',
  scaleLabels: 'Beschriftung an den Enden der Skala',
  low: 'Niedrigster Wert',
  high: 'Höchster Wert',
  followUps: 'Promotoren, Passive und Kritiker unterschiedlich fragen',
  followUpsHint: 'Das „Warum?“ nach einer NPS-Bewertung: Was lief gut, was sollten wir verbessern?',
  categories: {
    promoter: 'Promotoren (9–10)',
    passive: 'Passive (7–8)',
    detractor: 'Kritiker (0–6)',
  },
  choices: 'Antwortmöglichkeiten',
  choice: 'Möglichkeit {{n}}',
  addChoice: 'Möglichkeit hinzufügen',
  removeChoice: 'Möglichkeit {{n}} entfernen',
  points: 'Punkte auf der Skala',
  required: 'Antwort erforderlich',
  remove: 'Entfernen',
  removeLabel: 'Frage {{n}} entfernen',
  addQuestion: 'Frage hinzufügen',
  addHint:
    'Zusätzliche Fragen folgen nach der Bewertung. Eine hinzugefügte Frage hält frühere Antworten vergleichbar.',
  addTypes: {
    single_choice: 'Einfachauswahl',
    rating: 'Bewertung',
    text: 'Offene Antwort',
  },
  inLanguage: '{{field}} · {{language}}',
  errors: {
    empty: 'In jeder Sprache der Umfrage erforderlich.',
    tooLong: 'Zu lang: höchstens 500 Zeichen.',
    missingLanguage: 'Einige Texte dieser Frage fehlen in einer Sprache.',
    choices: 'Eine Einfachauswahl braucht 2 bis 20 Möglichkeiten.',
    check: 'Einige Felder brauchen Ihre Aufmerksamkeit.',
  },
  result: {
    unchanged: 'Nichts geändert, daher keine neue Version.',
    comparableTitle: 'Als Version {{version}} gespeichert',
    comparable: 'Frühere Antworten bleiben vergleichbar: Auswertungen zählen sie mit den neuen zusammen.',
    notComparableTitle: 'Als Version {{version}} gespeichert – eine neue Vergleichslinie beginnt',
    notComparable:
      'Frühere Antworten sind mit dieser Version nicht vergleichbar, daher zählen Auswertungen ab hier getrennt. Grund: {{reasons}}.',
    changes: {
      question_removed: 'eine Frage wurde entfernt',
      type_changed: 'der Typ einer Frage hat sich geändert',
      scale_changed: 'eine Skala hat sich geändert',
      choices_changed: 'Antwortmöglichkeiten kamen hinzu, fielen weg oder wurden ersetzt',
      text_edited: 'der Wortlaut hat sich geändert',
      reordered: 'die Reihenfolge hat sich geändert',
      settings_edited: 'eine Einstellung hat sich geändert',
      question_added: 'eine Frage kam hinzu',
    },
  },
  scratch: {
    title: 'Ohne Vorlage beginnen',
    text: 'Eine Hauptfrage Ihrer Wahl auf Deutsch und Englisch – dann formulieren Sie sie nach Ihren Worten.',
    create: 'Beginnen',
    metric: 'Was gemessen wird',
    modalText:
      'Die Umfrage beginnt als Entwurf mit einer Frage auf Deutsch und Englisch. Danach können Sie sie umformulieren und Fragen hinzufügen.',
  },
};
