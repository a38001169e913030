/**
 * `npm run eval:text`: how well text scorers rank comments by the customer's own score, as ROC AUC
 * with a stratified 95 % bootstrap interval, on held-out labelled data.
 *
 * Each section is one labelled data set; each scorer maps a text to a number (higher = more
 * positive). Scorers that need no training (the lexicon sentiment) go in UNTRAINED_SCORERS and
 * run on every section; a section with training data also gets the hashed n-gram model trained on
 * that data only. The project's German/English set at eval/text/ follows with sentiment macro-F1
 * and per-theme precision and recall (scripts/eval/text-corpus.ts).
 */
import { loadFineFoods, type Review } from './eval/fetch-fine-foods.js';
import { runCorpusSection } from './eval/text-corpus.js';
import { analyseText } from '../src/domain/text/analyse-text.js';
import { rocAucInterval } from '../src/domain/metrics/auc.js';
import { mulberry32 } from '../src/domain/metrics/mulberry32.js';
import {
  DEFAULT_TEXT_MODEL_OPTIONS,
  type LabelledText,
  scoreText,
  trainTextSentimentModel,
} from '../src/domain/text/text-sentiment-model.js';

export interface Scorer {
  readonly name: string;
  /** Higher means more positive; only the order matters for the AUC. */
  score(text: string): number;
}

interface Section {
  readonly title: string;
  readonly source: string;
  /** Labelled texts; `training` is absent for a test-only set. */
  load(): { readonly training?: readonly LabelledText[]; readonly testing: readonly LabelledText[] };
}

/** Scorers that need no training data, run on every section. */
const UNTRAINED_SCORERS: readonly Scorer[] = [
  // What every organization gets from day one: the lexicons, negation, intensifiers and cues.
  { name: 'lexicon sentiment (analyseText, offline)', score: (text) => analyseText(text).sentiment.score },
  // A floor to read the others against: five-star reviews run shorter than the rest.
  { name: 'baseline: shorter text', score: (text) => -text.length },
];

const labelled = (reviews: readonly Review[]): LabelledText[] =>
  reviews.map((r) => ({ text: r.review, positive: r.score === 'great' }));

const SECTIONS: readonly Section[] = [
  {
    title: 'small_fine_foods: Amazon fine-food reviews, positive = "great" (five stars), else "other"',
    source: 'R package modeldata 1.1.0 (MIT), via Debian r-cran-modeldata',
    load: () => {
      const { training, testing } = loadFineFoods();
      return { training: labelled(training), testing: labelled(testing) };
    },
  },
];

const BOOTSTRAP_RESAMPLES = 2000;
const BOOTSTRAP_SEED = 1;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const counted = (texts: readonly LabelledText[]) => {
  const positive = texts.filter((t) => t.positive).length;
  return `${texts.length} (${positive} positive, ${texts.length - positive} negative)`;
};

function evaluate(scorer: Scorer, testing: readonly LabelledText[]): string {
  const started = performance.now();
  const positives: number[] = [];
  const negatives: number[] = [];
  for (const { text, positive } of testing) (positive ? positives : negatives).push(scorer.score(text));
  const scoring = performance.now() - started;
  const auc = rocAucInterval(positives, negatives, {
    random: mulberry32(BOOTSTRAP_SEED),
    resamples: BOOTSTRAP_RESAMPLES,
  });
  const interval = `[${auc.low.toFixed(3)}, ${auc.high.toFixed(3)}]`;
  return `  ${scorer.name.padEnd(48)} ${auc.estimate.toFixed(3)}  ${interval.padEnd(16)} ${String(testing.length).padStart(6)}  ${seconds(scoring).padStart(8)}`;
}

function runSection(section: Section): void {
  console.log(`\n== ${section.title}`);
  console.log(`   source: ${section.source}`);
  const { training, testing } = section.load();
  console.log(`   testing: ${counted(testing)}`);
  const scorers = [...UNTRAINED_SCORERS];
  if (training) {
    console.log(`   training: ${counted(training)} (the testing texts are never seen in training or tuning)`);
    const started = performance.now();
    const model = trainTextSentimentModel(training, DEFAULT_TEXT_MODEL_OPTIONS);
    const elapsed = performance.now() - started;
    const { features, training: options, naiveBayesSmoothing } = DEFAULT_TEXT_MODEL_OPTIONS;
    console.log(
      `   trained in ${seconds(elapsed)}: 2^${features.bits} hashed buckets, word 1–${features.wordNgrams}-grams` +
        `${features.charNgrams ? `, char ${features.charNgrams.min}–${features.charNgrams.max}-grams` : ''}` +
        `${features.negation ? ', negation marked' : ''}; NB scaling ${naiveBayesSmoothing ?? 'off'}; ` +
        `FTRL α ${options.alpha}, ${options.epochs} epochs, seed ${options.seed}`,
    );
    scorers.unshift({
      name: 'hashed n-grams, NB-logistic (trained here)',
      score: (text) => scoreText(model, text),
    });
  }
  console.log(`\n  ${'scorer'.padEnd(48)} AUC    95 % interval         n   scoring`);
  for (const scorer of scorers) console.log(evaluate(scorer, testing));
}

console.log(
  `Text sentiment evaluation: ROC AUC on held-out data, 95 % percentile interval from ` +
    `${BOOTSTRAP_RESAMPLES} stratified bootstrap resamples (seed ${BOOTSTRAP_SEED})`,
);
try {
  for (const section of SECTIONS) runSection(section);
  runCorpusSection();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
