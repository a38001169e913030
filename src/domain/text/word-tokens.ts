/**
 * Lowercase words of a comment, split into clauses at punctuation, optionally with negation
 * marked: after "not", "no", "never", a "…n't" word, "nicht" or a form of "kein", the clause's
 * following words get a `NEG_` prefix, so "not good" and "good" become different features and
 * "nicht gut" does not count as praise. A clause ends at . , ; : ! ? or a line break tag.
 */

export const NEGATION_PREFIX = 'NEG_';

// English contractions reviewers also type without the apostrophe.
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
  'nicht',
  'nie',
  'niemals',
]);

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || word.startsWith('kein');
}

// A word: letters and digits, with inner apostrophes (don't, it's); or one clause-ending mark.
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|[.,;:!?]/gu;
const CLAUSE_END = /^[.,;:!?]$/;
// Review sites keep <br /> in the text; it separates sentences like a full stop.
const LINE_BREAK_TAG = /<br\s*\/?>/gi;

/** The comment's clauses, each a list of lowercase words (apostrophes normalised to '). */
export function clauses(text: string): string[][] {
  const normalised = text.replace(LINE_BREAK_TAG, ' . ').replace(/[’‘`]/g, "'").toLowerCase();
  const result: string[][] = [];
  let current: string[] = [];
  for (const match of normalised.matchAll(TOKEN)) {
    const token = match[0];
    if (CLAUSE_END.test(token)) {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** One clause's words with the words after a negator (not the negator itself) prefixed. */
export function markNegation(clause: readonly string[]): string[] {
  let negated = false;
  return clause.map((word) => {
    const marked = negated ? NEGATION_PREFIX + word : word;
    if (isNegator(word)) negated = true;
    return marked;
  });
}
