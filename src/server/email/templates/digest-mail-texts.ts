import { contentLanguage } from '../../../survey-pages/page-texts.js';

/**
 * The words of the weekly digest in English and German (formal "Sie"). Functions return plain
 * text with already formatted numbers; the renderer escapes everything for the HTML part.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** UTC parts of a day; ranges are worded by hand so the mail does not change with the ICU version. */
const parts = (d: Date) => ({ day: d.getUTCDate(), month: d.getUTCMonth(), year: d.getUTCFullYear() });

const en = {
  locale: 'en-GB',
  /** First and last day (both inclusive): "5 Oct – 1 Nov 2026", "29 Dec 2025 – 4 Jan 2026". */
  dayRange: (first: Date, last: Date) => {
    const a = parts(first);
    const b = parts(last);
    return `${a.day} ${MONTHS[a.month]}${a.year === b.year ? '' : ` ${a.year}`} – ${b.day} ${MONTHS[b.month]} ${b.year}`;
  },
  subject: (org: string, week: string, answers: string) =>
    `${org}: weekly digest, ${week} – ${answers} answers`,
  subjectEmpty: (org: string, week: string) => `${org}: weekly digest, ${week} – no answers`,
  weekLabel: (week: number, year: number) => `week ${week}/${year}`,
  greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hello,'),
  intro: (org: string, week: string, range: string, weeks: number, baselineRange: string) =>
    `Here is how ${org}’s customers answered in ${week} (${range}), compared with the ${weeks} weeks before (${baselineRange}).`,
  emptyIntro: (org: string, week: string, range: string) =>
    `No answers came in for ${org} in ${week} (${range}).`,
  emptyHint: 'If you expected some, check that your surveys are live and being sent.',
  metricTitle: { nps: 'NPS', csat: 'CSAT – % satisfied (4–5)', ces: 'CES – % agreeing it was easy (5–7)' },
  metricShort: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
  thisWeek: 'This week',
  baseline: (weeks: number) => `Previous ${weeks} weeks`,
  change: 'Change',
  noAnswers: 'no answers',
  ci: (interval: string) => `95% CI ${interval}`,
  intervalRange: (low: string, high: string) => `${low} to ${high}`,
  units: { nps: 'points', csat: 'percentage points', ces: 'percentage points' },
  mark: {
    up: 'significant rise',
    down: 'significant fall',
    none: 'not significant',
    'too-few': (thin: number) => `too few answers to tell (under ${thin})`,
  },
  changedHeading: 'What changed significantly',
  allThin: (thin: number) =>
    `Too few answers to call any change: no comparison had at least ${thin} answers in both periods.`,
  nothingChanged: (weeks: number) =>
    `Nothing changed significantly compared with the previous ${weeks} weeks.`,
  detectable: (points: string) =>
    `With this many answers, an NPS change smaller than about ${points} points could not be told apart from chance.`,
  headlineChange: (metric: string, up: boolean, amount: string, unit: string, ci: string) =>
    `${metric} ${up ? 'rose' : 'fell'} by ${amount} ${unit} (${ci}).`,
  groupChange: (
    dimension: string,
    key: string,
    metric: string,
    from: string,
    to: string,
    change: string,
    unit: string,
    ci: string,
    nWeek: string,
    nBaseline: string,
  ) =>
    `${dimension} “${key}”: ${metric} ${from} → ${to} (${change} ${unit}; ${ci}; n = ${nWeek} vs ${nBaseline}).`,
  dimension: { segment: 'Segment', channel: 'Channel' },
  unknownGroup: '(none)',
  materialDrop: 'NPS fell by 10 points or more and the fall is significant: a material drop.',
  confirmedDrop: 'The data also show that the drop itself is larger than 10 points.',
  method: (fdr: string, comparisons: number, thin: number) =>
    `“Significant” means the change holds at a ${fdr} false-discovery rate across ${comparisons === 1 ? 'the one comparison' : `the ${comparisons} comparisons`} in this mail. Weeks and groups with fewer than ${thin} answers are not called either way.`,
  invitations: (sent: string, answered: string, rate: string) =>
    `E-mail invitations sent this week: ${sent}; answered so far: ${answered} (${rate}).`,
  button: 'Open this week in the dashboard',
  footer: (org: string) => `You receive this digest because you subscribed to it for ${org}.`,
  manage: 'Turn it off in the organization settings',
  textManage: 'Turn it off:',
};

export type DigestMailTexts = typeof en;

