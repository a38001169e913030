import { describe, expect, it } from 'vitest';
import { escapeHtml, isWebUrl } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes every character that could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });

  it('prints numbers and leaves plain text alone', () => {
    expect(escapeHtml(7)).toBe('7');
    expect(escapeHtml('Grüße – ok')).toBe('Grüße – ok');
  });
});

describe('isWebUrl', () => {
  it('accepts http and https only', () => {
    expect(isWebUrl('https://cdn.example/logo.png')).toBe(true);
    expect(isWebUrl('http://example.com/a.png')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '//example.com/x.png',
      'logo.png',
      '',
      null,
    ]) {
      expect(isWebUrl(url), String(url)).toBe(false);
    }
  });
});
