import { describe, expect, it } from 'vitest';
import {
  NEGATIVE_THRESHOLD,
  normaliseSentiment,
  POSITIVE_THRESHOLD,
  scoreSentiment,
  type SentimentLabel,
} from './score-sentiment.js';
import type { TextLanguage } from './tokenize.js';

const score = (text: string, lang: TextLanguage = 'de') => scoreSentiment(text, lang).score;
const label = (text: string, lang: TextLanguage) => scoreSentiment(text, lang).label;

describe('scoreSentiment labels', () => {
  it.each<[TextLanguage, string, SentimentLabel]>([
    ['de', 'Der Service war gut', 'positive'],
    ['de', 'Der Service war nicht gut', 'negative'],
    ['de', 'Das war nicht schlecht', 'positive'],
    ['de', 'Kein Problem, alles erledigt', 'positive'],
    ['de', 'Die Lieferung war ohne Probleme', 'positive'],
    ['de', 'Das gefällt mir nicht', 'negative'],
    ['de', 'Hat leider nicht geklappt', 'negative'],
    ['de', 'Katastrophenservice!', 'negative'],
    ['de', 'Superberatung', 'positive'],
    ['de', 'Abbuchungsproblem', 'negative'],
    // the head of a compound decides: a problem's solution is good news
    ['de', 'Problemlösung', 'positive'],
    ['de', 'superfreundlich', 'positive'],
    ['de', 'Sehr kulant, danke', 'positive'],
    ['de', 'Unverschämt', 'negative'],
    ['de', 'Die Hotline ist nicht erreichbar', 'negative'],
    ['de', 'Kostenloser Versand ohne Mindestbestellwert', 'positive'],
    ['de', 'Die Lieferung kam am Dienstag', 'neutral'],
    ['de', 'Guten Tag, bitte senden Sie mir eine Kopie. Mit freundlichen Grüßen', 'neutral'],
    ['en', 'The service was good', 'positive'],
    ['en', 'not good', 'negative'],
    ['en', 'not bad at all', 'positive'],
    ['en', 'The agent was rude', 'negative'],
    ['en', 'Seamless onboarding', 'positive'],
    ['en', "I didn't like it", 'negative'],
    ['en', "Haven't had a single outage", 'positive'],
    ['en', 'The parcel arrived on Tuesday', 'neutral'],
    ['en', 'Kind regards, J. Patel', 'neutral'],
  ])('%s %j is %s', (lang, text, expected) => {
    expect(label(text, lang)).toBe(expected);
  });

  it('reads spellings without umlauts as the word itself', () => {
    expect(score('unverschaemt')).toBe(score('unverschämt'));
    expect(score('unverschamt')).toBe(score('unverschämt'));
    expect(score('unverschämt')).toBeLessThan(NEGATIVE_THRESHOLD);
  });

  it('is neutral with no evidence for a language it does not analyse', () => {
    expect(scoreSentiment('Très mauvais service', 'other')).toEqual({
      score: 0,
      label: 'neutral',
      evidence: [],
    });
  });
});

