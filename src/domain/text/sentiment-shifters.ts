import { spellings, type TextLanguage } from './tokenize.js';

/**
 * The words that change other words' sentiment rather than carry their own: negators, intensifiers
 * and downtoners, contrast conjunctions, and (German) the first parts of compounds that intensify
 * the rest ("superfreundlich"). All are match keys (see `matchKey`): lower case, umlauts as ae/oe/ue.
 */
export interface SentimentShifters {
  readonly negators: ReadonlySet<string>;
  /** A negator followed by one of these is no negation: "nicht nur", "not only", "nothing but". */
  readonly notNegatingBefore: ReadonlySet<string>;
  /**
   * Negators that may reach back to a word before them (German "gefällt mir nicht"); "kein",
   * "ohne" and "nichts" stand before what they negate.
   */
  readonly lookBackNegators: ReadonlySet<string>;
  /** Negators a complaint pattern's `!neg` does not accept: "ohne Rückfragen erstattet" is praise. */
  readonly prepositionalNegators: ReadonlySet<string>;
  /** How many tokens after a negator it reaches, stopping at a clause boundary. */
  readonly negationScope: number;
  /**
   * How many tokens before a negator it may reach when nothing follows it: German puts "nicht"
   * after the verb ("gefällt mir nicht", "klappt nicht"); English does not.
   */
  readonly negationLookBack: number;
  /** Multipliers of the next sentiment word within two tokens: above 1 intensify, below 1 tone down. */
  readonly intensifiers: ReadonlyMap<string, number>;
  /** Words that weigh the clause after them more than the one before: "gut, aber teuer". */
  readonly contrasts: ReadonlySet<string>;
  /** First parts of German compounds that intensify a polar rest: "super", "sau", "mega". */
  readonly compoundIntensifiers: ReadonlyMap<string, number>;
}

/** A negated word keeps this share of its weight, with the sign turned: "nicht gut" is less bad than "schlecht". */
export const NEGATION_DAMPING = 0.6;
/** The most a chain of intensifiers ("wirklich sehr sehr gut") may multiply by. */
export const MAX_INTENSITY = 2.2;
/** The clause before a contrast counts less, the one after it more. */
export const BEFORE_CONTRAST = 0.6;
export const AFTER_CONTRAST = 1.3;
/** Each "!" ending a sentence raises its words a little, up to three. */
export const EXCLAMATION_STEP = 0.1;
export const MAX_EXCLAMATIONS = 3;
/** A word written in capitals ("TOTAL unverschämt", "NEVER") counts this much more. */
export const SHOUTED = 1.25;
/**
 * Praise inside a question is mostly asked about, not given ("Gibt es einen günstigeren Tarif?"),
 * so it counts this share; criticism in a question stays ("Warum wurde doppelt abgebucht?").
 */
export const PRAISE_IN_QUESTION = 0.3;

/** Entries are written as words are spelled; `spellings` gives the keys they are found under. */
function keyed(entries: readonly (readonly [string, number])[]): ReadonlyMap<string, number> {
  return new Map(entries.flatMap(([word, factor]) => spellings(word).map((k) => [k, factor] as const)));
}
function keyedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap(spellings));
}

