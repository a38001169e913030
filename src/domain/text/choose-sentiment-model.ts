import { rocAucInterval } from '../metrics/auc.js';
import { mulberry32 } from '../metrics/mulberry32.js';
import { fnv1a } from './fnv1a.js';
import { sentimentLabel, type SentimentLabel } from './score-sentiment.js';
import {
  scoreText,
  trainTextSentimentModel,
  type TextModelOptions,
  DEFAULT_TEXT_MODEL_OPTIONS,
  type TextSentimentModel,
} from './text-sentiment-model.js';

/**
 * A comment whose score says how its writer felt: a promoter's (or a satisfied customer's) is
 * positive, a detractor's negative. Passives and middling scores teach nothing clear and stay out.
 */
export interface ScoredComment {
  /** A stable id (the item's): it decides, by hash, whether the comment is held out. */
  readonly id: string;
  readonly text: string;
  readonly positive: boolean;
}

/** Below this many positive and as many negative comments no model is trained: its figure would be noise. */
export const MIN_COMMENTS_PER_CLASS = 150;
/** One comment in five is held out from training and scores both readers. */
const HELD_OUT_EVERY = 5;

export interface AucFigure {
  readonly auc: number;
  readonly low: number;
  readonly high: number;
}

export interface SentimentModelChoice {
  /** What the organization's comments are read with from now on. */
  readonly chosen: 'model' | 'lexicon';
  readonly reason: 'too-few-comments' | 'model-better' | 'lexicon-as-good';
  readonly comments: { readonly positive: number; readonly negative: number };
  readonly heldOut: { readonly positive: number; readonly negative: number };
  /** AUC on the held-out comments with a stratified bootstrap interval; null when too few. */
  readonly lexicon: AucFigure | null;
  readonly model: AucFigure | null;
  /** The model trained on the comments not held out; null when too few. */
  readonly trained: TextSentimentModel | null;
}

const isHeldOut = (id: string) => fnv1a(id) % HELD_OUT_EVERY === 0;

function figure(positives: number[], negatives: number[], seed: number): AucFigure {
  const interval = rocAucInterval(positives, negatives, { random: mulberry32(seed), resamples: 1000 });
  return { auc: interval.estimate, low: interval.low, high: interval.high };
}

/**
 * Trains an organization's own sentiment model on its scored comments and keeps it only where it
 * reads the organization's held-out comments better than the lexicon (a higher AUC, each with its
 * interval). The held-out part is chosen by a hash of the id, so a retraining holds out the same
 * comments and neither reader is ever scored on what the model learned from.
 */
export function chooseSentimentModel(
  comments: readonly ScoredComment[],
  lexiconScore: (text: string) => number,
  options: TextModelOptions = DEFAULT_TEXT_MODEL_OPTIONS,
): SentimentModelChoice {
  const count = (list: readonly ScoredComment[]) => ({
    positive: list.filter((c) => c.positive).length,
    negative: list.filter((c) => !c.positive).length,
  });
  const held = comments.filter((c) => isHeldOut(c.id));
  const training = comments.filter((c) => !isHeldOut(c.id));
  const totals = count(comments);
  const heldOut = count(held);
  if (
    Math.min(totals.positive, totals.negative) < MIN_COMMENTS_PER_CLASS ||
    Math.min(heldOut.positive, heldOut.negative) < 2
  )
    return {
      chosen: 'lexicon',
      reason: 'too-few-comments',
      comments: totals,
      heldOut,
      lexicon: null,
      model: null,
      trained: null,
    };
  const trained = trainTextSentimentModel(training, options);
  const scores = (score: (text: string) => number) => ({
    positives: held.filter((c) => c.positive).map((c) => score(c.text)),
    negatives: held.filter((c) => !c.positive).map((c) => score(c.text)),
  });
  const lex = scores(lexiconScore);
  const mod = scores((text) => scoreText(trained, text));
  const lexicon = figure(lex.positives, lex.negatives, 16);
  const model = figure(mod.positives, mod.negatives, 16);
  const better = model.auc > lexicon.auc;
  return {
    chosen: better ? 'model' : 'lexicon',
    reason: better ? 'model-better' : 'lexicon-as-good',
    comments: totals,
    heldOut,
    lexicon,
    model,
    trained,
  };
}

/**
 * A comment's sentiment as the organization's model reads it, on the lexicon's −1…1 scale
 * (2p − 1) and with the lexicon's label bands, so both readers' labels mean the same.
 */
export function modelSentiment(
  model: TextSentimentModel,
  text: string,
): { score: number; label: SentimentLabel } {
  const score = 2 * scoreText(model, text) - 1;
  return { score, label: sentimentLabel(score) };
}
