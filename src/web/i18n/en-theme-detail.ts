/** English texts of one theme's page. Part of `en.ts`. */
export const enThemeDetail = {
  subtitle: 'How often it comes up, how it is spoken of, where it comes from and what it costs the NPS.',
  back: 'All themes',
  notFound: {
    title: 'This theme does not exist',
    text: 'It is not one of the curated themes, and no comment of this organization was ever put in it. Go back to the themes to pick one.',
  },
  empty: {
    title: 'No comment of this period mentions {{name}}',
    text: 'Choose a longer period above, or go back to the themes to see what this period’s comments are about.',
  },
  figures: {
    mentions: 'Mentions',
    shareOf: '{{share}} of {{comments}} comments read',
    shareInterval: '95 % interval {{low}}–{{high}}',
    answers_one: 'See the answer',
    answers_other: 'See the {{formatted}} answers',
    tone: 'Tone',
    negativeShare: '{{share}} of its mentions are negative',
    impact: 'NPS impact',
    impactValue: '{{value}} pts',
    impactInterval: '95 % bootstrap interval {{low}} … {{high}} pts',
    impactAnswers: 'NPS {{with}} with it, {{without}} without ({{answers}} answers mention it)',
    impactFew: 'Fewer than 10 NPS answers mention it: its impact would be mostly noise.',
    impactNone: 'No NPS answer of this period mentions it, or every one does.',
    trend: 'Compared with before',
    rising: 'Rising',
    risingText:
      'Its share rose from {{baseline}} in the three periods before to {{share}} (q = {{q}}; one-sided test, 5 % false-discovery rate across the themes).',
    steady: 'No significant rise',
    steadyText: 'It had {{baseline}} of the comments in the three periods before (q = {{q}}).',
    untested: 'Not tested',
    untestedText:
      'A rise is tested from 10 mentions on, and only when the three periods before have comments.',
  },
  chart: {
    title: 'Share of comments over time',
    subtitle:
      'Per {{grain}}: the share of the comments read that mention it, with its 95 % Wilson interval. Hollow points have fewer than 30 comments; every point opens its answers.',
    label: 'Share of comments that mention {{name}}, per {{grain}}',
    point:
      '{{bucket}}: {{share}} of {{comments}} comments ({{mentions}} mentions), 95 % interval {{low}}–{{high}}',
    pointEmpty: '{{bucket}}: no comments read',
    grain: { day: 'day', week: 'week', month: 'month' },
  },
  breakdown: {
    title: 'Where it comes from',
    subtitle:
      'Mentions, and the share of each group’s comments that mention it with its 95 % interval. Groups with fewer than 30 comments are summed, not listed.',
    channel: 'Channel',
    segment: 'Segment',
    touchpoint: 'Touchpoint',
    none: 'none',
    mentions_one: '{{formatted}} mention',
    mentions_other: '{{formatted}} mentions',
    share: '{{share}} of {{comments}} comments ({{low}}–{{high}})',
    hidden_one: 'One smaller group: {{mentions}} more mentions',
    hidden_other: '{{groups}} smaller groups: {{mentions}} more mentions',
    empty: 'No group has 30 comments yet.',
    open: '{{mentions}}: the answers of {{group}} that mention it',
  },
  examples: {
    title: 'Recent comments',
    subtitle:
      'Up to eight of the newest, negative and positive mixed. Underlined: the words that put them in this theme; tinted red or green: the words that set the tone.',
    negative: 'Negative',
    positive: 'Positive',
    neutral: 'Neutral',
    answer: 'Open the answer',
    case: 'Open the case',
  },
  method:
    'The impact is NPS(all) − NPS(all without the theme), an association, not a cause; its interval is a percentile bootstrap (2,000 resamples of the answers with and without the theme). Shares carry Wilson intervals. “Rising” compares the share with the three times longer stretch right before the period.',
};