const de: DigestMailTexts = {
  locale: 'de-DE',
  dayRange: (first, last) => {
    const a = parts(first);
    const b = parts(last);
    return `${a.day}.${a.month + 1}.${a.year === b.year ? '' : a.year} – ${b.day}.${b.month + 1}.${b.year}`;
  },
  subject: (org, week, answers) => `${org}: Wochenbericht ${week} – ${answers} Antworten`,
  subjectEmpty: (org, week) => `${org}: Wochenbericht ${week} – keine Antworten`,
  weekLabel: (week, year) => `KW ${week}/${year}`,
  greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
  intro: (org, week, range, weeks, baselineRange) =>
    `So haben die Kundinnen und Kunden von ${org} in der ${week} (${range}) geantwortet, verglichen mit den ${weeks} Wochen davor (${baselineRange}).`,
  emptyIntro: (org, week, range) => `In der ${week} (${range}) sind für ${org} keine Antworten eingegangen.`,
  emptyHint:
    'Falls Sie Antworten erwartet haben: Prüfen Sie, ob Ihre Umfragen live sind und versendet werden.',
  metricTitle: { nps: 'NPS', csat: 'CSAT – % zufrieden (4–5)', ces: 'CES – % Zustimmung „einfach“ (5–7)' },
  metricShort: { nps: 'NPS', csat: 'CSAT', ces: 'CES' },
  thisWeek: 'Diese Woche',
  baseline: (weeks) => `Vorherige ${weeks} Wochen`,
  change: 'Veränderung',
  noAnswers: 'keine Antworten',
  ci: (interval) => `95-%-KI ${interval}`,
  intervalRange: (low, high) => `${low} bis ${high}`,
  units: { nps: 'Punkte', csat: 'Prozentpunkte', ces: 'Prozentpunkte' },
  mark: {
    up: 'signifikant gestiegen',
    down: 'signifikant gesunken',
    none: 'nicht signifikant',
    'too-few': (thin) => `zu wenige Antworten für eine Aussage (unter ${thin})`,
  },
  changedHeading: 'Was sich signifikant verändert hat',
  allThin: (thin) =>
    `Zu wenige Antworten, um eine Veränderung zu bewerten: Kein Vergleich hatte in beiden Zeiträumen mindestens ${thin} Antworten.`,
  nothingChanged: (weeks) => `Gegenüber den ${weeks} Wochen davor hat sich nichts signifikant verändert.`,
  detectable: (points) =>
    `Bei so vielen Antworten wäre eine NPS-Veränderung unter etwa ${points} Punkten nicht vom Zufall zu unterscheiden.`,
  headlineChange: (metric, up, amount, unit, ci) =>
    `${metric} ist um ${amount} ${unit} ${up ? 'gestiegen' : 'gesunken'} (${ci}).`,
  groupChange: (dimension, key, metric, from, to, change, unit, ci, nWeek, nBaseline) =>
    `${dimension} „${key}“: ${metric} ${from} → ${to} (${change} ${unit}; ${ci}; n = ${nWeek} gegenüber ${nBaseline}).`,
  dimension: { segment: 'Segment', channel: 'Kanal' },
  unknownGroup: '(ohne)',
  materialDrop:
    'Der NPS ist um 10 Punkte oder mehr gesunken, und der Rückgang ist signifikant: ein wesentlicher Rückgang.',
  confirmedDrop: 'Die Daten zeigen auch, dass der Rückgang selbst größer als 10 Punkte ist.',
  method: (fdr, comparisons, thin) =>
    `„Signifikant“ heißt: Die Veränderung hält bei einer False-Discovery-Rate von ${fdr} über ${comparisons === 1 ? 'den einen Vergleich' : `alle ${comparisons} Vergleiche`} dieser Mail. Wochen und Gruppen mit weniger als ${thin} Antworten werden in keine Richtung bewertet.`,
  invitations: (sent, answered, rate) =>
    `Diese Woche versendete E-Mail-Einladungen: ${sent}; bisher beantwortet: ${answered} (${rate}).`,
  button: 'Diese Woche im Dashboard öffnen',
  footer: (org) => `Sie erhalten diesen Bericht, weil Sie ihn für ${org} abonniert haben.`,
  manage: 'In den Organisationseinstellungen abbestellen',
  textManage: 'Abbestellen:',
};

/** German for `de` (and `de-AT` …), English for everything else, as every mail. */
export function digestMailTexts(language: string): DigestMailTexts {
  return contentLanguage(language) === 'de' ? de : en;
}
