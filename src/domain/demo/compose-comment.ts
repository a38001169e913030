import type { PhraseBank, Slot, ThemeKey } from './comment-themes.js';
import { PRODUCTS, type DemoLanguage, type Product } from './demo-catalog.js';
import type { Tone } from './demo-scores.js';
import { PHRASES_DE } from './phrases-de.js';
import { PHRASES_EN } from './phrases-en.js';
import { pickNegativeTheme, pickPositiveTheme, type ThemeContext } from './pick-themes.js';
import type { Random } from './random.js';

const BANKS: Record<DemoLanguage, PhraseBank> = { de: PHRASES_DE, en: PHRASES_EN };
const AGENTS = ['Sarah', 'Jonas', 'Mehmet', 'Claire', 'Tom', 'Aylin', 'Lukas', 'Emma', 'Niklas', 'Priya'];

export interface CommentRequest extends ThemeContext {
  language: DemoLanguage;
  tone: Tone;
  /** A very low score: the customer is angry, not just unhappy. */
  isAngry: boolean;
}

export interface Comment {
  text: string;
  /** Ground truth for tests of text analytics; not stored. */
  themes: ThemeKey[];
}

/**
 * Builds a comment from an opener, a theme sentence and a closer, each optional, with slots
 * filled in — so the same theme reads differently across hundreds of answers, as real
 * comments do, while staying on a topic analytics can find.
 */
export function composeComment(rng: Random, req: CommentRequest): Comment {
  const bank = BANKS[req.language];
  const product: Product = req.product ?? rng.pick(PRODUCTS);
  const fill = (template: string) => capitalise(fillSlots(rng, template, bank, product));

  // Plenty of real comments name no topic at all ("All good.").
  if (rng.chance(0.12)) return { text: rng.pick(bank.generic[req.tone]), themes: [] };

  if (req.tone === 'negative') {
    const theme = pickNegativeTheme(rng, req);
    const parts: string[] = [];
    if (rng.chance(req.isAngry ? 0.6 : 0.35))
      parts.push(rng.pick(req.isAngry ? bank.openers.angry : bank.openers.negative));
    parts.push(fill(rng.pick(bank.negative[theme])));
    if (rng.chance(0.4)) parts.push(fill(rng.pick(bank.closers.negative)));
    return { text: parts.join(' '), themes: [theme] };
  }

  if (req.tone === 'positive') {
    const theme = pickPositiveTheme(rng, req);
    const parts: string[] = [];
    if (rng.chance(0.3)) parts.push(rng.pick(bank.openers.positive));
    parts.push(fill(rng.pick(bank.positive[theme])));
    if (rng.chance(0.35)) parts.push(rng.pick(bank.closers.positive));
    return { text: parts.join(' '), themes: [theme] };
  }

  const negative = pickNegativeTheme(rng, req);
  const positive = pickPositiveTheme(rng, req);
  const frame = rng.pick(bank.mixedFrames);
  const usesPraise = frame.includes('{praise}');
  const body = frame
    .replace('{praise}', rng.pick(bank.praise[positive]))
    .replace('{clause}', rng.pick(bank.clause[negative]))
    .replace('{noun}', rng.pick(bank.noun[negative]));
  const parts = [fill(body)];
  if (rng.chance(0.25)) parts.push(rng.pick(bank.closers.mixed));
  return { text: parts.join(' '), themes: usesPraise ? [positive, negative] : [negative] };
}

function fillSlots(rng: Random, template: string, bank: PhraseBank, product: Product): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => slotValue(rng, slot as Slot, bank, product));
}

function slotValue(rng: Random, slot: Slot, bank: PhraseBank, product: Product): string {
  switch (slot) {
    case 'product':
      return product;
    case 'agent':
      return rng.pick(AGENTS);
    case 'days':
      return String(rng.int(2, 14));
    case 'hours':
      return String(rng.int(1, 6));
    case 'weeks':
      return String(rng.int(3, 10));
    case 'items':
      return String(rng.int(2, 6));
    case 'percent':
      return String(rng.int(12, 35));
    case 'employees':
      return String(rng.int(3, 50) * 100);
    case 'years':
      return String(rng.int(2, 8));
    case 'format':
      return rng.pick(bank.formats);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
