import { describe, expect, it } from 'vitest';
import { recoverySurveyChoice, type RecoverySurvey } from './recovery-survey-choice.js';

const nps: RecoverySurvey = { id: 'a', name: 'Relationship NPS', status: 'live', metric: 'nps' };
const csat: RecoverySurvey = { id: 'b', name: 'Support CSAT', status: 'live', metric: 'csat' };
const draft: RecoverySurvey = { id: 'c', name: 'New NPS', status: 'draft', metric: 'nps' };
const archived: RecoverySurvey = { id: 'd', name: 'Old NPS', status: 'archived', metric: 'nps' };

describe('recoverySurveyChoice', () => {
  it('offers only the live surveys', () => {
    const choice = recoverySurveyChoice([nps, draft, csat, archived], null);
    expect(choice.options.map((o) => o.value)).toEqual(['a', 'b']);
    expect(choice).toMatchObject({ isEmpty: false, problem: null });
  });

  it('is empty without a live survey while the answered survey is chosen', () => {
    expect(recoverySurveyChoice([draft, archived], null)).toMatchObject({ options: [], isEmpty: true });
    expect(recoverySurveyChoice([], null).isEmpty).toBe(true);
  });

  it('keeps a chosen survey that is no longer live in the list, with its status', () => {
    const choice = recoverySurveyChoice([nps, archived], 'd');
    expect(choice.options.map((o) => [o.value, o.status])).toEqual([
      ['a', 'live'],
      ['d', 'archived'],
    ]);
    expect(choice).toMatchObject({ isEmpty: false, problem: 'not_live', chosenStatus: 'archived' });
    // Not empty even without any live survey: the select has to show what is saved.
    expect(recoverySurveyChoice([draft], 'c')).toMatchObject({ isEmpty: false, problem: 'not_live' });
  });

  it('names a survey it does not know by its id rather than showing a blank select', () => {
    const choice = recoverySurveyChoice([nps], 'zzz');
    expect(choice.options.at(-1)).toEqual({ value: 'zzz', label: 'zzz', status: 'unknown' });
    expect(choice.problem).toBe('unknown');
  });

  it('warns about a live survey whose answers the report does not count (not NPS)', () => {
    expect(recoverySurveyChoice([nps, csat], 'b').problem).toBe('not_nps');
    expect(recoverySurveyChoice([nps, csat], 'a').problem).toBe(null);
  });
});
