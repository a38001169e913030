import type { Evidence } from './evidence.js';
import type { ThemeMention } from './tag-themes.js';
import type { OrgThemeId } from './theme-catalog.js';
import { matchKey, stem, type TextLanguage, type TokenizedText } from './tokenize.js';

/** An organization's own theme as its admins wrote it: words or short phrases per language. */
export interface OrgThemeDefinition {
  readonly id: OrgThemeId;
  readonly terms: Readonly<Record<TextLanguage, readonly string[]>>;
}

interface CompiledTerm {
  readonly theme: OrgThemeId;
  /** The term's words as stems, in order. */
  readonly stems: readonly string[];
  /** A one-word German term also found inside compounds (first or last part) by its match key. */
  readonly part: string | null;
}

/** Compiled once per batch, then used for every comment: the stems of every term by language. */
export interface OrgThemeDictionary {
  readonly terms: Readonly<Record<TextLanguage, readonly CompiledTerm[]>>;
}

/** Shortest term looked for inside German compounds: shorter ones hide in unrelated words. */
const MIN_PART = 5;
const WORDS = /[\p{L}\p{M}\d]+(?:['’][\p{L}]+)*/gu;

export function compileOrgThemes(themes: readonly OrgThemeDefinition[]): OrgThemeDictionary {
  const compile = (lang: TextLanguage): CompiledTerm[] =>
    [...themes]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .flatMap((theme) =>
        theme.terms[lang].flatMap((term) => {
          const words = term.match(WORDS) ?? [];
          if (words.length === 0) return [];
          const key = matchKey(words[0] as string);
          return [
            {
              theme: theme.id,
              stems: words.map((w) => stem(w, lang)),
              part: lang === 'de' && words.length === 1 && key.length >= MIN_PART ? key : null,
            },
          ];
        }),
      );
  return { terms: { de: compile('de'), en: compile('en') } };
}

/**
 * The organization's own themes in a tokenized comment: a term matches where its words' stems
 * follow each other in the comment ("password reset" in "the password reset failed"); a one-word
 * German term also as the first or last part of a compound ("Passwort" in "Passwortänderung").
 * Each mention carries the comment's overall sentiment: an own theme has no clause rules yet.
 */
export function tagOrgThemes(
  tokenized: TokenizedText,
  lang: TextLanguage,
  dictionary: OrgThemeDictionary,
  sentiment: number,
): ThemeMention[] {
  if (dictionary.terms[lang].length === 0) return [];
  const words = tokenized.tokens.filter((t) => t.kind === 'word');
  const stems = words.map((t) => stem(t.text, lang));
  const found = new Map<OrgThemeId, Evidence[]>();
  for (const term of dictionary.terms[lang]) {
    for (let i = 0; i + term.stems.length <= words.length; i++) {
      const whole = term.stems.every((s, k) => stems[i + k] === s);
      const key = (words[i] as (typeof words)[number]).key;
      const inCompound =
        !whole &&
        term.part !== null &&
        key.length > term.part.length + 2 &&
        (key.startsWith(term.part) || key.endsWith(term.part));
      if (!whole && !inCompound) continue;
      const first = words[i] as (typeof words)[number];
      const last = words[i + (whole ? term.stems.length - 1 : 0)] as (typeof words)[number];
      const evidence = found.get(term.theme) ?? [];
      if (!evidence.some((e) => e.start === first.start))
        evidence.push({
          start: first.start,
          end: last.end,
          text: tokenized.text.slice(first.start, last.end),
          weight: 1,
          kind: 'lexicon',
        });
      found.set(term.theme, evidence);
    }
  }
  return [...found.entries()].map(([themeId, evidence]) => ({
    themeId,
    evidence: evidence.sort((a, b) => a.start - b.start),
    sentiment: Math.round(sentiment * 1000) / 1000,
  }));
}
