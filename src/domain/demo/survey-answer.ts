import type { NegativeTheme } from './comment-themes.js';
import { composeComment } from './compose-comment.js';
import type { ContactProfile } from './contact-profiles.js';
import { SURVEY_SOURCE, type Product, type Touchpoint } from './demo-catalog.js';
import { toneOf, type Tone } from './demo-scores.js';
import type { DemoFeedbackItem } from './demo-types.js';
import { isAppTrouble, isPriceShock, type DemoWorld } from './demo-world.js';
import type { Random } from './random.js';

export type SurveyMetric = 'nps' | 'csat' | 'ces';

export const SCALES: Record<SurveyMetric, readonly [number, number]> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
};

/** Unhappy people explain themselves more often than the lukewarm; ~60 % overall. */
const COMMENT_RATE: Record<Tone, number> = { negative: 0.75, mixed: 0.45, positive: 0.6 };

export interface AnswerSpec {
  contact: ContactProfile;
  metric: SurveyMetric;
  score: number;
  touchpoint: Touchpoint;
  product: Product | null;
  atMs: number;
  externalRef: string;
  issueTheme?: NegativeTheme | null;
}

export function surveyAnswer(rng: Random, world: DemoWorld, spec: AnswerSpec): DemoFeedbackItem {
  const [scaleMin, scaleMax] = SCALES[spec.metric];
  const tone = toneOf(spec.metric, spec.score);
  const comment = rng.chance(COMMENT_RATE[tone])
    ? composeComment(rng, {
        language: spec.contact.language,
        tone,
        isAngry: spec.score === scaleMin || (spec.metric === 'nps' && spec.score <= 3),
        touchpoint: spec.touchpoint,
        product: spec.product,
        segment: spec.contact.segment,
        priceShock: isPriceShock(world, spec.contact.region, spec.atMs),
        appTrouble: isAppTrouble(world, spec.atMs),
        issueTheme: spec.issueTheme ?? null,
      })
    : null;
  return {
    contactExternalId: spec.contact.externalId,
    channel: 'survey',
    source: SURVEY_SOURCE,
    metric: spec.metric,
    score: spec.score,
    scaleMin,
    scaleMax,
    text: comment?.text ?? null,
    language: spec.contact.language,
    product: spec.product,
    touchpoint: spec.touchpoint,
    occurredAt: new Date(spec.atMs),
    externalRef: spec.externalRef,
    themes: comment?.themes ?? [],
  };
}
