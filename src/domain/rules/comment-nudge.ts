import { type Instant } from './instant.js';

export type CommentNudgeDecision =
  | { nudge: true }
  | { nudge: false; reason: 'no_score' | 'has_comment' | 'already_nudged' };

/**
 * The follow-up that asks a respondent who gave a score but no comment for the main reason
 * behind it: the score says how many are unhappy, only the comment says why. Sent once: a
 * recorded nudge means never again, and a comment that is only whitespace counts as no comment.
 * No score means there is nothing to ask a reason for.
 */
export function commentNudge(input: {
  score: number | null;
  comment: string | null | undefined;
  nudgedAt: Instant | null;
}): CommentNudgeDecision {
  if (input.score === null) return { nudge: false, reason: 'no_score' };
  if (input.comment != null && input.comment.trim() !== '') return { nudge: false, reason: 'has_comment' };
  if (input.nudgedAt !== null) return { nudge: false, reason: 'already_nudged' };
  return { nudge: true };
}

/** A day after the score: long enough that the respondent has left the follow-up page for good. */
export const COMMENT_NUDGE_DELAY_HOURS = 24;
