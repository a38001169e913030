import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from './slugify.js';

describe('slugify', () => {
  it('writes German umlauts and ß the way Germans spell them without the dots', () => {
    expect(slugify('Müller')).toBe('mueller');
    expect(slugify('Bäckerei Groß')).toBe('baeckerei-gross');
    expect(slugify('Höhle Süd')).toBe('hoehle-sued');
  });

  it('does the same for capitals, including the capital sharp s', () => {
    expect(slugify('MÜLLER ÄRZTE ÖKO')).toBe('mueller-aerzte-oeko');
    expect(slugify('Ökostrom Überall Ärger')).toBe('oekostrom-ueberall-aerger');
    expect(slugify('GROẞHANDEL')).toBe('grosshandel');
  });

  it('drops the accents of other letters and joins words with single dashes', () => {
    expect(slugify('Müller & Söhne GmbH')).toBe('mueller-soehne-gmbh');
    expect(slugify('Café Crème — Zürich')).toBe('cafe-creme-zuerich');
    expect(slugify('  --Nordlicht   Reisen--  ')).toBe('nordlicht-reisen');
  });

  it('also handles umlauts written as a letter plus a combining diaeresis', () => {
    expect(slugify('Mu\u0308ller')).toBe('mueller');
  });

  it('keeps slugs to 40 characters without a trailing dash, and always matches the slug pattern', () => {
    const long = slugify('Übermäßig lange Firmenbezeichnung für Öffentlichkeitsarbeit GmbH');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(SLUG_PATTERN);
    expect(long.startsWith('uebermaessig-lange-')).toBe(true);
    // A word boundary right at the cut leaves no dash behind.
    expect(slugify(`${'a'.repeat(39)} bcd`)).toBe('a'.repeat(39));
  });
});
