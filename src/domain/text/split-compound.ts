export interface CompoundPart<T> {
  /** The part as it stands in the word, without the linking letters after it. */
  readonly text: string;
  /** What the lookup knows about it; undefined for the unknown first part of `headOnly`. */
  readonly value: T | undefined;
}

/** Shortest first part ("App", "Top") and shortest last part ("Team") a split may produce. */
const MIN_MODIFIER = 3;
const MIN_HEAD = 4;
/** At most this many parts, so a long unknown word costs a bounded number of lookups. */
const MAX_PARTS = 4;
/** German linking letters between parts: "Rechnung-s-betrag", "Katastrophe-n-service". */
const LINKS = ['', 's', 'n', 'en', 'es', 'e', 'er', 'ens'];

/**
 * Splits a German compound into parts the lookup knows, last part first: the longest known last
 * part (the head, which carries the meaning), then the rest as one known part or, again, as a
 * compound, with linking letters dropped. "katastrophenservice" → katastrophe(n) + service,
 * "kundenservicehotline" → kunden + service + hotline. Failing that, a long known head after an
 * unknown first part. Returns undefined when neither exists.
 */
export function splitCompound<T>(
  word: string,
  lookup: (part: string) => T | undefined,
  maxParts = MAX_PARTS,
): CompoundPart<T>[] | undefined {
  return fullSplit(word, lookup, maxParts) ?? headOnly(word, lookup);
}

/** Shortest known last part that may follow an unknown first part ("Hagel|schaden", "Total|ausfall"). */
const MIN_HEAD_ALONE = 6;

/**
 * A compound whose first part nobody listed still means its head: "Sturmschaden" is a damage,
 * "Mobilfunkpreise" prices. Only long heads, so that short words hidden in longer ones ("Kasse"
 * in "Krankenkasse") do not claim it. The unknown part comes back without a value.
 */
function headOnly<T>(word: string, lookup: (part: string) => T | undefined): CompoundPart<T>[] | undefined {
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD_ALONE; i++) {
    const headText = word.slice(i);
    const head = lookup(headText);
    if (head !== undefined)
      return [
        { text: word.slice(0, i), value: undefined },
        { text: headText, value: head },
      ];
  }
  return undefined;
}

function fullSplit<T>(
  word: string,
  lookup: (part: string) => T | undefined,
  maxParts: number,
): CompoundPart<T>[] | undefined {
  if (maxParts < 2) return undefined;
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const headText = word.slice(i);
    const head = lookup(headText);
    if (head === undefined) continue;
    const rest = word.slice(0, i);
    for (const link of LINKS) {
      if (!rest.endsWith(link) || rest.length - link.length < MIN_MODIFIER) continue;
      const modifierText = rest.slice(0, rest.length - link.length);
      const modifier = lookup(modifierText);
      if (modifier !== undefined) {
        return [
          { text: modifierText, value: modifier },
          { text: headText, value: head },
        ];
      }
      const inner = fullSplit(modifierText, lookup, maxParts - 1);
      if (inner) return [...inner, { text: headText, value: head }];
    }
  }
  return undefined;
}
