import { analyseWord } from './analyse-word.js';
import { findComplaintCues } from './complaint-cues.js';
import { emojiWeight } from './emoji-sentiment.js';
import type { Evidence, EvidenceKind } from './evidence.js';
import {
  AFTER_CONTRAST,
  BEFORE_CONTRAST,
  EXCLAMATION_STEP,
  isNegator,
  MAX_EXCLAMATIONS,
  MAX_INTENSITY,
  NEGATION_DAMPING,
  PRAISE_IN_QUESTION,
  SHIFTERS,
  SHOUTED,
} from './sentiment-shifters.js';
import { tokenize, type TextLanguage, type Token, type TokenizedText } from './tokenize.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface SentimentResult {
  /** −1 (all negative) … 1 (all positive). */
  readonly score: number;
  readonly label: SentimentLabel;
  /** What counted, in the order it stands in the text. */
  readonly evidence: readonly Evidence[];
}

/** Scores at or above are positive, at or below the negative one negative, between neutral. */
export const POSITIVE_THRESHOLD = 0.15;
export const NEGATIVE_THRESHOLD = -0.15;
/**
 * α in score = sum / √(sum² + α): how much evidence it takes to approach ±1. With 1.5 a single
 * "gut" (0.6) scores 0.44, "sehr gut" 0.59, three strong complaints −0.9.
 */
export const SATURATION = 1.5;

/** The sentiment of a stretch of evidence weights, on the same scale as a whole comment's. */
export const normaliseSentiment = (sum: number): number => sum / Math.sqrt(sum * sum + SATURATION);

export const sentimentLabel = (score: number): SentimentLabel =>
  score >= POSITIVE_THRESHOLD ? 'positive' : score <= NEGATIVE_THRESHOLD ? 'negative' : 'neutral';

/** One piece of evidence with where it stands, for the theme mentions around it. */
export interface PlacedEvidence {
  readonly evidence: Evidence;
  readonly firstToken: number;
  readonly sentence: number;
  readonly segment: number;
}

export interface SentimentDetail extends SentimentResult {
  readonly placed: readonly PlacedEvidence[];
  /**
   * Per token, the segment it belongs to: clauses, with a contrast word ("aber", "but") opening a
   * new one. A theme mention takes the sentiment of its segment.
   */
  readonly segments: readonly number[];
  /** Per token, whether it belongs to a letter formula ("Sehr geehrte Damen und Herren"), which names nothing. */
  readonly formula: readonly boolean[];
}

interface Unit {
  first: number;
  last: number;
  /** The token the weight belongs to (a cue's first): distances to shifters are counted from it. */
  readonly anchor: number;
  readonly base: number;
  readonly kind: 'lexicon' | 'cue' | 'emoji';
  /** From a compound's intensifying first part: "superfreundlich". */
  readonly selfIntensified: boolean;
  intensity: number;
  /** Lowest token index of an intensifier applied, to tell "nicht sehr gut" from "sehr nicht gut". */
  intensifierAt: number;
  negatedAt: number;
  dropped: boolean;
}

const INTENSIFIER_REACH = 2;
/** "?!", "!?" and "??" end an indignant question ("Ernsthaft?!"): a complaint of its own. */
const INDIGNANT = /\?!|!\?|\?\?/;
export const INDIGNANT_WEIGHT = -0.4;

function segmentsOf(tokens: readonly Token[], contrasts: ReadonlySet<string>): number[] {
  const segments: number[] = [];
  let segment = 0;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && (t.clause !== prev.clause || (t.kind === 'word' && contrasts.has(t.key)))) segment++;
    segments.push(segment);
  });
  return segments;
}

/** Whether a clause or sentence boundary lies strictly between two token indices. */
const boundaryBetween = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let i = from + 1; i < to; i++) if (tokens[i]?.boundary) return true;
  return false;
};

