import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverCandidateRows } from '../features/text/theme-candidate-rows.js';
import { loadWordVectorEmbedder, VECTORS_FILE } from './word-vector-embedder.js';

/**
 * Aligned vectors of a pet shop's words: cat food and dog toys, each in German and English, lie
 * on their own axis, so "Katzenfutter" and "cat food" are neighbours though they share no letters
 * worth counting. Grouped by their words alone (TF-IDF), these eight comments do not split by topic.
 */
const VECTORS = [
  '8 3',
  'katzenfutter 1 0 0',
  'cat 1 0.1 0',
  'food 0.9 0 0.1',
  'katze 1 0 0',
  'hundespielzeug 0 1 0',
  'dog 0.1 1 0',
  'toy 0 0.9 0.1',
  'kaputt 0 0 1',
  'broken line with too few values',
].join('\n');

const CAT = [
  'Katzenfutter war alle',
  'cat food sold out',
  'Die Katze mag das Katzenfutter',
  'the cat food is great',
];
const DOG = [
  'Hundespielzeug ist kaputt',
  'dog toy broke',
  'Hundespielzeug quietscht',
  'my dog loves the toy',
];

describe('word vectors from a local folder', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds a comment as the mean of its words and lets discovery group across languages', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    writeFileSync(join(dir, VECTORS_FILE), VECTORS);
    const embedder = await loadWordVectorEmbedder(dir);
    expect(embedder.dimension).toBe(3);
    const [cat, none] = await embedder.embed(['Katze, CAT!', 'nothing known here']);
    expect(Array.from(cat ?? [])).toEqual([2, Math.fround(0.1), 0]);
    expect(Array.from(none ?? [])).toEqual([0, 0, 0]);

    const comments = [...CAT, ...DOG].map((text, i) => ({
      id: `item-${i}`,
      text,
      language: i % 2 ? 'en' : 'de',
    }));
    const { rows } = await discoverCandidateRows(
      comments,
      { id: 'run', at: new Date('2026-12-01T00:00:00Z') },
      { k: 2, minSize: 1, minShare: 0, minSimilarity: -1 },
      embedder,
    );
    const byTopic = [
      ['item-0', 'item-1', 'item-2', 'item-3'],
      ['item-4', 'item-5', 'item-6', 'item-7'],
    ];
    expect(rows.map((r) => [...r.itemIds].sort()).sort()).toEqual(byTopic);
    const wordsOnly = await discoverCandidateRows(
      comments,
      { id: 'run', at: new Date('2026-12-01T00:00:00Z') },
      { k: 2, minSize: 1, minShare: 0, minSimilarity: -1 },
    );
    expect(wordsOnly.rows.map((r) => [...r.itemIds].sort()).sort()).not.toEqual(byTopic);
  });

  it('refuses a folder without vectors, or a file without its header, naming the setting', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    await expect(loadWordVectorEmbedder(dir)).rejects.toThrow(
      /TEXT_EMBEDDINGS_DIR: .*vectors\.vec does not exist/,
    );
    writeFileSync(join(dir, VECTORS_FILE), 'katze 1 0 0\n');
    await expect(loadWordVectorEmbedder(dir)).rejects.toThrow(/must start with "<words> <dimension>"/);
  });
});
