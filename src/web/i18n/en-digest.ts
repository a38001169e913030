/** English texts of the weekly digest switch (Settings → Organization). Part of `en.ts`. */
export const enDigest = {
  title: 'Weekly digest by e-mail',
  description:
    'Every Monday morning: NPS, CSAT and CES of the past week with their intervals, compared with the four weeks before, and what changed significantly. Only for you, in the organization’s language.',
  switch: 'Weekly digest by e-mail',
  sentTo: 'Sent to {{email}}.',
  lastSent: 'Last digest: {{period}}.',
  subscribed: 'You will get the weekly digest.',
  unsubscribed: 'You will no longer get the weekly digest.',
};
