import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/contracts/survey-model.js';
import { surveyFromTemplate } from './templates.js';
import { diffVersions, nextVersion, type SurveyVersion } from './versions.js';

const base = surveyFromTemplate('pre-change-pulse', { companyName: 'Acme' }).questions;
const edit = (id: string, change: (q: Question) => Question) =>
  base.map((q) => (q.id === id ? change(q) : q));

describe('diffVersions', () => {
  it('finds no change between equal versions, whatever the key order', () => {
    const reordered = base.map((q) => Object.fromEntries(Object.entries(q).reverse()) as Question);
    expect(diffVersions(base, reordered)).toEqual({ changes: [], comparable: true });
  });

  it('keeps answers comparable across wording, translation and label edits', () => {
    const after = edit('nps', (q) => ({
      ...q,
      prompt: {
        ...q.prompt,
        de: 'Wie wahrscheinlich empfehlen Sie Acme weiter?',
        fr: 'Recommanderiez-vous Acme ?',
      },
    }));
    expect(diffVersions(base, after)).toEqual({
      changes: [{ questionId: 'nps', kind: 'text_edited', keepsComparable: true }],
      comparable: true,
    });
  });

  it('keeps answers comparable when a choice label changes but its id stays', () => {
    const after = edit('matters-most', (q) =>
      q.type === 'single_choice'
        ? { ...q, choices: q.choices.map((c) => ({ ...c, label: { en: 'x', de: 'y' } })) }
        : q,
    );
    expect(diffVersions(base, after).comparable).toBe(true);
  });

  it('keeps answers comparable when a question is added, made optional or moved', () => {
    const extra: Question = {
      id: 'extra',
      type: 'rating',
      required: false,
      max: 5,
      prompt: { en: 'Rate', de: 'Bewerten' },
    };
    expect(diffVersions(base, [...base, extra]).changes).toEqual([
      { questionId: 'extra', kind: 'question_added', keepsComparable: true },
    ]);
    expect(
      diffVersions(
        base,
        edit('nps', (q) => ({ ...q, required: false })),
      ).changes[0]?.kind,
    ).toBe('settings_edited');
    const moved = diffVersions(base, [...base].reverse());
    expect(moved.comparable).toBe(true);
    expect(moved.changes.every((c) => c.kind === 'reordered')).toBe(true);
  });

  it('breaks comparability when a question is removed', () => {
    const diff = diffVersions(
      base,
      base.filter((q) => q.id !== 'why'),
    );
    expect(diff).toEqual({
      changes: [{ questionId: 'why', kind: 'question_removed', keepsComparable: false }],
      comparable: false,
    });
  });

  it('breaks comparability when a question changes type or scale', () => {
    expect(
      diffVersions(
        base,
        edit('nps', (q) => ({ ...q, type: 'csat' }) as Question),
      ).changes[0]?.kind,
    ).toBe('type_changed');
    const rating: Question = { id: 'r', type: 'rating', required: true, max: 5, prompt: { en: 'Rate' } };
    expect(diffVersions([rating], [{ ...rating, max: 10 }])).toMatchObject({
      comparable: false,
      changes: [{ kind: 'scale_changed' }],
    });
    const ces = surveyFromTemplate('ces-after-resolution', { companyName: 'Acme' }).questions;
    const rescaled = ces.map((q) => (q.type === 'ces' ? { ...q, scaleVersion: 2 } : q));
    expect(diffVersions(ces, rescaled)).toMatchObject({
      comparable: false,
      changes: [{ questionId: 'ces', kind: 'scale_changed' }],
    });
  });

  it('breaks comparability when the choice set changes', () => {
    const after = edit('matters-most', (q) =>
      q.type === 'single_choice'
        ? { ...q, choices: [...q.choices, { id: 'brand', label: { en: 'The brand', de: 'Die Marke' } }] }
        : q,
    );
    expect(diffVersions(base, after)).toMatchObject({
      comparable: false,
      changes: [{ kind: 'choices_changed' }],
    });
  });
});

describe('nextVersion', () => {
  const v1: SurveyVersion = { version: 1, comparableSince: 1, questions: base };

  it('keeps the version when nothing changed', () => {
    expect(nextVersion(v1, [...base])).toBe(v1);
  });

  it('bumps the version but keeps the comparability line for a wording edit', () => {
    const v2 = nextVersion(
      v1,
      edit('why', (q) => ({ ...q, prompt: { en: 'Why?', de: 'Warum?' } })),
    );
    expect(v2).toMatchObject({ version: 2, comparableSince: 1 });
  });

  it('starts a new comparability line when answers stop being comparable', () => {
    const v2 = nextVersion(
      v1,
      edit('why', (q) => ({ ...q, prompt: { en: 'Why?', de: 'Warum?' } })),
    );
    const v3 = nextVersion(v2, base.slice(0, 2));
    expect(v3).toMatchObject({ version: 3, comparableSince: 3 });
    expect(nextVersion(v3, [...base.slice(0, 2)].reverse())).toMatchObject({
      version: 4,
      comparableSince: 3,
    });
  });
});
