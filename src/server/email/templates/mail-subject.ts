export const SUBJECT_MAX_LENGTH = 120;

/**
 * One line of at most 120 characters: line breaks in survey texts would break the header, and
 * long prompts are cut at a word boundary rather than mid-word.
 */
export function mailSubject(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= SUBJECT_MAX_LENGTH) return line;
  const cut = line.slice(0, SUBJECT_MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUBJECT_MAX_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
