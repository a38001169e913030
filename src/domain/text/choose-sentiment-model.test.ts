import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse-text.js';
import {
  chooseSentimentModel,
  MIN_COMMENTS_PER_CLASS,
  modelSentiment,
  type ScoredComment,
} from './choose-sentiment-model.js';

/**
 * An organization whose customers speak in words no lexicon weighs: its detractors write about the
 * "Funkloch" and the "Warteschleife", its promoters about "Glasfaser" and the "Blitzinstallation",
 * in otherwise plain sentences. Only the organization's own model can tell them apart.
 */
function jargonComments(n: number): ScoredComment[] {
  const negative = ['Funkloch', 'Warteschleife'];
  const positive = ['Glasfaser', 'Blitzinstallation'];
  const places = ['in Kassel', 'in Bremen', 'am Montag', 'im Büro', 'zu Hause'];
  return Array.from({ length: n }, (_, i) => {
    const pos = i % 2 === 0;
    const word = (pos ? positive : negative)[Math.floor(i / 2) % 2] ?? '';
    return { id: `item-${i}`, text: `${word} ${places[i % places.length] ?? ''}`, positive: pos };
  });
}

describe('chooseSentimentModel', () => {
  const lexicon = (text: string) => analyseText(text).sentiment.score;

  it('keeps the lexicon and trains nothing below the minimum of comments per class', () => {
    const few = jargonComments(2 * MIN_COMMENTS_PER_CLASS - 2);
    const choice = chooseSentimentModel(few, lexicon);
    expect(choice).toMatchObject({
      chosen: 'lexicon',
      reason: 'too-few-comments',
      model: null,
      trained: null,
    });
    expect(choice.comments).toEqual({
      positive: MIN_COMMENTS_PER_CLASS - 1,
      negative: MIN_COMMENTS_PER_CLASS - 1,
    });
  });

  it('chooses the organization’s model where its words beat the lexicon on held-out comments, and shows both figures', () => {
    const choice = chooseSentimentModel(jargonComments(400), lexicon);
    expect(choice.chosen).toBe('model');
    expect(choice.model?.auc).toBeGreaterThan(0.95);
    expect(choice.lexicon?.auc).toBeLessThan(0.8);
    expect(choice.model?.low).toBeLessThanOrEqual(choice.model?.auc ?? 0);
    // About one in five held out, by id: the same ids are held out on every training.
    const held = choice.heldOut.positive + choice.heldOut.negative;
    expect(held).toBeGreaterThan(40);
    expect(held).toBeLessThan(120);
    expect(chooseSentimentModel(jargonComments(400), lexicon).heldOut).toEqual(choice.heldOut);
    const trained = choice.trained;
    if (!trained) throw new Error('no model');
    expect(modelSentiment(trained, 'Funkloch in Kassel').label).toBe('negative');
    expect(modelSentiment(trained, 'Glasfaser in Kassel').label).toBe('positive');
  });

  it('keeps the lexicon when the model reads no better', () => {
    // Labels that have nothing to do with the words: no reader can beat chance, the lexicon stays.
    const noise = jargonComments(800).map((c, i) => ({ ...c, positive: (i * 7919) % 3 === 0 }));
    const choice = chooseSentimentModel(noise, () => 0);
    expect(choice.lexicon?.auc).toBeLessThan(0.8);
    if (choice.chosen === 'model') expect(choice.model?.auc).toBeGreaterThan(0.5);
    else expect(choice.reason).toBe('lexicon-as-good');
  });
});
