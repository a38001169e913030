import { describe, expect, it } from 'vitest';
import { paragraphsHtml, paragraphsText, textParagraphs } from './text-paragraphs.js';

describe('textParagraphs', () => {
  it('splits on blank lines, keeps line breaks and drops empty paragraphs', () => {
    expect(textParagraphs('\n\nOne\r\ntwo  \n \t\n\n\nThree\n')).toEqual([['One', 'two'], ['Three']]);
    expect(textParagraphs('  \n ')).toEqual([]);
  });

  it('escapes each line for HTML and rejoins the plain text', () => {
    expect(paragraphsHtml('a <b>\nc & d\n\ne')).toBe('<p>a &lt;b&gt;<br>c &amp; d</p><p>e</p>');
    expect(paragraphsHtml('x', 'margin:0')).toBe('<p style="margin:0">x</p>');
    expect(paragraphsText('a\r\nb\n\n\n\nc')).toBe('a\nb\n\nc');
  });
});
