import { analyseWord } from './analyse-word.js';
import type { Evidence } from './evidence.js';
import { compilePhrases } from './phrase-pattern.js';
import { normaliseSentiment, scoreTokens, type SentimentDetail } from './score-sentiment.js';
import type { OrgThemeId, ThemeId } from './theme-catalog.js';
import { THEME_DICTIONARY } from './theme-dictionary.js';
import { tokenize, type TextLanguage, type TokenizedText } from './tokenize.js';

export interface ThemeMention {
  /** A catalog theme, or (with an organization's dictionary) one of its own. */
  readonly themeId: ThemeId | OrgThemeId;
  /** The words that named the theme, in text order. */
  readonly evidence: readonly Evidence[];
  /** −1…1: the sentiment of the clauses the theme is named in (their average when named in several). */
  readonly sentiment: number;
}

interface Phrase {
  readonly theme: ThemeId;
  /** Its words name this theme only, not what they would name alone ("user friendly" is not staff). */
  readonly replacesWords: boolean;
}

function phraseEntries(lang: TextLanguage): [string, Phrase][] {
  const entries: [string, Phrase][] = [];
  for (const [theme, terms] of Object.entries(THEME_DICTIONARY) as [
    ThemeId,
    (typeof THEME_DICTIONARY)[ThemeId],
  ][]) {
    for (const term of terms[lang]) {
      if (!term.includes(' ')) continue;
      const replacesWords = term.startsWith('=');
      entries.push([replacesWords ? term.slice(1) : term, { theme, replacesWords }]);
    }
  }
  return entries;
}

const PHRASES = {
  de: compilePhrases('de', phraseEntries('de')),
  en: compilePhrases('en', phraseEntries('en')),
};

/** A theme mention named by a word counts fully; one named by a phrase too (it is more specific, not more certain). */
const MENTION_WEIGHT = 1;

interface Mention {
  readonly theme: ThemeId;
  readonly first: number;
  readonly last: number;
  readonly kind: 'lexicon' | 'cue';
}

/** Words before a person's name: a named agent is always about the staff ("Frau Neumann", "Danke Lena"). */
const BEFORE_NAMES: Readonly<Record<TextLanguage, ReadonlySet<string>>> = {
  de: new Set(['frau', 'herr', 'herrn', 'danke', 'dank']),
  en: new Set(['mr', 'mrs', 'ms', 'miss', 'thanks', 'thank', 'cheers', 'shoutout']),
};
const BETWEEN_THANKS_AND_NAME = new Set(['an', 'to', 'you', 'out']);

/**
 * Token spans naming a person: a title or a thank-you, then a capitalized word no dictionary
 * knows and that is not an @-handle (organizations are written "@Anbieter" in feedback).
 */
function namedPeople(tokenized: TokenizedText, lang: TextLanguage): [number, number][] {
  const { tokens, text } = tokenized;
  const spans: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !BEFORE_NAMES[lang].has(t.key)) return;
    let n = i + 1;
    const between = tokens[n];
    if (between && BETWEEN_THANKS_AND_NAME.has(between.key)) n++;
    const name = tokens[n];
    if (!name || name.kind !== 'word' || name.sentence !== t.sentence) return;
    const capitalized = /^\p{Lu}\p{Ll}/u.test(name.text);
    if (!capitalized || text[name.start - 1] === '@' || analyseWord(name.key, lang).known) return;
    spans.push([i, n]);
  });
  return spans;
}

/** Themes of an already tokenized and scored comment; `analyseText` uses it so both happen once. */
export function tagThemesInTokens(
  tokenized: TokenizedText,
  lang: TextLanguage,
  sentiment: SentimentDetail,
): ThemeMention[] {
  const { tokens, text } = tokenized;
  const mentions: Mention[] = [];
  const replaced = new Uint8Array(tokens.length);
  for (const m of PHRASES[lang].find(tokens, true)) {
    mentions.push({ theme: m.value.theme, first: m.first, last: m.last, kind: 'cue' });
    if (m.value.replacesWords) replaced.fill(1, m.first, m.last + 1);
  }
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || replaced[i] || sentiment.formula[i]) return;
    for (const theme of analyseWord(t.key, lang).themes)
      mentions.push({ theme, first: i, last: i, kind: 'lexicon' });
  });
  for (const [first, last] of namedPeople(tokenized, lang))
    mentions.push({ theme: 'staff', first, last, kind: 'cue' });
  mentions.sort((a, b) => a.first - b.first || b.last - a.last);

  // Sentiment per segment (clause) and per sentence, from the evidence the scorer placed there.
  const bySegment = new Map<number, number>();
  const bySentence = new Map<number, number>();
  for (const p of sentiment.placed) {
    bySegment.set(p.segment, (bySegment.get(p.segment) ?? 0) + p.evidence.weight);
    bySentence.set(p.sentence, (bySentence.get(p.sentence) ?? 0) + p.evidence.weight);
  }
  const sentimentAround = (tokenIndex: number): number => {
    const segment = sentiment.segments[tokenIndex] ?? -1;
    const inSegment = bySegment.get(segment);
    if (inSegment !== undefined) return normaliseSentiment(inSegment);
    const inSentence = bySentence.get(tokens[tokenIndex]?.sentence ?? -1);
    return inSentence === undefined ? 0 : normaliseSentiment(inSentence);
  };

  const byTheme = new Map<
    ThemeId,
    { evidence: Evidence[]; spans: Set<string>; segments: Map<number, number> }
  >();
  for (const m of mentions) {
    const first = tokens[m.first];
    const last = tokens[m.last];
    if (!first || !last) continue;
    const entry = byTheme.get(m.theme) ?? {
      evidence: [],
      spans: new Set<string>(),
      segments: new Map<number, number>(),
    };
    byTheme.set(m.theme, entry);
    const span = `${first.start}:${last.end}`;
    // A word inside a phrase of the same theme adds nothing the phrase did not show.
    if (entry.spans.has(span) || entry.evidence.some((e) => e.start <= first.start && e.end >= last.end))
      continue;
    entry.spans.add(span);
    entry.evidence.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      weight: MENTION_WEIGHT,
      kind: m.kind,
    });
    const segment = sentiment.segments[m.first] ?? -1;
    if (!entry.segments.has(segment)) entry.segments.set(segment, sentimentAround(m.first));
  }

  return [...byTheme.entries()].map(([themeId, { evidence, segments }]) => {
    const values = [...segments.values()];
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
    return {
      themeId,
      evidence: evidence.sort((a, b) => a.start - b.start),
      sentiment: Math.round(mean * 1000) / 1000,
    };
  });
}

/** The catalog themes a German or English comment is about, with the words that said so and how it felt about each. */
export function tagThemes(text: string, lang: TextLanguage | 'other'): ThemeMention[] {
  if (lang === 'other') return [];
  const tokenized = tokenize(text);
  return tagThemesInTokens(tokenized, lang, scoreTokens(tokenized, lang));
}
