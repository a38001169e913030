import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE_RULES,
  isCriticalScore,
  matchCaseRule,
  type CaseCandidate,
  type CaseRule,
} from './case-rules.js';

const defaults = DEFAULT_CASE_RULES[0] as CaseRule;

/** A candidate on the canonical scale of its metric, with a contact that meets nothing special. */
function candidate(over: Partial<CaseCandidate> = {}): CaseCandidate {
  return {
    metric: 'nps',
    score: 3,
    scaleMin: 0,
    scaleMax: 10,
    channel: 'email',
    surveyId: 'survey-a',
    touchpoint: 'checkout',
    sentiment: null,
    themes: [],
    contact: { segment: 'smb', revenue: 1_000, attributes: { plan: 'basic' } },
    ...over,
  };
}

const rule = (over: Partial<CaseRule> = {}): CaseRule => ({ ...defaults, id: 'r', name: 'r', ...over });

describe('critical scores under the default rule', () => {
  it.each([
    // metric, score, scaleMin, scaleMax, critical
    ['nps', 0, 0, 10, true],
    ['nps', 6, 0, 10, true],
    ['nps', 7, 0, 10, false],
    ['nps', 10, 0, 10, false],
    ['csat', 1, 1, 5, true],
    ['csat', 2, 1, 5, true],
    ['csat', 3, 1, 5, false],
    ['ces', 1, 1, 7, true],
    ['ces', 3, 1, 7, true],
    ['ces', 4, 1, 7, false],
    // Stars on a 1–5 scale: one and two stars are a complaint, three are not.
    ['rating', 1, 1, 5, true],
    ['rating', 2, 1, 5, true],
    ['rating', 3, 1, 5, false],
    // The same share of a 0–10 scale: 0–4.
    ['rating', 0, 0, 10, true],
    ['rating', 4, 0, 10, true],
    ['rating', 5, 0, 10, false],
    // A rating without a known scale is read as 0–10.
    ['rating', 4, null, null, true],
    ['rating', 5, null, null, false],
  ] as const)('%s %s on %s–%s → %s', (metric, score, scaleMin, scaleMax, critical) => {
    const c = candidate({ metric, score, scaleMin, scaleMax });
    expect(isCriticalScore(defaults, c)).toBe(critical);
    expect(matchCaseRule(DEFAULT_CASE_RULES, c)?.id ?? null).toBe(critical ? 'critical-scores' : null);
  });

  it.each<[string, Partial<CaseCandidate>]>([
    ['no score', { score: null }],
    ['no metric', { metric: null, score: 0 }],
    ['an unknown metric', { metric: 'effort-index', score: 0 }],
  ])('%s is never critical', (_name, over) => {
    expect(isCriticalScore(defaults, candidate(over))).toBe(false);
  });

  it('an own threshold replaces the default, and a metric the rule leaves out never opens', () => {
    const strict = rule({ metrics: ['nps'], thresholds: { nps: 4 } });
    expect(isCriticalScore(strict, candidate({ score: 4 }))).toBe(true);
    expect(isCriticalScore(strict, candidate({ score: 5 }))).toBe(false);
    expect(isCriticalScore(strict, candidate({ metric: 'csat', score: 1, scaleMin: 1, scaleMax: 5 }))).toBe(
      false,
    );
  });
});

