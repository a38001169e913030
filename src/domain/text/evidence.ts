export type EvidenceKind = 'lexicon' | 'cue' | 'negated' | 'intensified' | 'emoji';

/**
 * A stretch of the comment that counted, for highlighting: `text` is `comment.slice(start, end)`
 * exactly, so the dashboard can mark it in place. `weight` is what it added to the sentiment (for a
 * theme mention, how sure the dictionary is that the words name the theme).
 */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly weight: number;
  readonly kind: EvidenceKind;
}
