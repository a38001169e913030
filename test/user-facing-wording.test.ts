import { describe, expect, it } from 'vitest';
import { BUILTIN_BENCHMARKS } from '../src/domain/metrics/benchmarks.js';
import { SURVEY_TEMPLATES } from '../src/domain/survey/templates.js';
import { digestMailTexts } from '../src/server/email/templates/digest-mail-texts.js';
import { mailTexts } from '../src/server/email/templates/mail-texts.js';
import {
  LOYALTY_CLAIMS,
  LOYALTY_DEFINITIONS,
  LOYALTY_SOURCES,
} from '../src/server/features/loyalty/loyalty-claims.js';
import { pageTexts } from '../src/survey-pages/page-texts.js';
import { de } from '../src/web/i18n/de.js';
import { en } from '../src/web/i18n/en.js';

/**
 * People read these texts; none of them may speak of how Resonance was made ("the source
 * article", "the article this product was designed from"). A source is named the way a reader
 * would cite it: by its title.
 */

/** A text function's words with sample arguments; functions that need other arguments (dates) are skipped. */
function sampleCall(fn: (...args: unknown[]) => unknown): unknown {
  try {
    return fn('Acme', 9, 'Acme');
  } catch {
    return undefined;
  }
}

/** Every text leaf as "path → text"; text functions are called with sample arguments. */
function leaves(value: unknown, path: string): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const text = sampleCall(value as (...args: unknown[]) => unknown);
    if (typeof text === 'string') out.set(path, text);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      for (const [p, text] of leaves(child, `${path}.${key}`)) out.set(p, text);
  }
  return out;
}

/** Wording about the making of the product, in English and German. */
const INTERNAL_WORDING: readonly RegExp[] = [
  /source articles?/i,
  /\bquellartikel/i,
  /\bausgangsartikel/i,
  /designed from/i,
  /this product was/i,
  /dieses Produkt entstand/i,
  /aus dem dieses Produkt/i,
  /\bthe article\b/i,
  /\b(der|dem|im) Artikel\b/i,
  /Resonance's brief/i,
  /\b(PRODUCT|STATS|ARCHITECTURE)\.md\b/,
  /design documents?/i,
  /Designdokument/i,
  /\bseeds?\//i,
];

/** A title in quotation marks, as a citation gives it. */
const QUOTED_TITLE = /[„“"«][^„“”"«»]{10,}[“”"»]/;

function userFacingTexts(): Map<string, string> {
  const all = new Map<string, string>();
  const add = (prefix: string, value: unknown) => {
    for (const [path, text] of leaves(value, prefix)) all.set(path, text);
  };
  add('web.en', en);
  add('web.de', de);
  add('benchmarks', BUILTIN_BENCHMARKS);
  add('loyalty.sources', LOYALTY_SOURCES);
  add('loyalty.claims', LOYALTY_CLAIMS);
  add('loyalty.definitions', LOYALTY_DEFINITIONS);
  add('mail.en', mailTexts('en'));
  add('mail.de', mailTexts('de'));
  add('digest.en', digestMailTexts('en'));
  add('digest.de', digestMailTexts('de'));
  add('pages.en', pageTexts('en'));
  add('pages.de', pageTexts('de'));
  add('templates', SURVEY_TEMPLATES);
  return all;
}

describe('user-facing wording', () => {
  it('never speaks of how the product was made', () => {
    const texts = userFacingTexts();
    // The collection itself must work, or the check below would pass on nothing.
    expect(texts.size).toBeGreaterThan(500);
    const leaks = [...texts]
      .filter(([, text]) => INTERNAL_WORDING.some((pattern) => pattern.test(text)))
      .map(([path, text]) => `${path}: ${text}`);
    expect(leaks).toEqual([]);
  });

  it('names every built-in benchmark source by its title, in the API and in both dashboard languages', () => {
    const sources = new Map<string, string>();
    for (const b of BUILTIN_BENCHMARKS) sources.set(`api ${b.id}`, b.source);
    for (const [language, texts] of [
      ['en', en],
      ['de', de],
    ] as const) {
      for (const [id, entry] of Object.entries(texts.benchmarks.builtin))
        sources.set(`${language} ${id}`, entry.source);
    }
    expect(sources.size).toBe(BUILTIN_BENCHMARKS.length * 3);
    const untitled = [...sources]
      .filter(([, source]) => !QUOTED_TITLE.test(source))
      .map(([where, source]) => `${where}: ${source}`);
    expect(untitled).toEqual([]);
  });

  it('names every loyalty source that is a publication by its title', () => {
    const untitled = LOYALTY_SOURCES.filter((s) => !QUOTED_TITLE.test(s.citation)).map(
      (s) => `${s.key}: ${s.citation}`,
    );
    expect(untitled).toEqual([]);
  });
});
