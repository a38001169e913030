/**
 * An interval may wrap before it, never inside it: "-64 –" on one line and "-16" on the next
 * would misread. Spaces become no-break spaces, and a word joiner holds the dash (after which
 * browsers would otherwise break) to what follows.
 */
export function unbroken(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/–/g, '–\u2060');
}