/** Scores an already tokenized comment; `analyseText` uses it so the text is tokenized once. */
export function scoreTokens(tokenized: TokenizedText, lang: TextLanguage): SentimentDetail {
  const { tokens, text } = tokenized;
  const shifters = SHIFTERS[lang];
  const consumed = new Uint8Array(tokens.length);
  const formula = tokens.map(() => false);
  const units: Unit[] = [];
  const unitAt = new Map<number, Unit>();

  const addUnit = (
    first: number,
    last: number,
    base: number,
    kind: Unit['kind'],
    selfIntensified = false,
  ) => {
    const unit: Unit = {
      first,
      last,
      anchor: first,
      base,
      kind,
      selfIntensified,
      intensity: 1,
      intensifierAt: Infinity,
      negatedAt: -1,
      dropped: false,
    };
    units.push(unit);
    unitAt.set(first, unit);
  };

  for (const cue of findComplaintCues(tokens, lang)) {
    // Cues of weight 0 are letter formulas ("Mit freundlichen Grüßen"): they only take their words.
    if (cue.value !== 0) addUnit(cue.first, cue.last, cue.value, 'cue');
    else formula.fill(true, cue.first, cue.last + 1);
    consumed.fill(1, cue.first, cue.last + 1);
  }
  tokens.forEach((t, i) => {
    if (consumed[i]) return;
    if (t.kind === 'punct' && INDIGNANT.test(t.key)) {
      addUnit(i, i, INDIGNANT_WEIGHT, 'cue');
    } else if (t.kind === 'emoji') {
      const weight = emojiWeight(t.key);
      if (weight !== undefined) addUnit(i, i, weight, 'emoji');
    } else if (t.kind === 'word' && !isNegator(t.key, lang)) {
      const word = analyseWord(t.key, lang);
      if (word.weight !== 0) addUnit(i, i, word.weight, 'lexicon', word.intensified);
    }
  });
  units.sort((a, b) => a.anchor - b.anchor);

  const nextUnit = (from: number, reach: number): Unit | undefined => {
    for (const u of units) {
      if (u.dropped || u.anchor <= from || tokens[u.anchor]?.kind === 'punct') continue;
      return u.anchor - from <= reach && !boundaryBetween(tokens, from, u.anchor) ? u : undefined;
    }
    return undefined;
  };

  // Intensifiers and downtoners, right to left so a chain ("wirklich sehr gut") reaches the word.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || consumed[i] || t.kind !== 'word') continue;
    const factor = shifters.intensifiers.get(t.key);
    if (factor === undefined) continue;
    const target = nextUnit(i, INTENSIFIER_REACH);
    if (!target) continue;
    // A word that is also a sentiment word of its own ("super", "einfach") is only an
    // intensifier when a sentiment word follows it.
    const own = unitAt.get(i);
    if (own && own !== target) own.dropped = true;
    target.intensity *= factor;
    target.intensifierAt = Math.min(target.intensifierAt, i);
    target.first = Math.min(target.first, i);
  }

  // Negation: the first sentiment word within reach after the negator, else (German) one just before it.
  tokens.forEach((t, i) => {
    if (consumed[i] || t.kind !== 'word' || !isNegator(t.key, lang)) return;
    const next = tokens[i + 1];
    if (next && shifters.notNegatingBefore.has(next.key)) return;
    let target: Unit | undefined;
    for (const u of units) {
      // An emoji after a negator is the writer's reaction, not what the negator denies.
      if (
        u.dropped ||
        u.anchor <= i ||
        u.negatedAt >= 0 ||
        u.kind === 'emoji' ||
        tokens[u.anchor]?.kind === 'punct'
      ) {
        continue;
      }
      const between = tokens.slice(i + 1, u.anchor);
      const contrastBetween = between.some((b) => b.kind === 'word' && shifters.contrasts.has(b.key));
      // A complaint cue is a phrase of its own: only a negator right before it turns it ("nicht zu spät").
      const reach = u.kind === 'cue' ? 1 : shifters.negationScope;
      if (u.anchor - i <= reach && !boundaryBetween(tokens, i, u.anchor) && !contrastBetween) {
        target = u;
      }
      break;
    }
    if (!target && shifters.negationLookBack > 0 && shifters.lookBackNegators.has(t.key)) {
      for (let k = units.length - 1; k >= 0; k--) {
        const u = units[k];
        if (!u || u.dropped || u.last >= i || u.kind !== 'lexicon') continue;
        if (
          u.negatedAt < 0 &&
          i - u.last <= shifters.negationLookBack &&
          !boundaryBetween(tokens, u.last, i)
        ) {
          target = u;
        }
        break;
      }
    }
    if (!target) return;
    target.negatedAt = i;
    target.first = Math.min(target.first, i);
    target.last = Math.max(target.last, i);
  });

  const segments = segmentsOf(tokens, shifters.contrasts);
  const contrastFactor = contrastFactors(tokenized, shifters.contrasts);

  const placed: PlacedEvidence[] = [];
  let sum = 0;
  for (const u of units) {
    if (u.dropped) continue;
    const anchorToken = tokens[u.anchor];
    if (!anchorToken) continue;
    let intensity = Math.min(u.intensity, MAX_INTENSITY);
    const negated = u.negatedAt >= 0;
    // "nicht sehr gut" is milder than "nicht gut": an intensifier inside a negation tones down.
    if (negated && u.negatedAt < u.intensifierAt && intensity > 1) intensity = 1 / intensity;
    let weight = u.base * intensity;
    if (negated) weight = -weight * NEGATION_DAMPING;
    let shouted = false;
    for (let k = u.first; k <= u.last; k++) if (tokens[k]?.shouted) shouted = true;
    if (shouted) weight *= SHOUTED;
    const sentence = tokenized.sentences[anchorToken.sentence];
    const exclamations = Math.min(sentence?.exclamations ?? 0, MAX_EXCLAMATIONS);
    weight *= 1 + EXCLAMATION_STEP * exclamations;
    if (weight > 0 && u.kind !== 'cue' && sentence && isQuestion(tokens, sentence.endToken))
      weight *= PRAISE_IN_QUESTION;
    weight *= contrastFactor[u.anchor] ?? 1;

    const kind: EvidenceKind = negated
      ? 'negated'
      : u.kind !== 'lexicon'
        ? u.kind
        : u.selfIntensified || shouted || intensity !== 1
          ? 'intensified'
          : 'lexicon';
    const firstToken = tokens[u.first];
    const lastToken = tokens[u.last];
    if (!firstToken || !lastToken) continue;
    sum += weight;
    placed.push({
      evidence: {
        start: firstToken.start,
        end: lastToken.end,
        text: text.slice(firstToken.start, lastToken.end),
        weight: Math.round(weight * 1000) / 1000,
        kind,
      },
      firstToken: u.first,
      sentence: anchorToken.sentence,
      segment: segments[u.anchor] ?? 0,
    });
  }
  placed.sort((a, b) => a.evidence.start - b.evidence.start);
  const score = normaliseSentiment(sum);
  return {
    score,
    label: sentimentLabel(score),
    evidence: placed.map((p) => p.evidence),
    placed,
    segments,
    formula,
  };
}

