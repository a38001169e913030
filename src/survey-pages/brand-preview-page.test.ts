import { describe, expect, it } from 'vitest';
import { renderBrandPreview } from './brand-preview-page.js';

const branding = { orgName: 'Alpenglühen', brandColor: '#ffd400', logoUrl: null };

describe('renderBrandPreview', () => {
  it('is the real score page: the question as heading, the sample score chosen in the brand colour, no script', () => {
    const html = renderBrandPreview('score', 'en', branding);
    expect(html).toContain('<header><span class="org">Alpenglühen</span></header>');
    expect(html).toMatch(
      /<h1 class="q">How likely are you to recommend Alpenglühen to a friend or colleague\?<\/h1>/,
    );
    expect(html).toMatch(/value="9" checked/);
    // Yellow takes black text; the ink for links and borders is darkened until it reads on white.
    expect(html).toContain(':root{--brand:#ffd400;--on-brand:#000000;');
    expect(html).not.toContain('<script');
  });

  it('shows the follow-up a promoter gets, in German, with the logo instead of the name', () => {
    const html = renderBrandPreview('follow-up', 'de', {
      ...branding,
      logoUrl: 'https://cdn.example/logo.svg',
    });
    expect(html).toContain('<header><img src="https://cdn.example/logo.svg" alt="Alpenglühen"></header>');
    expect(html).toContain('Was haben wir besonders gut gemacht?');
    expect(html).toContain('<h1>Vielen Dank!</h1>');
  });
});
