/** The scored metrics a case rule reads (the canonical scales: NPS 0–10, CSAT 1–5, CES 1–7; `rating` on the source's own scale). */
export const CASE_METRICS = ['nps', 'csat', 'ces', 'rating'] as const;
export type CaseMetric = (typeof CASE_METRICS)[number];

/**
 * When feedback opens a follow-up case. Conditions left empty or null match anything; a rule
 * matches only a scored item at or below its metric's threshold (or, once text analysis
 * provides it, a negative comment when `negativeSentiment` is set).
 */
export interface CaseRule {
  id: string;
  name: string;
  isEnabled: boolean;
  /** At most one open case per contact and topic: later matching feedback joins it. */
  topic: string;
  metrics: readonly CaseMetric[];
  /** The highest score that opens a case, per metric, on the item's scale (defaults: `DEFAULT_THRESHOLDS`). */
  thresholds: Partial<Record<CaseMetric, number>>;
  /**
   * Also open for a comment whose sentiment (−1…1) is negative, whatever the score; with `themes`
   * set, for a comment that speaks negatively of one of them (e.g. "negative about billing").
   */
  negativeSentiment: boolean;
  /** The comment must mention one of these themes; empty or absent (rules stored before): any. */
  themes?: readonly string[];
  channels: readonly string[];
  surveyIds: readonly string[];
  touchpoints: readonly string[];
  segments: readonly string[];
  /** Only customers with at least this yearly revenue. */
  minRevenue: number | null;
  /** A contact attribute that must equal a value (e.g. plan = enterprise). */
  attribute: { key: string; value: string | number | boolean } | null;
  /** The team the case goes to; null: the organization's default team. */
  teamId: string | null;
}

/** What a rule reads of an item and its contact. */
export interface CaseCandidate {
  metric: string | null;
  score: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  channel: string;
  surveyId: string | null;
  touchpoint: string | null;
  /** −1…1 from text analysis, null until it ran. */
  sentiment: number | null;
  /** The themes the comment mentions with the sentiment of the sentence around each; empty without a comment. */
  themes: ReadonlyArray<{ id: string; sentiment: number }>;
  contact: {
    segment: string | null;
    revenue: number | null;
    attributes: Record<string, unknown>;
  } | null;
}

/** The source's critical answers: NPS 0–6 (detractors), CSAT 1–2, CES 1–3. */
export const DEFAULT_THRESHOLDS = { nps: 6, csat: 2, ces: 3 } as const;

/** Below this, a comment's sentiment counts as negative. */
export const NEGATIVE_SENTIMENT = -0.25;

/**
 * A source's own stars have no agreed cut: the lowest 40 % of the scale (1–2 of five stars,
 * 0–4 of 0–10) is what reviewers mean as a complaint.
 */
function defaultThreshold(metric: CaseMetric, scaleMin: number, scaleMax: number): number {
  if (metric === 'rating') return scaleMin + Math.floor(0.4 * (scaleMax - scaleMin));
  return DEFAULT_THRESHOLDS[metric];
}

function isCaseMetric(m: string | null): m is CaseMetric {
  return m !== null && (CASE_METRICS as readonly string[]).includes(m);
}

/** True when the item carries a score at or below the rule's threshold for its metric. */
export function isCriticalScore(rule: Pick<CaseRule, 'metrics' | 'thresholds'>, c: CaseCandidate): boolean {
  if (!isCaseMetric(c.metric) || c.score === null || !rule.metrics.includes(c.metric)) return false;
  const min = c.scaleMin ?? 0;
  const max = c.scaleMax ?? 10;
  const threshold = rule.thresholds[c.metric] ?? defaultThreshold(c.metric, min, max);
  return c.score <= threshold;
}

const allows = (list: readonly string[], value: string | null): boolean =>
  list.length === 0 || (value !== null && list.includes(value));

function conditionsHold(rule: CaseRule, c: CaseCandidate): boolean {
  if (!allows(rule.channels, c.channel)) return false;
  if (!allows(rule.surveyIds, c.surveyId)) return false;
  if (!allows(rule.touchpoints, c.touchpoint)) return false;
  if (!allows(rule.segments, c.contact?.segment ?? null)) return false;
  if (rule.minRevenue !== null && (c.contact?.revenue ?? -Infinity) < rule.minRevenue) return false;
  if (rule.attribute && c.contact?.attributes[rule.attribute.key] !== rule.attribute.value) return false;
  if (rule.themes?.length && !c.themes.some((t) => rule.themes?.includes(t.id))) return false;
  return true;
}

/** A negative comment, or with themes named, a comment negative about one of them. */
function isNegative(rule: CaseRule, c: CaseCandidate): boolean {
  if (!rule.negativeSentiment) return false;
  if (rule.themes?.length)
    return c.themes.some((t) => rule.themes?.includes(t.id) && t.sentiment < NEGATIVE_SENTIMENT);
  return c.sentiment !== null && c.sentiment < NEGATIVE_SENTIMENT;
}

/** The first enabled rule (in the organization's order) that the item meets, or null. */
export function matchCaseRule(rules: readonly CaseRule[], c: CaseCandidate): CaseRule | null {
  for (const rule of rules) {
    if (!rule.isEnabled || !conditionsHold(rule, c)) continue;
    if (isCriticalScore(rule, c) || isNegative(rule, c)) return rule;
  }
  return null;
}

/** What a new organization starts with: every critical survey or feedback score, from any channel. */
export const DEFAULT_CASE_RULES: readonly CaseRule[] = [
  {
    id: 'critical-scores',
    name: 'Critical scores',
    isEnabled: true,
    topic: 'feedback',
    metrics: CASE_METRICS,
    thresholds: {},
    negativeSentiment: true,
    themes: [],
    channels: [],
    surveyIds: [],
    touchpoints: [],
    segments: [],
    minRevenue: null,
    attribute: null,
    teamId: null,
  },
];
