import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';

/**
 * Themes and audits do not exist yet. Their screens must say so plainly and must not
 * describe them as if they were running ("cases open automatically", "themes appear as soon as").
 */
const NOT_BUILT = ['themes', 'audits'] as const;

const PROMISES: readonly RegExp[] = [
  /open(s)? automatically/i,
  /appear(s)? as soon as/i,
  /Resonance watches/i,
  /öffnen sich automatisch/i,
  /erscheinen, sobald/i,
  /Resonance achtet/i,
  /\bopens a follow-up case\b/i,
  /eröffnet einen Nachfass-Fall/i,
];

const SAYS_NOT_BUILT = { en: /not built yet/i, de: /noch nicht gebaut/i } as const;
const SAYS_PLANNED = { en: /\bplanned\b/i, de: /\bgeplant\b/i } as const;

describe('screens of areas that are not built yet', () => {
  for (const [language, texts] of [
    ['en', en],
    ['de', de],
  ] as const) {
    for (const area of NOT_BUILT) {
      const page = texts.areas[area];
      const all = [page.title, page.subtitle, page.emptyTitle, page.emptyText, ...page.steps];

      it(`${area} (${language}) says plainly that it is not built yet and planned`, () => {
        expect(page.emptyTitle).toMatch(SAYS_NOT_BUILT[language]);
        expect(page.emptyText).toMatch(SAYS_PLANNED[language]);
      });

      it(`${area} (${language}) promises nothing as if it already ran`, () => {
        expect(all.filter((text) => PROMISES.some((p) => p.test(text)))).toEqual([]);
      });
    }
  }
});
