import snowball from 'snowball-stemmers';

/** The two languages Resonance analyses; everything else is 'other'. */
export type TextLanguage = 'de' | 'en';

export type TokenKind = 'word' | 'number' | 'emoji' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Offsets into the original string: `text.slice(start, end)` is the token as written. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The matching key: see `matchKey`. Punctuation keeps its characters. */
  readonly key: string;
  readonly sentence: number;
  /** Clauses end at commas, semicolons, colons, brackets, dashes, ellipses and sentence ends. */
  readonly clause: number;
  /** Written in capitals (three letters or more): read as raised voice. */
  readonly shouted: boolean;
  /** Punctuation that ends a sentence or a clause (always false for other kinds). */
  readonly boundary: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of its first token and one past its last. */
  readonly firstToken: number;
  readonly endToken: number;
  /** How many "!" end it (sentences ending "?!" count too). */
  readonly exclamations: number;
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The form every lookup compares: lower case, straight apostrophes, German umlauts spelled as
 * "ae/oe/ue" and "ß" as "ss" (so "über" and "ueber" are one key), other accents dropped
 * ("café" → "cafe"). Spellings that drop the umlaut altogether ("uber") are matched by
 * registering that variant on the dictionary's side (`spellings`), where a collision ("schön" →
 * "schon") can be refused; the text side cannot know which "schon" was meant.
 */
export function matchKey(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex -- the ASCII check is the fast path
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words written without their umlauts that are other German words: "schon" is not "schön". */
const UMLAUT_FREE_COLLISIONS = new Set([
  'schon',
  'ware',
  'waren',
  'wurde',
  'wurden',
  'hatte',
  'hatten',
  'konnte',
  'konnten',
  'musste',
  'mussten',
  'mochte',
  'zahlen',
  'zahlt',
  'drucken',
  'lange',
  'fordern',
  'fuhren',
  'bar',
  'wahlen',
]);

/**
 * The keys a dictionary word is registered under: its match key and, when it has umlauts and the
 * bare spelling is no other word, that spelling too ("völlig" → "voellig", "vollig").
 */
export function spellings(word: string): string[] {
  const key = matchKey(word);
  if (!/[äöüÄÖÜ]/.test(word)) return [key];
  const bare = matchKey(word.replace(/[äÄ]/g, 'a').replace(/[öÖ]/g, 'o').replace(/[üÜ]/g, 'u'));
  return UMLAUT_FREE_COLLISIONS.has(bare) ? [key] : [key, bare];
}

const STEMMERS = { de: snowball.newStemmer('german'), en: snowball.newStemmer('english') };

/** The Snowball stem of a word's match key ("Lieferungen" → "liefer", "crashed" → "crash"). */
export function stem(word: string, lang: TextLanguage): string {
  return STEMMERS[lang].stem(matchKey(word));
}

// One pass over the text; each alternative is a group so the token's kind is known from which
// group matched. URLs and mail addresses are matched only to be skipped.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<skip>(?:https?:\/\/|www\.)\S*[^\s.,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<emoticon>(?:[:;=][-o^']?[)(\]\[DPp/\\|*]+|<3+)(?![\p{L}\p{N}]))`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*)`,
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?![\p{L}\d]))`,
    String.raw`(?<word>[\p{L}\p{M}\d]*\p{L}[\p{L}\p{M}\d]*(?:['’]\p{L}+)*)`,
    String.raw`(?<end>[!?]+|\.(?!\.)|\n)`,
    String.raw`(?<clause>\.{2,}|…|[,;:()\[\]"„“”/]|(?<=\s)[-–—](?=\s))`,
  ].join('|'),
  'gu',
);

/** Full stops after these do not end a sentence. */
const ABBREVIATIONS = new Set([
  'z',
  'b',
  'bzw',
  'ca',
  'usw',
  'evtl',
  'ggf',
  'inkl',
  'zzgl',
  'nr',
  'dr',
  'hr',
  'fr',
  'mr',
  'mrs',
  'ms',
  'e',
  'g',
  'i',
  'etc',
  'vs',
  'bspw',
  'st',
  'tel',
  'mind',
  'max',
  'min',
  'std',
  'jan',
  'feb',
  'aug',
  'sept',
  'okt',
  'nov',
  'dez',
]);

const isShouted = (s: string) => s.length >= 3 && s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * Splits a comment into tokens with their exact offsets, sentences and clauses. Words keep
 * apostrophe contractions together ("didn't"), hyphenated words become their parts
 * ("Service-Hotline" → "Service", "Hotline"), emoji and emoticons are tokens of their own.
 */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceFirst = 0;
  let clauseHasWords = false;

  const closeSentence = (exclamations: number) => {
    const first = tokens[sentenceFirst];
    const last = tokens[tokens.length - 1];
    if (first && last && tokens.length > sentenceFirst) {
      sentences.push({
        start: first.start,
        end: last.end,
        firstToken: sentenceFirst,
        endToken: tokens.length,
        exclamations,
      });
      sentence++;
      clause++;
      sentenceFirst = tokens.length;
      clauseHasWords = false;
    }
  };

  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const g = m.groups ?? {};
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (g['skip'] !== undefined) continue;
    if (g['emoticon'] !== undefined || g['emoji'] !== undefined) {
      tokens.push({
        kind: 'emoji',
        start,
        end,
        text: raw,
        key: raw,
        sentence,
        clause,
        shouted: false,
        boundary: false,
      });
      clauseHasWords = true;
    } else if (g['number'] !== undefined) {
      tokens.push({
        kind: 'number',
        start,
        end,
        text: raw,
        key: raw,
        sentence,
        clause,
        shouted: false,
        boundary: false,
      });
      clauseHasWords = true;
    } else if (g['word'] !== undefined) {
      const key = matchKey(raw);
      const shouted = isShouted(raw);
      tokens.push({ kind: 'word', start, end, text: raw, key, sentence, clause, shouted, boundary: false });
      clauseHasWords = true;
    } else if (g['end'] !== undefined) {
      if (raw === '\n') {
        closeSentence(0);
        continue;
      }
      const prev = tokens[tokens.length - 1];
      const abbreviation =
        raw === '.' && prev?.kind === 'word' && prev.end === start && ABBREVIATIONS.has(prev.key);
      tokens.push({
        kind: 'punct',
        start,
        end,
        text: raw,
        key: raw,
        sentence,
        clause,
        shouted: false,
        boundary: !abbreviation,
      });
      if (!abbreviation) closeSentence([...raw].filter((c) => c === '!').length);
    } else {
      tokens.push({
        kind: 'punct',
        start,
        end,
        text: raw,
        key: raw,
        sentence,
        clause,
        shouted: false,
        boundary: true,
      });
      if (clauseHasWords) {
        clause++;
        clauseHasWords = false;
      }
    }
  }
  closeSentence(0);
  return { text, tokens, sentences };
}
