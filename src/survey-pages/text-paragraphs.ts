import { escapeHtml } from './escape-html.js';

/**
 * Plain text someone typed (a reply, a message) as paragraphs of lines: split on blank lines,
 * line endings of any system, trailing spaces dropped, empty paragraphs gone.
 */
export function textParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trimEnd())
        // Only a paragraph's first or last line can be empty here: any other would have split it.
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

/** The same text as escaped HTML: one `<p>` per paragraph, `<br>` between its lines. */
export function paragraphsHtml(text: string, paragraphStyle = ''): string {
  const open = paragraphStyle ? `<p style="${paragraphStyle}">` : '<p>';
  return textParagraphs(text)
    .map((lines) => `${open}${lines.map((line) => escapeHtml(line)).join('<br>')}</p>`)
    .join('');
}

/** The same text for a plain-text part: paragraphs separated by one blank line. */
export function paragraphsText(text: string): string {
  return textParagraphs(text)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