/** Whether the sentence ending before `endToken` ends with a question mark. */
const isQuestion = (tokens: readonly Token[], endToken: number): boolean => {
  const last = tokens[endToken - 1];
  return last?.kind === 'punct' && last.key.includes('?');
};

/**
 * Per token, how a contrast weighs it: the part of a sentence before "aber"/"but" counts less, the
 * part after it more. A sentence opening with the contrast ("Aber die Hotline …") sets it against
 * the sentence before.
 */
function contrastFactors(tokenized: TokenizedText, contrasts: ReadonlySet<string>): number[] {
  const { tokens, sentences } = tokenized;
  const factors = tokens.map(() => 1);
  sentences.forEach((s, si) => {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || !contrasts.has(t.key)) continue;
      const opensSentence = i === s.firstToken;
      const prev = sentences[si - 1];
      const beforeFrom = opensSentence && prev ? prev.firstToken : s.firstToken;
      for (let k = beforeFrom; k < i; k++) factors[k] = (factors[k] ?? 1) * BEFORE_CONTRAST;
      for (let k = i + 1; k < s.endToken; k++) factors[k] = (factors[k] ?? 1) * AFTER_CONTRAST;
    }
  });
  return factors;
}

/** The sentiment of a German or English comment with the words that decided it. */
export function scoreSentiment(text: string, lang: TextLanguage | 'other'): SentimentResult {
  if (lang === 'other') return { score: 0, label: 'neutral', evidence: [] };
  const { score, label, evidence } = scoreTokens(tokenize(text), lang);
  return { score, label, evidence };
}
