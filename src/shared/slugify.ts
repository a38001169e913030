/**
 * Organization slugs, the same in the dashboard (suggested while typing) and on the server:
 * "Müller & Söhne GmbH" → "mueller-soehne-gmbh". Umlauts and ß are spelled out the German way
 * (ä → ae, ß → ss) rather than stripped of their dots, since "muller" reads as another name.
 */
const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

export function slugify(name: string): string {
  return (
    name
      // Composed first, so an umlaut typed as u + combining diaeresis is caught as ü too.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[äöüßẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '')
  );
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
