import { describe, expect, it } from 'vitest';
import type { TTextAnalysis } from '../../shared/contracts/text-analysis.js';
import { analysisMarks } from './analysis-marks.js';

const analysis: TTextAnalysis = {
  language: 'de',
  analyser: 'lexicon-1',
  sentiment: {
    score: -0.5,
    label: 'negative',
    analyserLabel: 'negative',
    verdict: null,
    evidence: [
      { start: 17, end: 24, text: 'zweimal', weight: -0.6, kind: 'cue' },
      { start: 30, end: 35, text: 'super', weight: 0.4, kind: 'lexicon' },
      { start: 0, end: 3, text: 'Die', weight: 0, kind: 'lexicon' },
    ],
  },
  themes: [
    {
      id: 'billing',
      name: 'Billing',
      names: { en: 'Billing', de: 'Rechnung' },
      sentiment: -0.6,
      evidence: [{ start: 4, end: 12, text: 'Rechnung', weight: 1, kind: 'theme' }],
      verdict: null,
    },
    {
      id: 'delivery',
      name: 'Delivery',
      names: { en: 'Delivery', de: 'Lieferung' },
      sentiment: 0,
      evidence: [{ start: 40, end: 47, text: 'Versand', weight: 1, kind: 'theme' }],
      verdict: null,
    },
  ],
};

describe('analysisMarks', () => {
  it('marks theme words with the reader’s theme name and sentiment words by their sign', () => {
    const marks = analysisMarks(analysis, (id) => (id === 'billing' ? 'Rechnung & Zahlung' : id));
    expect(marks).toEqual([
      { start: 4, end: 12, tone: 'theme', label: 'Rechnung & Zahlung' },
      { start: 40, end: 47, tone: 'theme', label: 'delivery' },
      { start: 17, end: 24, tone: 'negative' },
      { start: 30, end: 35, tone: 'positive' },
    ]);
  });

  it('keeps one theme’s words when asked', () => {
    const marks = analysisMarks(analysis, (_id, name) => name, 'delivery');
    expect(marks.filter((m) => m.tone === 'theme').map((m) => m.label)).toEqual(['Delivery']);
  });
});
