/** What the send API takes per call (SEND_LIMITS in the contract, copied to keep zod out of the bundle). */
export const MAX_CONTACTS_PER_SEND = 1000;
export const MAX_EXTERNAL_ID_LENGTH = 255;

/**
 * Customer ids pasted from a spreadsheet column, a CSV line or a chat: one per line or separated
 * by commas, semicolons or tabs. Quotes around an id are dropped and repeats are kept once, so a
 * pasted column with a header-free export sends each customer one invitation.
 */
export function parseContactIds(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[\n\r,;\t]+/)) {
    const id = raw
      .trim()
      .replace(/^["']+|["']+$/g, '')
      .trim();
    if (id.length > 0) seen.add(id);
  }
  return [...seen];
}