describe('rule conditions', () => {
  it.each<[string, Partial<CaseRule>, Partial<CaseCandidate>, boolean]>([
    ['channel listed', { channels: ['email', 'chat'] }, {}, true],
    ['channel not listed', { channels: ['chat'] }, {}, false],
    ['survey listed', { surveyIds: ['survey-a'] }, {}, true],
    ['survey not listed', { surveyIds: ['survey-b'] }, {}, false],
    [
      'feedback without a survey when surveys are named',
      { surveyIds: ['survey-a'] },
      { surveyId: null },
      false,
    ],
    ['touchpoint listed', { touchpoints: ['checkout'] }, {}, true],
    ['touchpoint not listed', { touchpoints: ['delivery'] }, {}, false],
    ['no touchpoint when touchpoints are named', { touchpoints: ['checkout'] }, { touchpoint: null }, false],
    ['segment listed', { segments: ['smb', 'enterprise'] }, {}, true],
    ['segment not listed', { segments: ['enterprise'] }, {}, false],
    ['no contact when segments are named', { segments: ['smb'] }, { contact: null }, false],
    ['revenue at the minimum', { minRevenue: 1_000 }, {}, true],
    ['revenue below the minimum', { minRevenue: 1_001 }, {}, false],
    [
      'unknown revenue when a minimum is set',
      { minRevenue: 0 },
      { contact: { segment: null, revenue: null, attributes: {} } },
      false,
    ],
    ['no contact when a minimum is set', { minRevenue: 0 }, { contact: null }, false],
    ['attribute equal', { attribute: { key: 'plan', value: 'basic' } }, {}, true],
    ['attribute different', { attribute: { key: 'plan', value: 'enterprise' } }, {}, false],
    ['attribute missing', { attribute: { key: 'region', value: 'north' } }, {}, false],
    [
      'attribute of another type',
      { attribute: { key: 'seats', value: 5 } },
      { contact: { segment: null, revenue: null, attributes: { seats: '5' } } },
      false,
    ],
    [
      'boolean attribute',
      { attribute: { key: 'vip', value: true } },
      { contact: { segment: null, revenue: null, attributes: { vip: true } } },
      true,
    ],
    [
      'no contact when an attribute is set',
      { attribute: { key: 'plan', value: 'basic' } },
      { contact: null },
      false,
    ],
    ['empty conditions match anything', {}, { contact: null, surveyId: null, touchpoint: null }, true],
    ['a disabled rule never matches', { isEnabled: false }, {}, false],
  ])('%s', (_name, over, cand, matches) => {
    const r = rule(over);
    expect(matchCaseRule([r], candidate(cand))).toBe(matches ? r : null);
  });

  it('the first enabled rule that matches wins, in the organization’s order', () => {
    const vip = rule({ id: 'vip', minRevenue: 50_000, teamId: 'key-accounts' });
    const chat = rule({ id: 'chat', channels: ['chat'], teamId: 'chat-team' });
    const off = rule({ id: 'off', isEnabled: false });
    const rest = rule({ id: 'rest' });
    const rules = [off, vip, chat, rest];
    expect(matchCaseRule(rules, candidate())?.id).toBe('rest');
    expect(matchCaseRule(rules, candidate({ channel: 'chat' }))?.id).toBe('chat');
    const bigChat = candidate({
      channel: 'chat',
      contact: { segment: null, revenue: 90_000, attributes: {} },
    });
    expect(matchCaseRule(rules, bigChat)?.id).toBe('vip');
    expect(matchCaseRule([chat, vip, rest], bigChat)?.id).toBe('chat');
    // A rule that meets the conditions but not the score lets a later one try.
    const strict = rule({ id: 'strict', thresholds: { nps: 1 } });
    expect(matchCaseRule([strict, rest], candidate({ score: 5 }))?.id).toBe('rest');
    expect(matchCaseRule([strict, rest], candidate({ score: 9 }))).toBeNull();
  });
});

describe('negative sentiment', () => {
  it.each<[string, Partial<CaseCandidate>, boolean, boolean]>([
    // name, candidate, rule reads sentiment, opens
    ['a negative comment without a score', { metric: null, score: null, sentiment: -0.6 }, true, true],
    ['a negative comment beside a promoter score', { score: 10, sentiment: -0.6 }, true, true],
    ['just at the cut is not negative', { score: 10, sentiment: -0.25 }, true, false],
    ['a neutral comment beside a promoter score', { score: 10, sentiment: 0 }, true, false],
    ['sentiment not yet analysed', { metric: null, score: null, sentiment: null }, true, false],
    ['a rule that ignores sentiment, no score', { metric: null, score: null, sentiment: -0.9 }, false, false],
    ['a rule that ignores sentiment, critical score', { score: 2, sentiment: -0.9 }, false, true],
  ])('%s', (_name, cand, readsSentiment, opens) => {
    const r = rule({ negativeSentiment: readsSentiment });
    expect(matchCaseRule([r], candidate(cand)) !== null).toBe(opens);
  });

  it('a negative comment still has to meet the rule’s conditions', () => {
    const chatOnly = rule({ channels: ['chat'] });
    expect(matchCaseRule([chatOnly], candidate({ metric: null, score: null, sentiment: -0.8 }))).toBeNull();
  });
});

describe('themes', () => {
  const billingNegative = rule({ id: 'billing', metrics: [], negativeSentiment: true, themes: ['billing'] });
  const billingScores = rule({ id: 'billing-scores', themes: ['billing', 'price'] });
  it.each<[string, CaseRule, Partial<CaseCandidate>, boolean]>([
    [
      'negative about billing, promoter score',
      billingNegative,
      { score: 9, sentiment: 0.2, themes: [{ id: 'billing', sentiment: -0.6 }] },
      true,
    ],
    [
      'billing mentioned kindly in an angry comment',
      billingNegative,
      {
        score: 9,
        sentiment: -0.7,
        themes: [
          { id: 'billing', sentiment: 0.3 },
          { id: 'delivery', sentiment: -0.8 },
        ],
      },
      false,
    ],
    [
      'negative, but about delivery',
      billingNegative,
      { score: 9, sentiment: -0.7, themes: [{ id: 'delivery', sentiment: -0.8 }] },
      false,
    ],
    ['no comment', billingNegative, { score: 0, sentiment: null, themes: [] }, false],
    [
      'critical score mentioning price',
      billingScores,
      { score: 3, themes: [{ id: 'price', sentiment: 0 }] },
      true,
    ],
    [
      'critical score without the themes',
      billingScores,
      { score: 3, themes: [{ id: 'staff', sentiment: -0.5 }] },
      false,
    ],
  ])('%s', (_name, r, cand, opens) => {
    expect(matchCaseRule([r], candidate(cand)) !== null).toBe(opens);
  });

  it('a rule stored before themes existed matches any comment', () => {
    const { themes: _dropped, ...stored } = rule();
    expect(
      matchCaseRule([stored], candidate({ score: 2, themes: [{ id: 'staff', sentiment: 0 }] }))?.id,
    ).toBe('r');
  });
});
