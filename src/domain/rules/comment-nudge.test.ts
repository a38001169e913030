import { describe, expect, it } from 'vitest';
import { commentNudge } from './comment-nudge.js';

describe('commentNudge', () => {
  it('nudges once for a score without a comment', () => {
    expect(commentNudge({ score: 6, comment: null, nudgedAt: null })).toEqual({ nudge: true });
    expect(commentNudge({ score: 0, comment: undefined, nudgedAt: null })).toEqual({ nudge: true });
    expect(commentNudge({ score: 10, comment: '', nudgedAt: null })).toEqual({ nudge: true });
  });

  it('treats a whitespace-only comment as no comment', () => {
    expect(commentNudge({ score: 3, comment: ' \n\t\u00a0 ', nudgedAt: null })).toEqual({ nudge: true });
  });

  it('never nudges twice', () => {
    expect(commentNudge({ score: 6, comment: null, nudgedAt: new Date('2026-01-01T00:00:00Z') })).toEqual({
      nudge: false,
      reason: 'already_nudged',
    });
    expect(commentNudge({ score: 6, comment: '  ', nudgedAt: 0 })).toEqual({
      nudge: false,
      reason: 'already_nudged',
    });
  });

  it('does not nudge when there is a comment or no score', () => {
    expect(commentNudge({ score: 9, comment: 'Fast support', nudgedAt: null })).toEqual({
      nudge: false,
      reason: 'has_comment',
    });
    expect(commentNudge({ score: null, comment: null, nudgedAt: null })).toEqual({
      nudge: false,
      reason: 'no_score',
    });
  });
});