describe('scoreSentiment shifters', () => {
  it.each<[TextLanguage, string[]]>([
    ['de', ['extrem unfreundlich', 'sehr unfreundlich', 'unfreundlich', 'etwas unfreundlich']],
    ['en', ['extremely rude', 'very rude', 'rude', 'slightly rude']],
    ['de', ['etwas freundlich', 'freundlich', 'sehr freundlich', 'äußerst freundlich']],
  ])('%s orders intensifiers and downtoners: %j', (lang, texts) => {
    const scores = texts.map((t) => score(t, lang));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThan(scores[i - 1] ?? 0);
  });

  it('keeps a toned-down word on its side of zero', () => {
    expect(score('etwas unfreundlich')).toBeLessThan(0);
    expect(score('slightly rude', 'en')).toBeLessThan(0);
  });

  it('reads a negated intensifier as milder, not stronger', () => {
    expect(score('nicht gut')).toBeLessThan(0);
    expect(score('nicht sehr gut')).toBeLessThan(0);
    expect(score('nicht sehr gut')).toBeGreaterThan(score('nicht gut'));
    expect(score('not very good', 'en')).toBeGreaterThan(score('not good', 'en'));
  });

  it('damps a negation instead of mirroring it', () => {
    expect(score('nicht gut')).toBeGreaterThan(-score('gut'));
    expect(score('nicht schlecht')).toBeLessThan(-score('schlecht'));
  });

  it('weighs the clause after "aber"/"but" more than the one before', () => {
    expect(score('Freundlich, aber langsam')).toBeLessThan(0);
    expect(score('Langsam, aber freundlich')).toBeGreaterThan(0);
    expect(score('Friendly but slow', 'en')).toBeLessThan(0);
    expect(score('Slow but friendly', 'en')).toBeGreaterThan(0);
  });

  it('hears exclamation marks and capitals as a raised voice', () => {
    expect(score('Unverschämt!!!')).toBeLessThan(score('Unverschämt.'));
    expect(score('TOTAL unverschämt')).toBeLessThan(score('total unverschämt'));
    expect(score('NEVER arrived', 'en')).toBeLessThan(score('never arrived', 'en'));
  });

  it('reads emoji', () => {
    const thumbs = scoreSentiment('👍🏽', 'de');
    expect(thumbs.label).toBe('positive');
    expect(thumbs.evidence).toMatchObject([{ kind: 'emoji', text: '👍🏽' }]);
    expect(label('Lieferung 😡', 'de')).toBe('negative');
    expect(label('Thanks :)', 'en')).toBe('positive');
  });

  it('counts praise asked about in a question for less than praise given', () => {
    expect(score('Gibt es einen günstigeren Tarif?')).toBeLessThan(score('Es gibt einen günstigeren Tarif.'));
  });
});

describe('scoreSentiment evidence', () => {
  const text =
    'Die Beraterin war SEHR freundlich, aber die Hotline ist nicht erreichbar. Zweimal abgebucht!!! Das gefällt mir nicht 😡';

  it('slices back to the words that counted, in text order', () => {
    const { evidence } = scoreSentiment(text, 'de');
    expect(evidence.map((e) => e.text)).toEqual([
      'SEHR freundlich',
      'nicht erreichbar',
      'Zweimal abgebucht',
      'gefällt mir nicht',
      '😡',
    ]);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('says what kind of evidence each piece is', () => {
    const kinds = scoreSentiment(text, 'de').evidence.map((e) => e.kind);
    expect(kinds).toEqual(['intensified', 'cue', 'cue', 'negated', 'emoji']);
  });

  it('scores the normalised sum of the evidence, within −1…1', () => {
    for (const t of [
      text,
      'gut',
      'Katastrophe! Nie wieder! Finger weg!!! 😡😡😡',
      'Perfekt, super, toll, danke!!!',
    ]) {
      const { score: s, evidence } = scoreSentiment(t, 'de');
      const sum = evidence.reduce((a, e) => a + e.weight, 0);
      expect(s).toBeCloseTo(normaliseSentiment(sum), 2);
      expect(Math.abs(s)).toBeLessThan(1);
    }
  });

  it('labels by the exported thresholds', () => {
    for (const t of ['gut', 'ok', 'naja', 'schlecht', 'Lieferung am Montag']) {
      const r = scoreSentiment(t, 'de');
      const expected =
        r.score >= POSITIVE_THRESHOLD ? 'positive' : r.score <= NEGATIVE_THRESHOLD ? 'negative' : 'neutral';
      expect(r.label).toBe(expected);
    }
    expect(POSITIVE_THRESHOLD).toBeGreaterThan(0);
    expect(NEGATIVE_THRESHOLD).toBeLessThan(0);
  });
});
