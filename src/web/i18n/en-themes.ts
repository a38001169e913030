/** English texts of the Themes page. Part of `en.ts`. */
export const enThemes = {
  title: 'Themes',
  subtitle: 'What the comments are about, and what each topic costs the NPS.',
  summary:
    '{{comments}} comments of this period read on this server (German and English; no text leaves it) · {{answers}} NPS answers',
  empty: {
    title: 'No comments read in this period',
    text: 'Resonance reads every comment, review, ticket and chat as it arrives — language, tone and the themes it is about, in German and English, on your own server. Choose a longer period, or look at the feedback that has arrived.',
    action: 'Open the feedback inbox',
  },
  list: {
    title: 'Themes mentioned',
    subtitle:
      'Most mentioned first. The impact is NPS(all) − NPS(all without the theme): negative where the theme drags the score down; the bar is its 95 % interval around zero.',
    none: 'No comment of this period matched a theme.',
    quiet: 'Not mentioned in this period: {{names}}.',
  },
  table: {
    theme: 'Theme',
    mentions: 'Mentions',
    shareOf: '{{share}} of comments, {{low}}–{{high}}',
    tone: 'Tone',
    negativeShare: '{{share}} negative',
    impactInterval: 'NPS impact, 95 % interval',
    impact: 'Impact',
    points: '{{value}} pts',
    fewAnswers: 'few answers',
    fewAnswersText: 'Fewer than 10 NPS answers mention it: its impact would be mostly noise.',
  },
  reading: {
    title: 'How comments are read',
    subtitle:
      'Built-in German and English lexicons, or a model trained on your own scored comments where it reads them better.',
    none: 'Read with the built-in lexicons. With at least {{min}} comments of promoters and {{min}} of detractors, Resonance trains a model on your own words and uses it if it reads your comments better.',
    using: 'Tone read with:',
    chosen: { model: 'your model', lexicon: 'the lexicons' },
    trainedAt: 'trained {{at}}',
    auc: 'AUC {{auc}} ({{low}}–{{high}})',
    figures:
      'On {{n}} held-out comments it was never trained on: your model {{model}}, lexicons {{lexicon}}. 1 means every positive comment ranks above every negative one, 0.5 is chance.',
    tooFew:
      'Too few scored comments to train on yet: {{positive}} positive and {{negative}} negative, {{min}} of each needed.',
    train: 'Train on my comments',
    retrain: 'Train again',
    training: 'Training',
  },
  rising: 'Rising',
  risingTitle: 'Its share rose from {{baseline}} before to {{share}} (q = {{q}})',
  open: 'Open {{name}}',
  tone: {
    negative: 'Negative',
    neutral: 'Mixed',
    positive: 'Positive',
  },
  method:
    'How it is read: a curated bilingual dictionary finds the themes, lexicons with negation, intensifiers, German compounds and complaint phrases give the tone; every label keeps the words that decided it. Impact and shares are associations, not causes: unhappy customers also write about more topics. The interval of a share is Wilson’s; that of an impact is a percentile bootstrap of the answers with and without the theme. “Rising” marks a share that rose significantly against the three times longer stretch before the period (at least 10 mentions, false-discovery rate 5 % across the themes).',
};
