import type { Messages } from './en.js';

/** Deutsche Texte der Themen- und Stimmungsmarken eines Kommentars mit ihren Urteilen. Teil von `de.ts`. */
export const deTextTags: Messages['textTags'] = {
  label: 'Was Resonance in diesem Kommentar gelesen hat',
  themes: 'Themen',
  sentiment: 'Stimmung',
  noThemes: 'Kein Thema gefunden',
  labels: {
    positive: 'Positiv',
    neutral: 'Neutral',
    negative: 'Negativ',
  },
  agree: 'Zustimmen: {{tag}}',
  disagree: 'Ablehnen: {{tag}}',
  undo: 'Rückgängig',
  undoNamed: 'Rückgängig: {{tag}}',
  agreed: 'Bestätigt',
  disagreed: 'Nicht dieses Thema — wird nicht gezählt',
  correct: 'Korrigieren: {{tag}}',
  correctTo: 'Es ist {{label}}',
  corrected: 'Korrigiert, vorher {{label}}',
  sentimentTag: 'Stimmung {{label}}',
  by: '{{name}}, {{time}}',
  failed: 'Ihr Urteil konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  precision:
    'Richtig zugeordnet in {{agreed}} von {{judged}} beurteilten Kommentaren: {{percent}} ({{low}}–{{high}})',
  precisionHint:
    'Anteil der Zuordnungen zu diesem Thema, denen Ihr Team zugestimmt hat (bestätigt ÷ beurteilt), mit 95-%-Intervall. Zuordnungen beurteilen Sie im Feedback-Eingang, bei den Antworten und in den Fällen.',
};
