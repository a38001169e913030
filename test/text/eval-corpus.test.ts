import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { THEME_IDS, type ThemeId } from '../../src/domain/text/theme-catalog.js';

/**
 * The labelled evaluation set in eval/text/ measures the sentiment and theme tagger. It is data,
 * so this test guards what makes it usable: a clean schema, labels drawn from the theme catalog,
 * enough comments per language, theme and domain, and a held-out part (ids divisible by 4) that
 * covers every label, so a figure measured on it means something.
 */

const DOMAINS = ['ecommerce', 'saas', 'telecom', 'insurance'] as const;
const CHANNELS = ['survey', 'review', 'ticket', 'chat', 'social'] as const;
const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
const LANGS = ['de', 'en'] as const;
type Lang = (typeof LANGS)[number];

const themeId = z.custom<ThemeId>(
  (value) => typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value),
  'not a theme id of the catalog',
);

const commentSchema = z
  .object({
    id: z.string().regex(/^(de|en)-\d{4}$/),
    lang: z.enum(LANGS),
    domain: z.enum(DOMAINS),
    channel: z.enum(CHANNELS),
    score: z.number().int().min(0).max(10).nullable(),
    text: z.string().min(1).max(2000),
    sentiment: z.enum(SENTIMENTS),
    themes: z.array(themeId).max(4),
  })
  .strict();
type Comment = z.infer<typeof commentSchema>;

/** Minimum comment counts the brief for the set asks for. */
const MIN_COMMENTS: Record<Lang, number> = { de: 420, en: 210 };
const MIN_PER_THEME: Record<Lang, number> = { de: 20, en: 10 };
const MIN_HELD_OUT_PER_THEME: Record<Lang, number> = { de: 5, en: 1 };

function readLines(lang: Lang): string[] {
  const url = new URL(`../../eval/text/comments-${lang}.jsonl`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
}

function load(lang: Lang): Comment[] {
  return readLines(lang).map((line, index) => {
    const parsed = commentSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`comments-${lang}.jsonl line ${index + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

function isHeldOut(comment: Comment): boolean {
  return Number(comment.id.slice(3)) % 4 === 0;
}

function countThemes(comments: readonly Comment[]): Map<ThemeId, number> {
  const counts = new Map<ThemeId, number>(THEME_IDS.map((id) => [id, 0]));
  for (const comment of comments)
    for (const theme of comment.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return counts;
}

function share(comments: readonly Comment[], keep: (comment: Comment) => boolean): number {
  return comments.filter(keep).length / comments.length;
}

describe.each(LANGS)('evaluation corpus %s', (lang) => {
  const comments = load(lang);
  const heldOut = comments.filter(isHeldOut);

  it('has one well-formed comment per line, in the language of its file', () => {
    expect(comments.length).toBe(readLines(lang).length);
    for (const comment of comments) expect(comment.lang).toBe(lang);
  });

  it('numbers its ids sequentially from 0001 without gaps', () => {
    comments.forEach((comment, index) =>
      expect(comment.id).toBe(`${lang}-${String(index + 1).padStart(4, '0')}`),
    );
  });

  it('gives a score exactly to survey answers', () => {
    for (const comment of comments) expect(comment.score === null).toBe(comment.channel !== 'survey');
    expect(share(comments, (c) => c.channel === 'survey')).toBeGreaterThanOrEqual(0.5);
    expect(share(comments, (c) => c.channel === 'survey')).toBeLessThanOrEqual(0.7);
  });

  it('labels each theme at most once per comment', () => {
    for (const comment of comments) expect(new Set(comment.themes).size).toBe(comment.themes.length);
  });

  it('holds no duplicate texts, nor two texts opening with the same 40 characters', () => {
    const texts = comments.map((c) => c.text.trim());
    for (const text of texts) expect(text.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    const openings = texts.map((text) => text.slice(0, 40).toLowerCase());
    expect(new Set(openings).size).toBe(openings.length);
  });

  it('has enough comments, each domain at least a fifth of them', () => {
    expect(comments.length).toBeGreaterThanOrEqual(MIN_COMMENTS[lang]);
    for (const domain of DOMAINS)
      expect(share(comments, (c) => c.domain === domain)).toBeGreaterThanOrEqual(0.2);
    for (const channel of CHANNELS) expect(comments.some((c) => c.channel === channel)).toBe(true);
  });

  it('balances sentiment roughly 45 % negative, 35 % positive, 20 % neutral', () => {
    expect(share(comments, (c) => c.sentiment === 'negative')).toBeGreaterThanOrEqual(0.38);
    expect(share(comments, (c) => c.sentiment === 'negative')).toBeLessThanOrEqual(0.52);
    expect(share(comments, (c) => c.sentiment === 'positive')).toBeGreaterThanOrEqual(0.28);
    expect(share(comments, (c) => c.sentiment === 'positive')).toBeLessThanOrEqual(0.42);
    expect(share(comments, (c) => c.sentiment === 'neutral')).toBeGreaterThanOrEqual(0.14);
    expect(share(comments, (c) => c.sentiment === 'neutral')).toBeLessThanOrEqual(0.26);
  });

  it('labels every theme of the catalog often enough, and keeps some comments without a theme', () => {
    for (const [theme, count] of countThemes(comments))
      expect(count, `${theme} labelled ${count} times`).toBeGreaterThanOrEqual(MIN_PER_THEME[lang]);
    const withoutTheme = share(comments, (c) => c.themes.length === 0);
    expect(withoutTheme).toBeGreaterThanOrEqual(0.05);
    expect(withoutTheme).toBeLessThanOrEqual(0.12);
  });

  it('covers every sentiment and every theme in the held-out part', () => {
    expect(heldOut.length).toBe(Math.floor(comments.length / 4));
    for (const sentiment of SENTIMENTS) expect(heldOut.some((c) => c.sentiment === sentiment)).toBe(true);
    for (const [theme, count] of countThemes(heldOut))
      expect(count, `${theme} held out ${count} times`).toBeGreaterThanOrEqual(MIN_HELD_OUT_PER_THEME[lang]);
    expect(heldOut.some((c) => c.themes.length === 0)).toBe(true);
  });
});
