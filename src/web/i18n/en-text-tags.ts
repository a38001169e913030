/** English texts of a comment's theme and sentiment tags with their verdicts ("why this tag"). Part of `en.ts`. */
export const enTextTags = {
  label: 'What Resonance read in this comment',
  themes: 'Themes',
  sentiment: 'Sentiment',
  noThemes: 'No theme found',
  labels: {
    positive: 'Positive',
    neutral: 'Neutral',
    negative: 'Negative',
  },
  agree: 'Agree: {{tag}}',
  disagree: 'Disagree: {{tag}}',
  undo: 'Undo',
  undoNamed: 'Undo: {{tag}}',
  agreed: 'Agreed',
  disagreed: 'Not about this theme — not counted',
  correct: 'Correct: {{tag}}',
  correctTo: 'It is {{label}}',
  corrected: 'Corrected from {{label}}',
  sentimentTag: 'sentiment {{label}}',
  by: '{{name}}, {{time}}',
  failed: 'Your verdict could not be saved. Please try again.',
  precision: 'Tagged right in {{agreed}} of {{judged}} judged comments: {{percent}} ({{low}}–{{high}})',
  precisionHint:
    'The share of this theme’s tags your team agreed with (agreed ÷ judged), with its 95 % interval. Agree or disagree with tags in the feedback inbox, the responses and the cases.',
};