const DE: SentimentShifters = {
  negators: keyedSet([
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keinem',
    'keiner',
    'keines',
    'keinerlei',
    'nie',
    'niemals',
    'nichts',
    'ohne',
    'weder',
    'niemand',
    'niemanden',
    'nirgends',
    'nirgendwo',
    // "kaum erreichbar", "wenig hilfreich": a positive word after these means its opposite,
    // so they negate rather than tone down
    'kaum',
    'wenig',
    // Bavarian and Swabian "nicht"
    'ned',
    'net',
  ]),
  notNegatingBefore: new Set(['nur', 'als']),
  lookBackNegators: new Set(['nicht', 'nie', 'niemals', 'kaum', 'ned', 'net']),
  prepositionalNegators: new Set(['ohne']),
  negationScope: 4,
  negationLookBack: 2,
  intensifiers: keyed([
    ['sehr', 1.5],
    ['gar', 1.4],
    ['überhaupt', 1.4],
    ['total', 1.6],
    ['extrem', 1.8],
    ['echt', 1.3],
    ['mega', 1.6],
    ['absolut', 1.6],
    ['wirklich', 1.4],
    ['richtig', 1.4],
    ['besonders', 1.4],
    ['äußerst', 1.8],
    ['ausgesprochen', 1.5],
    ['unglaublich', 1.7],
    ['enorm', 1.5],
    ['höchst', 1.6],
    ['super', 1.5],
    ['voll', 1.3],
    ['praktisch', 1.2],
    ['ständig', 1.3],
    ['dauernd', 1.3],
    ['andauernd', 1.3],
    ['so', 1.3],
    ['zu', 1.3],
    ['viel', 1.2],
    ['einfach', 1.3],
    ['komplett', 1.5],
    ['völlig', 1.6],
    ['vollkommen', 1.5],
    ['überaus', 1.6],
    ['ungemein', 1.6],
    ['außerordentlich', 1.7],
    ['wahnsinnig', 1.7],
    ['krass', 1.4],
    ['tierisch', 1.4],
    ['ziemlich', 1.2],
    ['recht', 1.1],
    ['durchaus', 1.1],
    ['etwas', 0.6],
    ['bisschen', 0.6],
    ['bissl', 0.6],
    ['eher', 0.7],
    ['relativ', 0.8],
    ['halbwegs', 0.6],
    ['einigermaßen', 0.6],
    ['teilweise', 0.7],
    ['teils', 0.7],
    ['manchmal', 0.8],
    ['fast', 0.8],
    ['nahezu', 0.9],
  ]),
  contrasts: new Set(['aber', 'jedoch', 'allerdings', 'dennoch', 'trotzdem', 'sondern']),
  compoundIntensifiers: keyed([
    ['super', 1.5],
    ['mega', 1.6],
    ['hyper', 1.5],
    ['ultra', 1.6],
    ['sau', 1.5],
    ['stink', 1.5],
    ['ober', 1.4],
    ['extra', 1.3],
    ['top', 1.3],
    ['grotten', 1.6],
    ['spitzen', 1.3],
    ['höchst', 1.5],
    ['bomben', 1.4],
  ]),
};

const EN: SentimentShifters = {
  negators: keyedSet([
    'not',
    'no',
    'never',
    'without',
    'nothing',
    'none',
    'neither',
    'nor',
    'nobody',
    'noone',
    'nowhere',
    'cannot',
    'hardly',
    'barely',
    'scarcely',
    // contractions typed without the apostrophe; those with it end in "n't" (see isNegator)
    'dont',
    'didnt',
    'doesnt',
    'cant',
    'wont',
    'isnt',
    'wasnt',
    'arent',
    'werent',
    'havent',
    'hasnt',
    'hadnt',
    'couldnt',
    'wouldnt',
    'shouldnt',
    'aint',
  ]),
  notNegatingBefore: new Set(['only', 'just', 'but', 'doubt']),
  lookBackNegators: new Set(),
  prepositionalNegators: new Set(['without']),
  negationScope: 4,
  negationLookBack: 0,
  intensifiers: keyed([
    ['very', 1.5],
    ['really', 1.4],
    ['extremely', 1.8],
    ['so', 1.3],
    ['super', 1.5],
    ['incredibly', 1.7],
    ['absolutely', 1.6],
    ['totally', 1.5],
    ['completely', 1.5],
    ['utterly', 1.7],
    ['highly', 1.5],
    ['truly', 1.4],
    ['exceptionally', 1.7],
    ['especially', 1.3],
    ['particularly', 1.3],
    ['terribly', 1.5],
    ['awfully', 1.5],
    ['insanely', 1.6],
    ['ridiculously', 1.6],
    ['seriously', 1.4],
    ['genuinely', 1.3],
    ['definitely', 1.2],
    ['too', 1.3],
    ['way', 1.2],
    ['much', 1.2],
    ['far', 1.2],
    ['overly', 1.4],
    ['constantly', 1.3],
    ['excessively', 1.5],
    ['mega', 1.5],
    ['pretty', 1.2],
    ['quite', 1.1],
    ['rather', 1.1],
    ['fairly', 0.8],
    ['reasonably', 0.9],
    ['slightly', 0.6],
    ['somewhat', 0.7],
    ['bit', 0.7],
    ['little', 0.7],
    ['kinda', 0.7],
    ['mostly', 0.8],
    ['partly', 0.7],
    ['almost', 0.8],
    ['nearly', 0.8],
  ]),
  contrasts: new Set(['but', 'however', 'nevertheless', 'nonetheless']),
  compoundIntensifiers: new Map(),
};

export const SHIFTERS: Readonly<Record<TextLanguage, SentimentShifters>> = { de: DE, en: EN };

/** Whether a match key negates in the language ("nicht", "never", any "…n't"). */
export function isNegator(key: string, lang: TextLanguage): boolean {
  return SHIFTERS[lang].negators.has(key) || (lang === 'en' && key.endsWith("n't"));
}
